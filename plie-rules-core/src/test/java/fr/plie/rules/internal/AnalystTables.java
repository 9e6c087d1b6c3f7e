package fr.plie.rules.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How revision 3's tables (the analysts' layout, {@link AnalystWorkbook}) were made from revision
 * 2's: the same rows and values, the references and units in French, a « Libellé » for each
 * parameter, French notes. {@code main} writes them; {@code AnalystTablesTest} regenerates them
 * and compares their data with the shipped files (whose bytes the fingerprint covers).
 */
final class AnalystTables {
  /** A table of revision 3: its path, the revision 2 file it copies, its notes. */
  record Source(String target, String source, String kind, String notes) {}

  private static final String ROOT = "plie-dijon/";
  private static final String TYPE_NEW_ROWS = " Une nouvelle ligne se tape juste sous la"
      + " dernière, sans ligne vide ; la note de chaque titre de colonne dit quoi saisir. Les"
      + " lignes de réglage de Drools sont masquées et la feuille protégée (sans mot de passe) :"
      + " seules les données se modifient.";

  static final List<Source> SOURCES = List.of(
      new Source(ROOT + "2018.1-r3/tables/communes.drl.xlsx", ROOT + "2018.1/tables/communes.drl.xlsx",
          "communes", "Communes du périmètre du PLIE, chacune sur sa période de validité (fin"
              + " incluse ; vide = sans fin). La résidence se décide sur le code INSEE, jamais sur"
              + " le code postal. Une ligne par commune et par période ; « oui » dans la dernière"
              + " colonne pour qu'elle s'applique." + TYPE_NEW_ROWS),
      new Source(ROOT + "2018.1-r3/tables/parameters.drl.xlsx",
          ROOT + "2018.1-r2/tables/parameters.drl.xlsx", "parameters",
          "Seuils, durées et conventions des règles, chacun avec son nom (celui que lisent les"
              + " règles), son libellé, sa valeur, son unité (mois, ans, jours, heures/semaine, ou"
              + " convention : la valeur nomme alors une convention que les règles connaissent),"
              + " sa période de validité (fin incluse ; vide = sans fin) et la référence du texte"
              + " qui le fonde. Décimales avec un point (17.50). Les durées et fenêtres des voies"
              + " de sortie sont dans la table « Voies de sortie » (exit-routes.drl.xlsx)."
              + TYPE_NEW_ROWS),
      new Source(ROOT + "2018.1-r3/tables/exit-routes.drl.xlsx",
          ROOT + "2018.1/tables/exit-routes.drl.xlsx", "exitRoutes",
          "Voies de sortie positive du §I.C.2 : quel type d'activité compte pour quelle voie,"
              + " avec quelle durée minimale (mois) et, pour l'intérim et les CDD, quelle fenêtre"
              + " glissante (mois ; vide pour les autres voies). Une ligne par voie et par type"
              + " d'activité, sur sa période de validité (fin incluse ; vide = sans fin) ; deux"
              + " lignes d'une même voie valides le même jour doivent avoir la même durée et la"
              + " même fenêtre ; chaque type d'activité doit compter pour au moins une voie."
              + " Contrat aidé : la durée contractuelle doit être STRICTEMENT supérieure à la"
              + " durée minimale (« de plus de 6 mois »). Formation qualifiante : 0 = comptée dès"
              + " son premier jour. Les exceptions du texte restent dans les règles : un contrat"
              + " en chantier d'insertion n'est jamais un contrat aidé (« hors chantiers"
              + " d'insertion ») ; seule l'exception senior le compte (âge exit.senior.age,"
              + " validation de la commission). « oui » dans la dernière colonne pour que la"
              + " ligne s'applique." + TYPE_NEW_ROWS),
      new Source(ROOT + "2018.2-r3/tables/communes.drl.xlsx", ROOT + "2018.2/tables/communes.drl.xlsx",
          "communes", "Communes du périmètre du PLIE, chacune sur sa période de validité (fin"
              + " incluse ; vide = sans fin). La résidence se décide sur le code INSEE, jamais sur"
              + " le code postal. Une ligne par commune et par période ; « oui » dans la dernière"
              + " colonne pour qu'elle s'applique." + TYPE_NEW_ROWS),
      new Source(ROOT + "2018.2-r3/tables/retired-communes.drl.xlsx",
          ROOT + "2018.2/tables/retired-communes.drl.xlsx", "retiredCommunes",
          "Codes INSEE qui ne sont plus en usage (fusion, commune déléguée) à partir de la date"
              + " indiquée, et le code qui les remplace. Donné à partir de cette date, un code"
              + " retiré est lu comme celui de son successeur, et la décision le signale."
              + TYPE_NEW_ROWS));

  /** Revision 2's English units, in French. */
  static final Map<String, String> UNITS = Map.of("months", "mois", "years", "ans", "days",
      "jours", "hours/week", "heures/semaine", "convention", "convention");

  /** Each parameter's « Libellé ». */
  static final Map<String, String> LABELS = Map.of(
      "entry.inactivity.months", "Durée sans activité professionnelle (plus de)",
      "exit.halfTime.weeklyHours", "Durée hebdomadaire d'un mi-temps",
      "exit.senior.age", "Âge d'un senior en chantier d'insertion",
      "exit.cumulation.convention", "Convention de cumul des périodes (intérim, CDD)",
      "exit.chantier.renewalGapDays",
      "Interruption au plus entre deux contrats de chantier d'insertion");

  /** The references written in English in revision 2, in French (by parameter or route). */
  static final Map<String, String> REFERENCES = Map.ofEntries(
      Map.entry("entry.inactivity.months", "AAP PLIE Dijon 2018 §I.C.1 : « sans activité"
          + " professionnelle depuis plus d'une année » (strictement plus de 12 mois de"
          + " calendrier)"),
      Map.entry("exit.halfTime.weeklyHours", "AAP PLIE Dijon 2018 §I.C.2 : « mi-temps minimum »"
          + " et « inférieur à 17H50 » ; lu comme 17.50 heures décimales = 17 h 30 min, la moitié"
          + " de la durée légale de 35 heures (Code du travail art. L3121-27) ; voir"
          + " docs/interpretations.md"),
      Map.entry("exit.senior.age", "AAP PLIE Dijon 2018 §I.C.2 : « Les seniors de 55 ans et"
          + " plus » (âge en années révolues le jour où les 6 mois dans l'emploi sont atteints,"
          + " comptés depuis le début d'un contrat en chantier d'insertion, renouvellements"
          + " compris)"),
      Map.entry("exit.cumulation.convention", "Convention (docs/interpretations.md,"
          + " « Cumulation ») : les jours travaillés dans la fenêtre glissante, chacun compté une"
          + " fois, font les N mois de la voie un jour travaillé J quand ils sont au moins aussi"
          + " nombreux que les jours de la plus courte période de N mois atteinte à J ou avant"
          + " selon la règle du CDI (début + N mois - 1 jour) ; un jour de travail de plus ne"
          + " peut jamais la retarder, et une seule période continue fait N mois le jour de la"
          + " règle du CDI"),
      Map.entry("exit.chantier.renewalGapDays", "AAP PLIE Dijon 2018 §I.C.2 : « au terme de 6"
          + " mois dans l'emploi » : des contrats successifs en chantier d'insertion séparés"
          + " d'au plus ce nombre de jours sans contrat forment une seule période dans l'emploi"
          + " (0 : le renouvellement commence le lendemain de la fin du contrat précédent)"),
      Map.entry("CDI", "AAP PLIE Dijon 2018 §I.C.2 : « Emploi en CDI mi-temps minimum (ou moins"
          + " sur accord du participant) au terme de 6 mois de présence en entreprise » (les"
          + " mois s'accomplissent pendant que le CDI court ; le seuil du mi-temps est le"
          + " paramètre exit.halfTime.weeklyHours)"),
      Map.entry("INTERIM", "AAP PLIE Dijon 2018 §I.C.2 : « Intérim régulier cumulant au moins 6"
          + " mois dans les 12 mois » (les missions se cumulent dans toute période de 12 mois"
          + " consécutifs, une fenêtre glissante)"),
      Map.entry("CDD", "AAP PLIE Dijon 2018 §I.C.2 : « CDD unique ou successifs au terme de 6"
          + " mois dans les 12 mois » (un ou plusieurs CDD successifs se cumulent dans toute"
          + " période de 12 mois consécutifs, une fenêtre glissante)"),
      Map.entry("FORMATION_QUALIFIANTE", "AAP PLIE Dijon 2018 §I.C.2 : « Formation"
          + " qualifiante » (le texte ne fixe pas de durée : 0, comptée dès le premier jour de la"
          + " formation)"),
      Map.entry("CREATION_ENTREPRISE", "AAP PLIE Dijon 2018 §I.C.2 : « Création ou reprise"
          + " d'activité, suivi de 6 mois post création » (les mois s'accomplissent pendant que"
          + " l'activité se poursuit)"),
      Map.entry("CONTRAT_AIDE", "AAP PLIE Dijon 2018 §I.C.2 : « Contrats aidés de plus de 6 mois"
          + " hors chantiers d'insertion » (la durée contractuelle doit être STRICTEMENT"
          + " supérieure à la durée minimale ; un contrat en chantier d'insertion ne compte"
          + " jamais ici, une exception gardée dans les règles)"),
      Map.entry("SENIOR_CHANTIER_INSERTION", "AAP PLIE Dijon 2018 §I.C.2 : « Les seniors de 55"
          + " ans et plus, en contrat au sein d'un chantier d'insertion pourront également être"
          + " comptabilisés dans les sorties positives, au terme de 6 mois dans l'emploi après"
          + " validation, au cas par cas, de la commission de validation des entrées-sorties du"
          + " PLIE » (l'âge est le paramètre exit.senior.age ; la validation de la commission est"
          + " dans les règles)"));

  private AnalystTables() {}

  /** The rows of revision 3's table made from {@code source}: revision 2's, in French. */
  static List<Map<String, String>> rows(Source source) {
    List<String> problems = new ArrayList<>();
    DecisionTables.Table table = DecisionTables.read(source.source(),
        RuleResources.classpath().read(source.source()), source.kind(), problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(problems.toString());
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (DecisionTables.TableLine line : table.lines()) {
      Map<String, String> row = new LinkedHashMap<>(line.cells());
      String key = source.kind().equals("parameters") ? row.get("Nom")
          : source.kind().equals("exitRoutes") ? row.get("Voie") : null;
      if (key != null) {
        row.put("Référence", require(REFERENCES, key));
      }
      if (source.kind().equals("parameters")) {
        row.put("Unité", require(UNITS, row.get("Unité")));
        row.put("Libellé", require(LABELS, key));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The labels of revision 3's layout of a kind: the analysts' one (the last). */
  static List<String> labels(String kind) {
    List<List<TableSchemas.Column>> layouts = TableSchemas.LAYOUTS.get(kind);
    return TableSchemas.labels(layouts.get(layouts.size() - 1));
  }

  static byte[] build(Source source) {
    return AnalystWorkbook.build(source.kind(), labels(source.kind()), source.notes(),
        rows(source));
  }

  private static String require(Map<String, String> map, String key) {
    String value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("no French text for " + key);
    }
    return value;
  }

  /** Writes revision 3's tables under the rule-set root given (src/main/resources/rulesets). */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0]
        : "plie-rules-core/src/main/resources/rulesets");
    for (Source source : SOURCES) {
      Path file = root.resolve(source.target());
      Files.createDirectories(file.getParent());
      Files.write(file, build(source));
      System.out.println("wrote " + file);
    }
  }
}
