package fr.plie.rules.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule set version's manifest ({@code ruleset.json}): its identity, the day it comes into force and the
 * resources it is made of, as paths relative to the manifest's folder. A later version lists the
 * unchanged files of an earlier one by relative path ({@code ../2018.1/entry/territory.drl}) instead
 * of copying them.
 *
 * <p>There is no end date: a version stays in force until the next version of the same rule set
 * comes into force. Releasing a new version therefore never touches the bytes (and so the
 * fingerprint) of the previous one.
 *
 * <p>{@code revision} (absent = 1) numbers the corrections of a released version: the corrected
 * rules are shipped as a new manifest with the same id, version and {@code validFrom} and the next
 * revision, in a folder of its own ({@code 2018.1-r2/}); the highest revision decides new cases,
 * the others stay for replay.
 */
@JsonIgnoreProperties(value = {"comment"})
public record RuleSetManifest(
    String id,
    String version,
    LocalDate validFrom,
    String source,
    String description,
    List<String> entry,
    List<String> exit,
    Map<String, String> tables,
    Integer revision) {

  /** A manifest of revision 1 (the field absent). */
  public RuleSetManifest(String id, String version, LocalDate validFrom, String source,
      String description, List<String> entry, List<String> exit, Map<String, String> tables) {
    this(id, version, validFrom, source, description, entry, exit, tables, null);
  }

  /** The revision, 1 when the manifest gives none. */
  public int revisionNumber() {
    return revision == null ? 1 : revision;
  }

  public RuleSetManifest {
    entry = entry == null ? List.of() : List.copyOf(entry);
    exit = exit == null ? List.of() : List.copyOf(exit);
    tables = tables == null ? Map.of() : Map.copyOf(tables);
  }
}
