package fr.plie.rules.internal.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The route's months in the job completed in a chantier d'insertion, counted from the start of one
 * contract (or from the pathway start, when the contract began before it) through the renewals
 * that follow it (senior route). The senior age is checked on {@code completedOn}.
 *
 * @param first the contract the months are counted from
 * @param countedFrom the first day counted
 * @param completedOn the day the months are completed ({@code completedOn(countedFrom, months)})
 * @param contracts every contract that runs on some day from {@code countedFrom} to
 *     {@code completedOn}, in order
 */
public record ChantierCompletion(ExitActivity first, LocalDate countedFrom, LocalDate completedOn,
    List<ExitActivity> contracts) {

  public ChantierCompletion {
    contracts = List.copyOf(contracts);
  }

  /** « activities[0] et activities[1] ». */
  public String contractLabels() {
    List<String> labels = contracts.stream().map(c -> "activities[" + c.index() + "]").toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1)) + " et "
        + labels.get(labels.size() - 1);
  }
}
