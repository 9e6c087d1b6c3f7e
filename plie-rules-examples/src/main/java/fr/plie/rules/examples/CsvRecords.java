package fr.plie.rules.examples;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.plie.rules.api.BatchInput;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.InputKind;
import fr.plie.rules.model.InputLimits;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.SafeText;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CSV file of entry applications and exit cases as batch inputs, one row at a time (see
 * the README, "CSV input"): a header row naming the JSON contract's fields, {@code activities.type},
 * {@code activities.start}... for an exit case's activities; one row per entry application; one
 * row per activity for an exit case, consecutive rows with the same {@code participantId} making
 * one case. An empty cell is an absent (unknown) fact.
 *
 * <p>Each record becomes the JSON the strict reader checks, so a bad value is refused naming its
 * field exactly as in JSON. A row that cannot be parsed as CSV (an unclosed quote, a field over
 * the 1 MiB record limit) ends the reading: a quoted field may span lines, so what follows cannot
 * be told apart reliably; that record's result says so. Not thread-safe.
 */
final class CsvRecords implements Iterator<BatchInput>, Closeable {
  private static final String ACTIVITY = "activities.";
  /** Far more cells than the contract has columns; a row beyond is refused unread. */
  static final int MAX_CELLS = 1_000;
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Every column a header may name, with the Java type of its field. */
  private static final Map<String, Class<?>> CASE_COLUMNS = new LinkedHashMap<>();
  private static final Map<String, Class<?>> ACTIVITY_COLUMNS = new LinkedHashMap<>();

  static {
    for (InputKind kind : InputKind.values()) {
      typesOf(kind.type()).forEach((name, type) -> {
        if (!name.equals("activities")) {
          CASE_COLUMNS.putIfAbsent(name, type);
        }
      });
    }
    typesOf(Activity.class).forEach((name, type) -> ACTIVITY_COLUMNS.put(ACTIVITY + name, type));
  }

  private static final Set<String> EXIT_ONLY = exitOnly();

  private final String name;
  private final InputStream in;
  private final CsvParser parser;
  private final String[] header;
  private String[] row;
  /** Why the current row cannot be read (too many cells, too long, not UTF-8), or null. */
  private String rowProblem;
  private long rowLine;
  private BatchInput pending;
  /** Why reading stopped, given as the last record. */
  private BatchInput failure;

  private CsvRecords(String name, InputStream in) throws IOException {
    this.name = name;
    this.in = in;
    CsvFactory factory = CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(InputLimits.MAX_RECORD_BYTES).build()).build();
    // Malformed UTF-8 (a Latin-1 export...) becomes U+FFFD, refused in its own record below,
    // instead of ending the file at the first bad byte.
    this.parser = factory.createParser(new java.io.InputStreamReader(in,
        java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
    String[] first = readRow();
    if (first != null && rowProblem != null) {
      throw new HeaderException(name + ": the header row " + rowProblem);
    }
    if (first == null) {
      throw new HeaderException(name + ": the CSV file is empty; its first row names the columns");
    }
    if (first.length > 0 && first[0].startsWith("\uFEFF")) {
      first[0] = first[0].substring(1);
    }
    List<String> unknown = new ArrayList<>();
    for (String column : first) {
      if (!CASE_COLUMNS.containsKey(column) && !ACTIVITY_COLUMNS.containsKey(column)) {
        unknown.add("'" + SafeText.echo(column) + "'");
      }
    }
    if (!unknown.isEmpty()) {
      throw new HeaderException(name + ": unknown column" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown.subList(0, Math.min(5, unknown.size())))
          + " in the header row (columns: the JSON contract's fields, and "
          + String.join(", ", ACTIVITY_COLUMNS.keySet()) + " for an exit case's activities)");
    }
    if (!List.of(first).contains("participantId")) {
      throw new HeaderException(name + ": the header row has no participantId column");
    }
    this.header = first;
    advance();
  }

  /** The header row cannot be used: nothing of the file can be read. */
  static final class HeaderException extends IOException {
    private static final long serialVersionUID = 1L;

    HeaderException(String message) {
      super(message);
    }
  }

  /**
   * Opens a CSV stream.
   *
   * @throws HeaderException when its header is missing or names an unknown column
   * @throws IOException when it cannot be read
   */
  static CsvRecords open(String name, InputStream in) throws IOException {
    try {
      return new CsvRecords(name, in);
    } catch (IOException | RuntimeException e) {
      in.close();
      if (e instanceof HeaderException || !(e instanceof com.fasterxml.jackson.core
          .JsonProcessingException)) {
        throw e;
      }
      throw new HeaderException(name + ": the header row is not valid CSV ("
          + SafeText.line(SafeText.cut(e.getMessage(), 120)) + ")");
    }
  }

  @Override
  public boolean hasNext() {
    if (pending == null) {
      if (row != null) {
        pending = nextRecord();
      } else if (failure != null) {
        pending = failure; // after the records read before it
        failure = null;
      }
    }
    return pending != null;
  }

  @Override
  public BatchInput next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BatchInput record = pending;
    pending = null;
    return record;
  }

  @Override
  public void close() throws IOException {
    parser.close();
    in.close();
  }

  /** The record starting at {@code row}: one entry row, or the rows of one exit case. */
  private BatchInput nextRecord() {
    long first = rowLine;
    String[] start = row;
    List<String> problems = new ArrayList<>();
    if (rowProblem != null) {
      // A row that cannot be read is a record of its own: its cells were not kept.
      problems.add("(row): " + rowProblem);
      advance();
      return input(first, first, NODES.objectNode(), problems);
    }
    ObjectNode record = caseFields(start, problems);
    if (!isExit(start)) {
      advance();
      return input(first, first, record, problems);
    }
    ArrayNode activities = record.putArray("activities");
    String id = cell(start, "participantId");
    long last = first;
    int dropped = 0;
    // Each problem once, at the first row that has it: a case of many rows keeps no more.
    Set<String> reported = new java.util.HashSet<>();
    while (row != null && rowProblem == null && isExit(row)
        && java.util.Objects.equals(cell(row, "participantId"), id)) {
      if (row != start) {
        for (int c = 0; c < header.length; c++) {
          String value = c < row.length ? row[c] : "";
          if (CASE_COLUMNS.containsKey(header[c]) && !value.isEmpty()
              && !value.equals(c < start.length ? start[c] : "") && reported.add(header[c])) {
            // No line numbers here: the record is named by its lines, and the steering summary
            // counts problems by their text.
            problems.add(header[c] + ": differs between the rows of one exit case; give the case's"
                + " fields on its first row or on every row alike");
          }
        }
        if (row.length > header.length && reported.add("(row)")) {
          problems.add("(row): a row has more cells than the header (an unquoted comma?)");
        }
      }
      ObjectNode activity = activity(row);
      if (activity != null) {
        if (activities.size() < InputLimits.MAX_ACTIVITIES + 1) {
          activities.add(activity);
        } else {
          dropped++; // the strict reader refuses the case anyway: keep memory bounded
        }
      }
      last = rowLine;
      advance();
    }
    if (dropped > 0) {
      problems.add("activities: more than " + InputLimits.MAX_ACTIVITIES + " rows");
    }
    return input(first, last, record, problems);
  }

  private BatchInput input(long first, long last, ObjectNode record, List<String> problems) {
    String source = name + ":" + first + (last != first ? "-" + last : "");
    if (!problems.isEmpty()) {
      List<fr.plie.rules.model.InputProblem> list = problems.stream().distinct().map(p -> {
        int colon = p.indexOf(": ");
        return new fr.plie.rules.model.InputProblem(p.substring(0, colon), p.substring(colon + 2));
      }).toList();
      return BatchInput.unreadable(source, new InvalidInputException(list));
    }
    return BatchInput.json(source, record);
  }

  private ObjectNode caseFields(String[] cells, List<String> problems) {
    ObjectNode record = NODES.objectNode();
    for (int c = 0; c < header.length; c++) {
      Class<?> type = CASE_COLUMNS.get(header[c]);
      String value = c < cells.length ? cells[c] : "";
      if (type != null && !value.isEmpty()) {
        record.set(header[c], value(type, value));
      }
    }
    if (cells.length > header.length) {
      problems.add("(row): a row has more cells than the header (an unquoted comma?)");
    }
    return record;
  }

  private ObjectNode activity(String[] cells) {
    ObjectNode activity = null;
    for (int c = 0; c < header.length && c < cells.length; c++) {
      Class<?> type = ACTIVITY_COLUMNS.get(header[c]);
      if (type != null && !cells[c].isEmpty()) {
        if (activity == null) {
          activity = NODES.objectNode();
        }
        activity.set(header[c].substring(ACTIVITY.length()), value(type, cells[c]));
      }
    }
    return activity;
  }

  /** Whether a row belongs to an exit case: a field only an exit case has, or an activity. */
  private boolean isExit(String[] cells) {
    for (int c = 0; c < header.length && c < cells.length; c++) {
      if (!cells[c].isEmpty() && (EXIT_ONLY.contains(header[c])
          || ACTIVITY_COLUMNS.containsKey(header[c]))) {
        return true;
      }
    }
    return false;
  }

  private String cell(String[] cells, String column) {
    for (int c = 0; c < header.length; c++) {
      if (header[c].equals(column)) {
        return c < cells.length ? cells[c] : "";
      }
    }
    return null;
  }

  /**
   * A cell as the JSON value its field takes: true/false for a yes-no fact, a number for a number,
   * {@code A|B} for a list ({@code []} for an empty one), text otherwise. A cell that is not of
   * its field's kind stays text, which the strict reader refuses naming the field.
   */
  private static JsonNode value(Class<?> type, String cell) {
    if (type == Boolean.class || type == boolean.class) {
      if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
        return NODES.booleanNode(cell.equalsIgnoreCase("true"));
      }
    } else if (type == BigDecimal.class && NUMBER.matcher(cell).matches()
        && cell.length() <= InputLimits.MAX_JSON_NUMBER_LENGTH) {
      return NODES.numberNode(new BigDecimal(cell));
    } else if (List.class.isAssignableFrom(type)) {
      ArrayNode list = NODES.arrayNode();
      if (!cell.equals("[]")) {
        for (String item : cell.split("\\|", -1)) {
          list.add(item);
        }
      }
      return list;
    }
    return NODES.textNode(cell);
  }

  private void advance() {
    try {
      do {
        rowLine = parser.currentLocation().getLineNr();
        row = readRow();
      } while (row != null && rowProblem == null && row.length == 1 && row[0].isEmpty());
    } catch (IOException e) {
      row = null;
      failure = BatchInput.unreadable(name + ":" + rowLine, new InvalidInputException(
          "(row)", "is not valid CSV (" + SafeText.line(SafeText.cut(
              e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                  .findFirst().orElse(""), 160))
              + "); reading stopped here, the rows after it were not read"));
    }
  }

  private String[] readRow() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw new IOException("unexpected " + token);
    }
    List<String> cells = new ArrayList<>();
    long characters = 0;
    rowProblem = null;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("the file ends inside a row");
      }
      String text = parser.getText();
      characters += text.length();
      if (rowProblem == null) {
        if (cells.size() >= MAX_CELLS) {
          rowProblem = "has more than " + MAX_CELLS + " cells";
        } else if (characters > InputLimits.MAX_RECORD_BYTES) {
          rowProblem = "is longer than " + InputLimits.MAX_RECORD_BYTES + " characters";
        } else if (text.indexOf('\uFFFD') >= 0) {
          rowProblem = "is not valid UTF-8";
        }
      }
      if (rowProblem == null) {
        cells.add(text);
      } else {
        cells.clear(); // read to its end, kept no longer
      }
    }
    return cells.toArray(String[]::new);
  }

  private static Set<String> exitOnly() {
    Set<String> exit = new java.util.TreeSet<>(InputKind.EXIT.fields());
    exit.removeAll(InputKind.ENTRY.fields());
    return exit;
  }

  /** The names and Java types of the fields the library writes for a type (its strict reader's). */
  private static Map<String, Class<?>> typesOf(Class<?> type) {
    try {
      JsonSerializer<Object> serializer =
          PlieJson.mapper().getSerializerProviderInstance().findValueSerializer(type);
      Map<String, Class<?>> names = new LinkedHashMap<>();
      for (Iterator<PropertyWriter> p = serializer.properties(); p.hasNext(); ) {
        PropertyWriter writer = p.next();
        names.put(writer.getName(), writer.getType().getRawClass());
      }
      return names;
    } catch (JsonMappingException e) {
      throw new IllegalStateException("cannot list the fields of " + type.getSimpleName(), e);
    }
  }
}
