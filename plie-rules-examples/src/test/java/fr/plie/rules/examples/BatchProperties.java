package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a batch holds, {@code decide} prints exactly one stdout line per record, in order —
 * a decision or why the record was not decided — exits 0 or 2, and never prints a stack trace or
 * a raw control character. Lines are the samples, the samples with bytes flipped, cut or spliced
 * with an awkward value, and arbitrary bytes.
 */
class BatchProperties {
  private static final PlieRules RULES = PlieRules.load();
  private static final List<String> SAMPLES = samples();

  private static final String[] AWKWARD = {"\"+999999999-12-31\"", "\"1899-12-31\"", "0",
      "17.49999999999999999999", "1e999", "1e-999", "-1", "null", "[]", "{}", "\"NONE\"",
      "\"\\u001b[31m\"", "\"" + "x".repeat(300) + "\"", "[[[[[[[[[[]]]]]]]]]]", "true", "\"\""};

  private static List<String> samples() {
    List<String> out = new ArrayList<>();
    try {
      for (String kind : List.of("entry", "exit")) {
        try (var files = Files.list(Path.of("samples", kind))) {
          for (Path file : files.sorted().toList()) {
            out.add(Files.readString(file).replaceAll("\\s*\\n\\s*", " ").trim());
          }
        }
      }
      Files.readAllLines(Path.of("samples", "cohort.jsonl")).stream().limit(10).forEach(out::add);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Provide
  Arbitrary<byte[]> lines() {
    Arbitrary<byte[]> sample = Arbitraries.of(SAMPLES).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> flipped = Arbitraries.randomValue(r -> flip(r, pick(r)));
    Arbitrary<byte[]> spliced = Arbitraries.randomValue(r -> splice(r, pick(r)));
    Arbitrary<byte[]> raw = Arbitraries.bytes().list().ofMinSize(1).ofMaxSize(200).map(list -> {
      byte[] out = new byte[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = list.get(i) == '\n' || list.get(i) == '\r' ? (byte) '#' : list.get(i);
      }
      out[0] = '#'; // never blank
      return out;
    });
    return Arbitraries.frequencyOf(Tuple.of(3, sample), Tuple.of(3, flipped),
        Tuple.of(4, spliced), Tuple.of(1, raw));
  }

  @Provide
  Arbitrary<List<byte[]>> batches() {
    return lines().list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 200)
  void decide_prints_one_line_per_record_whatever_the_batch_holds(
      @ForAll("batches") List<byte[]> lines, @ForAll boolean crlf) throws IOException {
    Path batch = file(lines, crlf);
    try {
      CliRun ran = run("decide", batch.toString());
      String stdout = ran.out();
      String stderr = ran.err();
      int status = ran.status();
      List<String> printed = stdout.lines().toList();
      assertThat(printed).hasSize(lines.size());
      assertThat(status).as(stderr).isIn(0, 2);
      assertThat(stderr).doesNotContain("\tat ").doesNotContain("internal error");
      for (int i = 0; i < printed.size(); i++) {
        JsonNode entry = PlieJson.parse(printed.get(i));
        if (entry.has("invalidInput")) {
          assertThat(entry.get("record").asText()).isEqualTo(batch + ":" + (i + 1));
          Statistics.label("entry").collect("invalid " + entry.at("/invalidInput/0/field").asText()
              .replaceAll("\\[\\d+]", "[i]"));
        } else {
          assertThat(entry.get("outcome")).isNotNull();
          Statistics.label("entry").collect("decided " + entry.get("outcome").asText());
        }
      }
      assertThat((stdout + stderr).chars().noneMatch(c -> c != '\n' && SafeText.isUnsafe((char) c)))
          .isTrue();
    } finally {
      Files.delete(batch);
    }
  }

  @Property(tries = 100)
  void batch_writes_one_line_per_record_in_input_order_on_several_threads(
      @ForAll("batches") List<byte[]> lines, @ForAll boolean crlf) throws IOException {
    Path batch = file(lines, crlf);
    try {
      CliRun ran = run("batch", batch.toString(), "--threads", "3");
      String stdout = ran.out();
      String stderr = ran.err();
      int status = ran.status();
      List<String> printed = stdout.lines().toList();
      assertThat(printed).hasSize(lines.size());
      assertThat(status).as(stderr).isIn(0, 2);
      assertThat(stderr).doesNotContain("\tat ").doesNotContain("internal error:")
          .contains("0 internal errors");
      for (int i = 0; i < printed.size(); i++) {
        JsonNode entry = PlieJson.parse(printed.get(i));
        // Every line, decision or error, names its record: the order is the input's.
        assertThat(entry.get("record").asText()).isEqualTo(batch + ":" + (i + 1));
        assertThat(entry.has("invalidInput") || entry.has("outcome")).isTrue();
      }
      assertThat((stdout + stderr).chars().noneMatch(c -> c != '\n' && SafeText.isUnsafe((char) c)))
          .isTrue();
    } finally {
      Files.delete(batch);
    }
  }

  /** The lines as a JSON Lines file, each ended by CRLF or LF. */
  private static Path file(List<byte[]> lines, boolean crlf) throws IOException {
    Path batch = Files.createTempFile("batch", ".jsonl");
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      content.writeBytes(line);
      content.writeBytes((crlf ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII));
    }
    Files.write(batch, content.toByteArray());
    return batch;
  }

  private static CliRun run(String... args) {
    return CliRun.of(RULES, args);
  }

  private static String pick(Random r) {
    return SAMPLES.get(r.nextInt(SAMPLES.size()));
  }

  /** A few bytes of a sample replaced by any byte but a line break. */
  private static byte[] flip(Random r, String sample) {
    byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      byte b = (byte) r.nextInt(256);
      bytes[r.nextInt(bytes.length)] = b == '\n' || b == '\r' ? (byte) 0xFF : b;
    }
    return bytes;
  }

  /** One value of a sample (after some ':') replaced by an awkward one. */
  private static byte[] splice(Random r, String sample) {
    List<Integer> colons = new ArrayList<>();
    for (int i = sample.indexOf(':'); i >= 0; i = sample.indexOf(':', i + 1)) {
      colons.add(i);
    }
    int at = colons.get(r.nextInt(colons.size())) + 1;
    int end = at;
    while (end < sample.length() && sample.charAt(end) != ',' && sample.charAt(end) != '}') {
      end++;
    }
    String spliced = sample.substring(0, at) + " " + AWKWARD[r.nextInt(AWKWARD.length)]
        + sample.substring(end);
    return spliced.getBytes(StandardCharsets.UTF_8);
  }
}
