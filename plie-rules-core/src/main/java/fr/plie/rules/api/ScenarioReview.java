package fr.plie.rules.api;

import java.util.List;

/**
 * What re-running a version's {@code scenarios.json} found, for {@code plie-rules scenarios
 * accept}: each scenario whose decision now differs from what it expects, with the expectation
 * that would replace it, and whether the file was rewritten. Messages are in French, for analysts.
 *
 * @param file the scenarios file, relative to the rule-set root
 * @param total how many scenarios the file holds
 * @param changes the scenarios that decide otherwise than expected, in the file's order
 * @param refused scenarios whose input the rules now reject: no expectation can replace theirs
 * @param written whether the file was rewritten with the new expectations
 */
public record ScenarioReview(String file, int total, List<Change> changes, List<String> refused,
    boolean written) {

  /**
   * One scenario that decides otherwise than it expects.
   *
   * @param name the scenario's name
   * @param differences one line per expected value: what was expected, what is now decided
   */
  public record Change(String name, List<String> differences) {
    /**
     * A change; the list is copied.
     *
     * @param name the scenario's name
     * @param differences one line per expected value
     */
    public Change {
      differences = List.copyOf(differences);
    }
  }

  /**
   * A review; the lists are copied.
   *
   * @param file the scenarios file, relative to the rule-set root
   * @param total how many scenarios the file holds
   * @param changes the scenarios that decide otherwise than expected
   * @param refused scenarios whose input the rules now reject
   * @param written whether the file was rewritten
   */
  public ScenarioReview {
    changes = List.copyOf(changes);
    refused = List.copyOf(refused);
  }

  /**
   * Whether every scenario decides as its file expects (after the rewrite, when there was one).
   *
   * @return true when nothing is left to review
   */
  public boolean upToDate() {
    return refused.isEmpty() && (changes.isEmpty() || written);
  }

  /**
   * The review as an analyst reads it, in French.
   *
   * @return the text, one line per difference
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    if (changes.isEmpty() && refused.isEmpty()) {
      return out.append(file).append(" : les ").append(total)
          .append(" scénario(s) décident comme prévu ; rien à mettre à jour.\n").toString();
    }
    out.append(file).append(" : ").append(changes.size()).append(" scénario(s) sur ").append(total)
        .append(" décident autrement que prévu.\n");
    for (Change change : changes) {
      out.append("- « ").append(change.name()).append(" »\n");
      change.differences().forEach(d -> out.append("    ").append(d).append('\n'));
    }
    refused.forEach(r -> out.append("- refusé : ").append(r).append('\n'));
    if (written) {
      out.append(file).append(" mis à jour : ").append(changes.size())
          .append(" attente(s) remplacée(s) par les décisions ci-dessus ; l'ordre et les autres"
              + " champs sont conservés.\n");
    } else if (!changes.isEmpty()) {
      out.append("Rien n'a été écrit. Après relecture, relancez avec --yes pour enregistrer ces"
          + " décisions comme attendues.\n");
    }
    if (!refused.isEmpty()) {
      out.append(refused.size()).append(" scénario(s) refusé(s) par les règles : corrigez leur"
          + " entrée à la main.\n");
    }
    return out.toString();
  }
}
