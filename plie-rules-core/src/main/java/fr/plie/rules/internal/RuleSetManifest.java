package fr.plie.rules.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule set version's manifest ({@code ruleset.json}): its identity, its validity period and the
 * resources it is made of, as paths relative to the manifest's folder. A later version lists the
 * unchanged files of an earlier one by relative path ({@code ../2018.1/entry/territory.drl}) instead
 * of copying them.
 */
@JsonIgnoreProperties(value = {"comment"})
public record RuleSetManifest(
    String id,
    String version,
    LocalDate validFrom,
    LocalDate validTo,
    String source,
    String description,
    List<String> entry,
    List<String> exit,
    Map<String, String> tables) {

  public RuleSetManifest {
    entry = entry == null ? List.of() : List.copyOf(entry);
    exit = exit == null ? List.of() : List.copyOf(exit);
    tables = tables == null ? Map.of() : Map.copyOf(tables);
  }

  public boolean coversDate(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }
}
