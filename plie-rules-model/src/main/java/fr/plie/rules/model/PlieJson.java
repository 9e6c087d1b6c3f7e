package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Strict JSON reading and writing of the library's values. Reading rejects unknown fields, wrong
 * types (no {@code "true"} for {@code true}, no number for a date), impossible dates and missing
 * required fields, with an {@link InvalidInputException} that names the field. Decimals are read
 * exactly ({@code BigDecimal} from the text, never through a {@code double}), and the reader's
 * limits ({@link InputLimits}: nesting, number length…) give messages in the input's terms.
 * Writing uses ISO-8601 dates and leaves unknown facts out. Thread-safe.
 */
public final class PlieJson {
  private static final ObjectMapper MAPPER = newMapper();

  private PlieJson() {}

  /**
   * {@return a new mapper configured like the library's own, for callers that embed our values in
   * theirs}
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(InputLimits.MAX_JSON_NESTING)
            .maxNumberLength(InputLimits.MAX_JSON_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxStringLength(InputLimits.MAX_DECISION_BYTES)
            .maxDocumentLength(InputLimits.MAX_DECISION_BYTES)
            .build())
        // JSON escapes C0 controls already; DEL, C1 controls and bidirectional overrides too
        // would act on a terminal showing the output, so they are written as \\uXXXX as well.
        .characterEscapes(new TerminalSafeEscapes())
        // Parse errors quote the offending token: a short prefix, never a 10 MB value.
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(SafeText.MAX_ECHO)
            .maxRawContentLength(SafeText.MAX_ECHO)
            .build())
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(strictDates())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // 17.49999999999999999999 hours must not become 17.5 through a double (nor 1e-999 zero).
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    // No silent coercion: a string is not a boolean, a number is not a date, "" is not null.
    for (LogicalType type : List.of(LogicalType.Boolean, LogicalType.Integer, LogicalType.Float,
        LogicalType.DateTime, LogicalType.Textual, LogicalType.Enum)) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, type == LogicalType.Float
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean
              ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    return mapper;
  }

  /**
   * Dates are read as ISO-8601 {@code YYYY-MM-DD} only. Jackson's own LocalDate reader also takes a
   * date-time such as {@code 2018-03-01T23:30:00} and silently drops the time (found by
   * PlieJsonTest); {@link LocalDate#parse} is strict (no 2018-02-30) and reads back what
   * {@link LocalDate#toString} writes, including years beyond 9999.
   */
  private static SimpleModule strictDates() {
    SimpleModule module = new SimpleModule("plie-strict-dates");
    module.addDeserializer(LocalDate.class, new StdScalarDeserializer<LocalDate>(LocalDate.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        LocalDate date;
        try {
          date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
        }
        if (!InputLimits.inRange(date)) {
          // Every date read, in inputs and in stored decisions alike (see InputLimits).
          throw InvalidFormatException.from(p, InputLimits.outOfRange(date), text, LocalDate.class);
        }
        return date;
      }
    });
    return module;
  }

  /** Standard JSON escapes, plus every character {@link SafeText#isUnsafe} as {@code \\uXXXX}. */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch <= 0xFFFF && SafeText.isUnsafe((char) ch)
          ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }

  /** The longest field name read; ours are a few dozen characters. */
  private static final int MAX_NAME_LENGTH = 1000;

  /** {@return the shared mapper; do not reconfigure it} */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads an entry application strictly, as {@link #read} does.
   *
   * @param json one JSON document
   * @return the value read
   * @throws InvalidInputException naming every field at fault
   */
  public static EntryApplication readEntryApplication(String json) {
    return read(json, EntryApplication.class);
  }

  /**
   * Reads an entry decision strictly, as {@link #read} does.
   *
   * @param json one JSON document
   * @return the value read
   * @throws InvalidInputException naming every field at fault
   */
  public static EntryDecision readEntryDecision(String json) {
    return read(json, EntryDecision.class);
  }

  /**
   * Reads an exit case strictly, as {@link #read} does.
   *
   * @param json one JSON document
   * @return the value read
   * @throws InvalidInputException naming every field at fault
   */
  public static ExitCase readExitCase(String json) {
    return read(json, ExitCase.class);
  }

  /**
   * Reads an exit decision strictly, as {@link #read} does.
   *
   * @param json one JSON document
   * @return the value read
   * @throws InvalidInputException naming every field at fault
   */
  public static ExitDecision readExitDecision(String json) {
    return read(json, ExitDecision.class);
  }

  /**
   * Reads any of the library's value types strictly; errors name the field.
   *
   * @param <T> the value type
   * @param json one JSON document
   * @param type the value type's class, e.g. {@code EntryApplication.class}
   * @return the value read
   * @throws InvalidInputException naming every field at fault
   */
  public static <T> T read(String json, Class<T> type) {
    return fromTree(parse(json), type);
  }

  /**
   * Parses one JSON document into a tree, decimals exact; malformed JSON and values beyond the
   * reader's limits are an {@link InvalidInputException} against {@code (document)} with the line
   * and column, in words rather than the parser's internals.
   *
   * @param json one JSON document
   * @return its tree
   * @throws InvalidInputException when it is not valid JSON or beyond the limits
   */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException("(document)", beyondLimit(e) + at(e.getLocation()));
    } catch (JsonParseException e) {
      throw new InvalidInputException("(document)", "is not valid JSON"
          + at(e.getLocation()) + syntaxHint(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw invalid(e);
    }
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** The reader's limits (Jackson's StreamReadConstraints) told in the input's terms. */
  private static String beyondLimit(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nests arrays or objects more than " + InputLimits.MAX_JSON_NESTING + " levels deep";
    }
    if (message.startsWith("Number")) {
      return "holds a number longer than " + InputLimits.MAX_JSON_NUMBER_LENGTH + " characters";
    }
    if (message.startsWith("Name")) {
      return "holds a field name longer than " + MAX_NAME_LENGTH + " characters";
    }
    if (message.startsWith("String")) {
      return "holds a string longer than " + InputLimits.MAX_DECISION_BYTES + " characters";
    }
    if (message.startsWith("Document length")) {
      return "is longer than " + InputLimits.MAX_DECISION_BYTES + " characters";
    }
    return "is beyond what the reader accepts";
  }

  /** Jackson's parse messages, without its source descriptions and cut to a readable length. */
  private static String parserMessage(String message) {
    if (message == null) {
      return "unreadable";
    }
    String plain = SOURCE_REFERENCE.matcher(firstLine(message)).replaceAll("");
    return SafeText.line(SafeText.cut(plain, 200));
  }

  /** E.g. " (start marker at [Source: REDACTED (`StreamReadFeature…` disabled); line: 1, column: 1])". */
  private static final Pattern SOURCE_REFERENCE =
      Pattern.compile("\\s*\\((?:for [^\\[]*|start marker )?at \\[Source: .*?line: \\d+, column: \\d+\\]\\)");

  /**
   * Converts an already parsed JSON tree, with the same checks as {@link #read}.
   *
   * @param <T> the value type
   * @param tree the parsed document
   * @param type the value type's class
   * @return the value read
   * @throws InvalidInputException naming every field at fault
   */
  public static <T> T fromTree(JsonNode tree, Class<T> type) {
    if (tree == null || !tree.isObject()) {
      throw new InvalidInputException("(document)", "must be a JSON object");
    }
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      InvalidInputException ours = findCause(e);
      if (ours != null) {
        throw prefixed(fieldPrefix(e), ours);
      }
      InvalidInputException nullElement = nullElement(tree, e);
      if (nullElement != null) {
        throw nullElement;
      }
      throw invalid(e);
    } catch (IllegalArgumentException e) {
      InvalidInputException ours = findCause(e);
      if (ours != null) {
        throw ours;
      }
      throw new InvalidInputException("(document)",
          "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * What kind of syntax error, in words that quote nothing of the input: Jackson's own message
   * repeats the offending token, and input values stay out of messages (they end up in logs).
   */
  private static String syntaxHint(String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.startsWith("Unexpected end-of-input")) {
      return " (it ends too early)";
    }
    if (m.startsWith("Unrecognized token")) {
      return " (a word that is no JSON value: a string needs double quotes)";
    }
    if (m.startsWith("Illegal unquoted character")) {
      return " (a control character inside a string must be escaped)";
    }
    if (m.startsWith("Unexpected character")) {
      return " (unexpected character)";
    }
    return "";
  }

  /**
   * Writes a value as the library writes its JSON (indented, dates as ISO-8601 text).
   *
   * @param value one of the library's values
   * @return its JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Writes on one line, for JSON Lines output.
   *
   * @param value one of the library's values
   * @return its JSON on one line, without a line break
   */
  public static String writeLine(Object value) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * The JSON tree of a value, as {@link #write} would write it.
   *
   * @param value one of the library's values
   * @return its tree
   */
  public static ObjectNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * One problem per field at fault. A missing required field and a field given twice used to be
   * reported against "(document)" (found by PlieJsonTest): they are named like any other field.
   */
  private static InvalidInputException invalid(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String prefix = fieldPrefix(e);
    String at = prefix.isEmpty() ? "" : prefix + ".";
    Matcher duplicate = DUPLICATE_FIELD.matcher(message);
    if (duplicate.find()) {
      return new InvalidInputException(at + SafeText.echo(duplicate.group(1)), "is given more than once");
    }
    if (message.contains("Cannot build")) {
      List<InputProblem> problems = new ArrayList<>();
      for (String field : missingFields(message)) {
        problems.add(new InputProblem(at + field, "is required but missing (or null)"));
      }
      if (!problems.isEmpty()) {
        return new InvalidInputException(problems);
      }
    }
    return new InvalidInputException(fieldOf(e), describe(e));
  }

  private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");

  private static List<String> missingFields(String immutablesMessage) {
    int open = immutablesMessage.indexOf('[');
    int close = immutablesMessage.indexOf(']', open + 1);
    List<String> fields = new ArrayList<>();
    if (open >= 0 && close > open) {
      for (String field : immutablesMessage.substring(open + 1, close).split(",")) {
        if (!field.isBlank()) {
          fields.add(field.trim());
        }
      }
    }
    return fields;
  }

  private static InvalidInputException findCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException ours) {
        return ours;
      }
    }
    return null;
  }

  /** Immutables refuses a null list element with "NAME element"; name the element instead. */
  private static InvalidInputException nullElement(JsonNode tree, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (t instanceof NullPointerException && message != null && message.endsWith(" element")) {
        String field = message.substring(0, message.length() - " element".length());
        JsonNode array = tree.get(field);
        if (array != null && array.isArray()) {
          for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isNull()) {
              return new InvalidInputException(field + "[" + i + "]", "must not be null");
            }
          }
        }
      }
    }
    return null;
  }

  private static InvalidInputException prefixed(String prefix, InvalidInputException e) {
    if (prefix.isEmpty()) {
      return e;
    }
    return new InvalidInputException(e.problems().stream()
        .map(p -> new InputProblem(prefix + "." + p.field(), p.problem()))
        .collect(Collectors.toList()));
  }

  /** The path of the object being built when a nested value check failed, e.g. {@code activities[1]}. */
  private static String fieldPrefix(JsonProcessingException e) {
    String path = fieldOf(e);
    return "(document)".equals(path) ? "" : path;
  }

  static String fieldOf(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "(document)";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(SafeText.echo(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(document)" : path.toString();
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "is not a known field (known fields: " + unknown.getKnownPropertyIds() + ")";
    }
    // The value read is never repeated: the field and the expected form say what to fix.
    if (e instanceof InvalidFormatException format) {
      Throwable cause = format.getCause();
      Class<?> target = format.getTargetType();
      if (target == LocalDate.class && format.getOriginalMessage() != null
          && format.getOriginalMessage().endsWith(InputLimits.outOfRange(null))) {
        return InputLimits.outOfRange(null);
      }
      if (target == java.time.Instant.class) {
        return "is not a UTC instant written YYYY-MM-DDTHH:MM:SS[.mmm]Z";
      }
      if (target == java.util.UUID.class) {
        return "is not a UUID written in lower case 8-4-4-4-12";
      }
      if (cause instanceof DateTimeParseException || target == java.time.LocalDate.class) {
        return "is not a date in ISO-8601 form YYYY-MM-DD (or the day does not exist)";
      }
      if (target != null && target.isEnum()) {
        return "is not one of " + java.util.Arrays.toString(target.getEnumConstants());
      }
      return "is not a valid " + simpleName(target);
    }
    if (e instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      String message = e.getOriginalMessage();
      if (message != null && message.contains("Cannot build")) {
        return missingRequired(message);
      }
      if (target == java.time.LocalDate.class) {
        return "must be a date written as a string YYYY-MM-DD";
      }
      if (target != null && target.isEnum()) {
        return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
      }
      if (target != null) {
        return "must be " + expected(target);
      }
    }
    String message = e.getOriginalMessage();
    if (message != null && message.contains("Cannot build")) {
      return missingRequired(message);
    }
    // Jackson's own words, with whatever they quote of the input masked.
    return message == null ? "cannot be read"
        : parserMessage(message).replaceAll("\"[^\"]*\"|'[^']*'", "…");
  }

  private static String missingRequired(String immutablesMessage) {
    int open = immutablesMessage.indexOf('[');
    int close = immutablesMessage.indexOf(']', open + 1);
    String fields = open >= 0 && close > open ? immutablesMessage.substring(open + 1, close) : "?";
    return "required field(s) missing: " + fields;
  }

  private static String expected(Class<?> target) {
    if (target == Boolean.class || target == boolean.class) {
      return "true or false (a JSON boolean, not a string)";
    }
    if (target == String.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    return "a " + simpleName(target).replace("Immutable", "") + " object";
  }

  private static String simpleName(Class<?> type) {
    return type == null ? "value" : type.getSimpleName();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
