package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a batch file holds, line by line — arbitrary JSON values, arbitrary bytes, lines longer
 * than the limit, any line ending — reading and validating it gives exactly one result per line,
 * in order, each named by its line; nothing but {@link InvalidInputException} escapes; messages
 * are short, inert on a terminal and free of the parser's internals; and the reader never holds
 * more than one line's limit.
 */
class RecordReaderProperties {
  private static final int LIMIT = 4096;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> FIELDS = new ArrayList<>();

  static {
    FIELDS.addAll(InputKind.ENTRY.fields());
    FIELDS.addAll(InputKind.EXIT.fields());
    FIELDS.addAll(List.of("type", "start", "end", "weeklyHours", "participantAgreedToFewerHours",
        "employer", "", "\u0000", "\u001b[31m", "x".repeat(300)));
  }

  private static final String[] AWKWARD_TEXT = {
      "2018-12-31", "+999999999-12-31", "-999999999-01-01", "2018-02-30", "1899-12-31",
      "2101-01-01", "RSA", "NONE", "CDD", "CDI", "VALIDATED", "21231", "\u0000", "\u001b[2J",
      "line\nbreak", "\r", "\u202e", "\uFEFF", "x".repeat(5000), ""};

  private static final String[] AWKWARD_NUMBERS = {
      "17.49999999999999999999", "1e-999", "1e999", "-0", "0", "168", "168.0000001", "35",
      "1" + "0".repeat(150), "-1", "3.4e38", "2.2250738585072014E-308"};

  /** One line of a batch: the bytes of a JSON value, or arbitrary bytes, never blank. */
  @Provide
  Arbitrary<byte[]> lines() {
    Arbitrary<byte[]> json = Arbitraries.randomValue(r -> compact(value(r, 0)));
    Arbitrary<byte[]> record = Arbitraries.randomValue(r -> compact(record(r)));
    Arbitrary<byte[]> raw = Arbitraries.bytes().list().ofMinSize(1).ofMaxSize(300)
        .map(list -> {
          byte[] out = new byte[list.size()];
          for (int i = 0; i < out.length; i++) {
            byte b = list.get(i);
            out[i] = b == '\n' || b == '\r' ? (byte) 0xC3 : b; // a line break would make two lines
          }
          if (out[0] <= ' ' && out[0] >= 0 || out[0] == (byte) 0xEF) {
            out[0] = '#'; // never blank, never a byte-order mark
          }
          return out;
        });
    Arbitrary<byte[]> long_ = Arbitraries.integers().between(LIMIT + 1, 3 * LIMIT)
        .map(n -> ("{\"participantId\":\"" + "y".repeat(n) + "\"}").getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> deep = Arbitraries.integers().between(90, 2000)
        .map(n -> ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, record), net.jqwik.api.Tuple.of(2, json),
        net.jqwik.api.Tuple.of(2, raw), net.jqwik.api.Tuple.of(1, long_),
        net.jqwik.api.Tuple.of(1, deep));
  }

  @Provide
  Arbitrary<List<String>> endings() {
    return Arbitraries.of("\n", "\r\n", "\r").list().ofMinSize(40).ofMaxSize(40);
  }

  @Property(tries = 400)
  void every_line_gives_exactly_one_result_and_nothing_else_escapes(
      @ForAll("batches") List<byte[]> lines, @ForAll("endings") List<String> endings,
      @ForAll boolean finalLineBreak, @ForAll boolean byteOrderMark) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    if (byteOrderMark) {
      file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    for (int i = 0; i < lines.size(); i++) {
      file.writeBytes(lines.get(i));
      if (i < lines.size() - 1 || finalLineBreak) {
        file.writeBytes(endings.get(i % endings.size()).getBytes(StandardCharsets.US_ASCII));
      }
    }

    List<String> results = new ArrayList<>();
    try (RecordReader reader = RecordReader.jsonLines(
        new ByteArrayInputStream(file.toByteArray()), "batch.jsonl", LIMIT)) {
      while (reader.hasNext()) {
        InputRecord record = reader.next();
        results.add(record.source() + " " + outcome(record));
      }
      assertThat(reader.bufferedBytesHighWaterMark()).isLessThanOrEqualTo(LIMIT);
    }

    assertThat(results).hasSize(lines.size());
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i)).startsWith("batch.jsonl:" + (i + 1) + " ");
    }
  }

  @Provide
  Arbitrary<List<byte[]>> batches() {
    return lines().list().ofMinSize(1).ofMaxSize(25);
  }

  /** What a batch does with a record: read it as its kind, or say why not. */
  private static String outcome(InputRecord record) {
    InvalidInputException problem = record.problem();
    if (problem == null) {
      try {
        InputKind kind = InputKind.of(record.json());
        PlieJson.fromTree(record.json(), kind.type());
        Statistics.label("outcome").collect("read as " + kind);
        return "read as " + kind;
      } catch (InvalidInputException e) {
        problem = e;
      }
    }
    for (InputProblem p : problem.problems()) {
      String text = p.field() + ": " + p.problem();
      assertThat(text).doesNotContain("com.fasterxml", "StreamReadConstraints", "[Source:",
          "java.lang", "Immutable", "\tat ");
      assertThat(text.chars().noneMatch(c -> SafeText.isUnsafe((char) c)))
          .as("no control character in %s", text).isTrue();
      assertThat(text.length()).as(text).isLessThan(600);
    }
    InputProblem first = problem.problems().get(0);
    Statistics.label("outcome").collect("invalid " + (first.field().equals("(document)")
        ? SafeText.cut(first.problem(), 30) : first.field().replaceAll("\\[\\d+]", "[i]")));
    return "invalid " + problem.getMessage();
  }

  private static byte[] compact(JsonNode node) {
    try {
      return PlieJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An object that looks like a record: mostly plausible values for known fields, so that reading
   * reaches the value checks, with an awkward value or an unknown field now and then.
   */
  private static JsonNode record(Random r) {
    ObjectNode object = NODES.objectNode();
    object.set("participantId", r.nextInt(10) == 0 ? scalar(r) : NODES.textNode("P-" + r.nextInt(100)));
    object.set("assessmentDate", r.nextInt(10) == 0 ? scalar(r) : NODES.textNode(date(r)));
    List<String> fields = new ArrayList<>(r.nextBoolean() ? InputKind.ENTRY.fields() : InputKind.EXIT.fields());
    for (int i = 1 + r.nextInt(6); i > 0; i--) {
      String field = r.nextInt(10) == 0 ? FIELDS.get(r.nextInt(FIELDS.size()))
          : fields.get(r.nextInt(fields.size()));
      object.set(field, r.nextInt(6) == 0 ? value(r, 1) : plausible(field, r));
    }
    return object;
  }

  private static JsonNode plausible(String field, Random r) {
    if (field.equals("activities")) {
      ArrayNode activities = NODES.arrayNode();
      for (int i = r.nextInt(4); i > 0; i--) {
        ObjectNode a = activities.addObject();
        a.set("type", NODES.textNode(r.nextInt(8) == 0 ? AWKWARD_TEXT[r.nextInt(AWKWARD_TEXT.length)]
            : ActivityType.values()[r.nextInt(ActivityType.values().length)].name()));
        a.set("start", r.nextInt(6) == 0 ? scalar(r) : NODES.textNode(date(r)));
        if (r.nextBoolean()) {
          a.set("end", r.nextInt(6) == 0 ? scalar(r) : NODES.textNode(date(r)));
        }
        if (r.nextBoolean()) {
          a.set("weeklyHours", number(r));
        }
        if (r.nextInt(4) == 0) {
          a.set("participantAgreedToFewerHours", r.nextInt(6) == 0 ? scalar(r) : NODES.booleanNode(true));
        }
      }
      return activities;
    }
    if (field.equals("minimaSociaux")) {
      ArrayNode codes = NODES.arrayNode();
      for (int i = r.nextInt(3); i > 0; i--) {
        codes.add(r.nextInt(4) == 0 ? scalar(r)
            : NODES.textNode(MinimaSociaux.all().get(r.nextInt(MinimaSociaux.all().size())).code()));
      }
      return codes;
    }
    if (field.endsWith("Date") || field.endsWith("End")) {
      return NODES.textNode(date(r));
    }
    if (field.equals("commissionDecision")) {
      return NODES.textNode(r.nextBoolean() ? "VALIDATED" : "REJECTED");
    }
    if (field.equals("participantId") || field.equals("employer")) {
      return NODES.textNode(r.nextBoolean() ? "P-" + r.nextInt(100) : randomText(r));
    }
    if (field.equals("residenceInseeCode")) {
      return NODES.textNode(r.nextBoolean() ? "21231" : AWKWARD_TEXT[r.nextInt(AWKWARD_TEXT.length)]);
    }
    return NODES.booleanNode(r.nextBoolean());
  }

  private static String date(Random r) {
    return r.nextInt(8) == 0 ? AWKWARD_TEXT[r.nextInt(5)]
        : java.time.LocalDate.of(1950, 1, 1).plusDays(r.nextInt(60_000)).toString();
  }

  private static JsonNode value(Random r, int depth) {
    int kind = r.nextInt(depth > 4 ? 4 : 6);
    if (kind < 4) {
      return scalar(r);
    }
    if (kind == 4) {
      ArrayNode array = NODES.arrayNode();
      for (int i = r.nextInt(5); i > 0; i--) {
        array.add(value(r, depth + 1));
      }
      return array;
    }
    ObjectNode object = NODES.objectNode();
    for (int i = r.nextInt(5); i > 0; i--) {
      object.set(FIELDS.get(r.nextInt(FIELDS.size())), value(r, depth + 1));
    }
    return object;
  }

  private static JsonNode scalar(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(r.nextBoolean());
      case 2 -> number(r);
      case 3 -> NODES.textNode(AWKWARD_TEXT[r.nextInt(AWKWARD_TEXT.length)]);
      case 4 -> NODES.textNode(randomText(r));
      default -> NODES.textNode(String.format("%04d-%02d-%02d", r.nextInt(10000), r.nextInt(14), r.nextInt(33)));
    };
  }

  private static JsonNode number(Random r) {
    return r.nextBoolean()
        ? NODES.numberNode(new BigDecimal(AWKWARD_NUMBERS[r.nextInt(AWKWARD_NUMBERS.length)]))
        : NODES.numberNode(r.nextInt(400) - 100);
  }

  private static String randomText(Random r) {
    StringBuilder out = new StringBuilder();
    for (int i = r.nextInt(30); i > 0; i--) {
      out.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x40) : r.nextInt(0x10000)));
    }
    return out.toString();
  }
}
