package fr.plie.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed list of minimum social benefit codes an entry application may give in
 * {@code minimaSociaux}, read from the table {@code fr/plie/rules/model/minima-sociaux.json}
 * shipped in this jar (code, French label, legal reference, validity). A code not in the table,
 * such as {@code NONE} (write {@code []} for "none"), is invalid input rather than a benefit.
 */
public final class MinimaSociaux {
  /** The table as shipped. */
  public static final String RESOURCE = "minima-sociaux.json";

  /**
   * One benefit of the table.
   *
   * @param validFrom first day a person could hold it; null when that is before any rule set
   * @param validTo last day (inclusive) a person could hold it; null while it is still paid
   */
  public record Benefit(String code, String label, String reference, LocalDate validFrom,
      LocalDate validTo) {
    /**
     * Whether a person could hold the benefit on {@code date}.
     *
     * @param date the day asked about
     * @return true when {@code date} is within the benefit's validity
     */
    public boolean heldOn(LocalDate date) {
      return (validFrom == null || !date.isBefore(validFrom))
          && (validTo == null || !date.isAfter(validTo));
    }
  }

  private static final Map<String, Benefit> BY_CODE = load();

  private MinimaSociaux() {}

  /** {@return every benefit, in the table's order} */
  public static List<Benefit> all() {
    return List.copyOf(BY_CODE.values());
  }

  /**
   * The benefit with this exact (upper-case) code.
   *
   * @param code a code such as {@code RSA}
   * @return the benefit, or empty when no benefit has that code
   */
  public static Optional<Benefit> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The problem with {@code code} on {@code date}, or null when it is a benefit held that day. */
  static String problem(String code, LocalDate date) {
    if (code == null) {
      return "must not be null (write [] for no benefit)";
    }
    Benefit benefit = BY_CODE.get(code);
    if (benefit == null) {
      return "is not a minimum social benefit code (one of "
          + String.join(", ", BY_CODE.keySet()) + "; [] means none)";
    }
    if (date != null && !benefit.heldOn(date)) {
      // Neither the code nor the date: which benefit a person holds is the sensitive part.
      return "could not be held on the assessment date: this benefit is paid"
          + (benefit.validFrom() == null ? "" : " from " + benefit.validFrom())
          + (benefit.validTo() == null ? "" : " until " + benefit.validTo()) + " only";
    }
    return null;
  }

  private static Map<String, Benefit> load() {
    try (InputStream in = MinimaSociaux.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the table " + RESOURCE + " is missing from the jar");
      }
      JsonNode table = PlieJson.mapper().readTree(in);
      Map<String, Benefit> out = new LinkedHashMap<>();
      List<String> duplicates = new ArrayList<>();
      for (JsonNode row : table.path("benefits")) {
        Benefit benefit = new Benefit(row.path("code").asText(), row.path("label").asText(),
            row.path("reference").asText(), date(row.get("validFrom")), date(row.get("validTo")));
        if (out.put(benefit.code(), benefit) != null) {
          duplicates.add(benefit.code());
        }
      }
      if (out.isEmpty() || !duplicates.isEmpty()) {
        throw new IllegalStateException("the table " + RESOURCE + " is empty or repeats " + duplicates);
      }
      return Collections.unmodifiableMap(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the table " + RESOURCE, e);
    }
  }

  private static LocalDate date(JsonNode node) {
    return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
  }
}
