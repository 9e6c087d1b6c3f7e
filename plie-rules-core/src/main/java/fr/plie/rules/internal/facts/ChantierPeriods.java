package fr.plie.rules.internal.facts;

import java.util.List;

/**
 * The senior route's chantier contracts gathered into periods in the job (a contract and its
 * renewals), once every contract is qualified: the {@link ChantierCompletion}s inserted with it are
 * all there is, and the route is measured once each has its {@link CompletionAge}.
 *
 * @param progress French sentences on the periods, with the shortfall of those that never
 *     complete the months
 * @param notes conventions applied (month-end clamping)
 * @param rule the rule that gathered the periods
 * @param tableRows the rows of the tables applied (route rows, the renewal gap)
 */
public record ChantierPeriods(List<Qualification> qualifications, List<ChantierCompletion> completions,
    int months, int gapDays, String progress, List<String> notes, String rule,
    List<String> tableRows) {

  public ChantierPeriods {
    qualifications = List.copyOf(qualifications);
    completions = List.copyOf(completions);
    notes = List.copyOf(notes);
    tableRows = List.copyOf(tableRows);
  }
}
