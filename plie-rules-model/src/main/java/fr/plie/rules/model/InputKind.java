package fr.plie.rules.model;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The two kinds of input, told apart by all the fields of a record: an exit case is the record
 * with fields only an exit case has ({@code activities}, {@code commissionDecision}…), an entry
 * application the one with fields only an application has. A record with both, or with neither
 * (only {@code participantId}, {@code assessmentDate}, {@code birthDate}), is refused rather than
 * guessed: an exit case read as an application would be decided UNDETERMINED without a word.
 */
public enum InputKind {
  /** An entry application ({@link EntryApplication}). */
  ENTRY(EntryApplication.class),
  /** An exit case ({@link ExitCase}). */
  EXIT(ExitCase.class);

  private final Class<?> type;

  InputKind(Class<?> type) {
    this.type = type;
  }

  /** {@return the value type of this kind of input} */
  public Class<?> type() {
    return type;
  }

  /** {@return the JSON field names of this kind, in their written order} */
  public Set<String> fields() {
    return this == ENTRY ? Fields.ENTRY : Fields.EXIT;
  }

  /** Read once, on first use (after the mapper exists). */
  private static final class Fields {
    static final Set<String> ENTRY = fieldsOf(EntryApplication.class);
    static final Set<String> EXIT = fieldsOf(ExitCase.class);
    /** The fields only one kind has: worked out once, not for every record of a batch. */
    static final Set<String> ENTRY_ONLY = only(ENTRY, EXIT);
    static final Set<String> EXIT_ONLY = only(EXIT, ENTRY);

    private static Set<String> only(Set<String> these, Set<String> others) {
      Set<String> only = new java.util.HashSet<>(these);
      only.removeAll(others);
      return Set.copyOf(only);
    }
  }

  /**
   * The kind of a record.
   *
   * @param record a parsed input record
   * @return the kind its fields belong to
   * @throws InvalidInputException against {@code (document)} when the record is not an object, or
   *     its fields belong to both kinds or to neither
   */
  public static InputKind of(JsonNode record) {
    if (record == null || !record.isObject()) {
      throw new InvalidInputException("(document)", "must be a JSON object");
    }
    List<String> ofEntry = new ArrayList<>();
    List<String> ofExit = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (Fields.ENTRY_ONLY.contains(name)) {
        ofEntry.add(name);
      } else if (Fields.EXIT_ONLY.contains(name)) {
        ofExit.add(name);
      } else if (!ENTRY.fields().contains(name)) {
        unknown.add(SafeText.echo(name));
      }
    }
    if (!ofEntry.isEmpty() && !ofExit.isEmpty()) {
      throw new InvalidInputException("(document)", "mixes fields of an entry application "
          + ofEntry + " and of an exit case " + ofExit + ": give one kind per record");
    }
    if (!ofExit.isEmpty()) {
      return EXIT;
    }
    if (!ofEntry.isEmpty()) {
      return ENTRY;
    }
    throw new InvalidInputException("(document)", "could be an entry application or an exit case:"
        + " it has no field that only one kind has"
        + (unknown.isEmpty() ? "" : " (unknown fields: " + cut(unknown) + ")")
        + "; an exit case lists its \"activities\" ([] for none), an entry application gives at"
        + " least one of its facts");
  }

  private static String cut(List<String> names) {
    return names.size() <= 5 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 5)) + ", …";
  }

  /** The names the library writes for a type, which are exactly those its strict reader accepts. */
  private static Set<String> fieldsOf(Class<?> type) {
    try {
      JsonSerializer<Object> serializer =
          PlieJson.mapper().getSerializerProviderInstance().findValueSerializer(type);
      Set<String> names = new LinkedHashSet<>();
      serializer.properties().forEachRemaining(p -> names.add(p.getName()));
      return java.util.Collections.unmodifiableSet(names);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("cannot list the fields of " + type.getSimpleName(), e);
    }
  }
}
