package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batch files are read record by record, one bad line rejecting only itself (issue 9, items 3 and
 * 4: an invalid UTF-8 byte rejected the whole file, a BOM was refused, .JSONL, .ndjson and CR line
 * endings were read as one document, a 239 MB file was read whole).
 */
class RecordReaderTest {
  private static final String A = "{\"participantId\":\"A\"}";
  private static final String B = "{\"participantId\":\"B\"}";

  @TempDir
  Path dir;

  private static List<InputRecord> all(RecordReader reader) throws IOException {
    List<InputRecord> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<InputRecord> lines(byte[] content) throws IOException {
    return all(RecordReader.jsonLines(new ByteArrayInputStream(content), "in.jsonl",
        InputLimits.MAX_RECORD_BYTES));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String id(InputRecord r) {
    return r.json().get("participantId").asText();
  }

  @Test
  void one_invalid_utf8_byte_rejects_only_its_line_naming_it() throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(bytes(A + "\n{\"participantId\":\"caf"));
    content.write(0xE9); // "é" in Latin-1: not UTF-8
    content.writeBytes(bytes("\"}\n" + B + "\n"));

    List<InputRecord> records = lines(content.toByteArray());

    assertThat(records).hasSize(3);
    assertThat(id(records.get(0))).isEqualTo("A");
    assertThat(records.get(1).source()).isEqualTo("in.jsonl:2");
    assertThat(records.get(1).problem().getMessage())
        .isEqualTo("(document): is not valid UTF-8: byte 0xE9 at byte 22 of the line (save the file as UTF-8)");
    assertThat(id(records.get(2))).isEqualTo("B");
    assertThat(records.get(2).source()).isEqualTo("in.jsonl:3");
  }

  @Test
  void a_utf8_byte_order_mark_is_skipped() throws IOException {
    List<InputRecord> records = lines(bytes("\uFEFF" + A + "\n" + B));
    assertThat(records).extracting(RecordReaderTest::id).containsExactly("A", "B");

    Path json = dir.resolve("one.json");
    Files.write(json, bytes("\uFEFF" + A));
    assertThat(all(RecordReader.open(json))).extracting(RecordReaderTest::id).containsExactly("A");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void lines_end_with_lf_crlf_or_a_lone_cr(String end) throws IOException {
    List<InputRecord> records = lines(bytes(A + end + end + B + end));

    assertThat(records).extracting(RecordReaderTest::id).containsExactly("A", "B");
    assertThat(records).extracting(InputRecord::source).containsExactly("in.jsonl:1", "in.jsonl:3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cases.jsonl", "CASES.JSONL", "cases.Jsonl", "cases.ndjson", "CASES.NDJSON"})
  void jsonl_and_ndjson_in_any_case_are_json_lines(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes(A + "\r" + B));

    try (RecordReader reader = RecordReader.open(file)) {
      assertThat(reader.jsonLines()).isTrue();
      assertThat(all(reader)).extracting(RecordReaderTest::id).containsExactly("A", "B");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"case.json", "CASE.JSON", "case.txt"})
  void other_files_are_one_document(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes("{\n \"participantId\": \"A\"\n}\n"));

    List<InputRecord> records = all(RecordReader.open(file));
    assertThat(records).extracting(RecordReaderTest::id).containsExactly("A");
    assertThat(records.get(0).source()).isEqualTo(file.toString());
  }

  @Test
  void a_line_longer_than_the_limit_is_rejected_and_the_next_line_is_read() throws IOException {
    String huge = "{\"participantId\":\"" + "x".repeat(2000) + "\"}";
    List<InputRecord> records = all(RecordReader.jsonLines(
        new ByteArrayInputStream(bytes(A + "\n" + huge + "\n" + B)), "in.jsonl", 1000));

    assertThat(records).hasSize(3);
    assertThat(records.get(1).problem().getMessage())
        .isEqualTo("(document): the line is longer than 1000 bytes, the limit for one record");
    assertThat(id(records.get(2))).isEqualTo("B");
  }

  @Test
  void a_document_larger_than_the_limit_is_rejected_without_being_read_whole() throws IOException {
    InputStream endless = new FiniteStream(50L * 1024 * 1024, (byte) ' ');
    List<InputRecord> records;
    try (RecordReader reader = RecordReader.document(endless, "big.json", 1024 * 1024)) {
      records = all(reader);
      assertThat(reader.bufferedBytesHighWaterMark()).isLessThanOrEqualTo(1024 * 1024 + 1);
    }
    assertThat(records).singleElement().satisfies(r -> assertThat(r.problem().getMessage())
        .isEqualTo("(document): is larger than 1 MiB (1048576 bytes), the limit for one record"));
  }

  @Test
  void a_50_mb_line_is_skipped_holding_at_most_the_limit_in_memory() throws IOException {
    InputStream content = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream(bytes(A + "\n")),
        new FiniteStream(50L * 1024 * 1024, (byte) 'x'),
        new ByteArrayInputStream(bytes("\n" + B + "\n")))));
    List<InputRecord> records = new ArrayList<>();
    try (RecordReader reader = RecordReader.jsonLines(content, "in.jsonl", InputLimits.MAX_RECORD_BYTES)) {
      reader.forEachRemaining(records::add);
      assertThat(reader.bufferedBytesHighWaterMark()).isLessThanOrEqualTo(InputLimits.MAX_RECORD_BYTES);
    }
    assertThat(records).hasSize(3);
    assertThat(records.get(1).problem().getMessage()).contains("longer than 1 MiB");
    assertThat(id(records.get(2))).isEqualTo("B");
    assertThat(records.get(2).source()).isEqualTo("in.jsonl:3");
  }

  @Test
  void malformed_json_on_a_line_names_the_line_and_reading_goes_on() throws IOException {
    List<InputRecord> records = lines(bytes(A + "\n{\"participantId\":\n" + B));

    assertThat(records.get(1).source()).isEqualTo("in.jsonl:2");
    assertThat(records.get(1).problem().getMessage()).startsWith("(document): is not valid JSON")
        .doesNotContain("Source:").doesNotContain("StreamReadFeature");
    assertThat(id(records.get(2))).isEqualTo("B");
  }

  @Test
  void a_line_nested_too_deeply_is_rejected_in_words() throws IOException {
    List<InputRecord> records = lines(bytes("[".repeat(100_000) + "\n" + A));

    assertThat(records.get(0).problem().getMessage())
        .isEqualTo("(document): nests arrays or objects more than 100 levels deep");
    assertThat(id(records.get(1))).isEqualTo("A");
  }

  @Test
  void blank_lines_and_an_empty_file_give_no_record() throws IOException {
    assertThat(lines(bytes(""))).isEmpty();
    assertThat(lines(bytes("\n \t\n\r\n"))).isEmpty();
  }

  @Test
  void a_folder_is_not_a_file() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordReader.open(dir))
        .isInstanceOf(IOException.class).hasMessageContaining("folder");
  }

  /** {@code length} copies of one byte, made as they are read. */
  static final class FiniteStream extends InputStream {
    private long left;
    private final byte value;

    FiniteStream(long length, byte value) {
      this.left = length;
      this.value = value;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
