package fr.plie.rules.internal;

import fr.plie.rules.internal.DecisionTables.Table;
import fr.plie.rules.internal.DecisionTables.TableLine;
import fr.plie.rules.internal.facts.AssessmentDay;
import fr.plie.rules.internal.facts.CommuneLookup;
import fr.plie.rules.internal.facts.RetiredCommune;
import fr.plie.rules.internal.facts.TableRows;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitRoute;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each kind of table must hold, column by column, and the check of every cell against it, in
 * the analyst's terms: "row 14, column 'Valeur': '6,5' is not a number".
 */
public final class TableSchemas {
  private static final Pattern INSEE_CODE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");
  private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,4}");
  /** Units whose values count whole periods, in either vocabulary. */
  private static final Set<String> WHOLE_UNITS = Set.of("months", "years", "days", "mois", "ans",
      "jours");
  /** The units of the first layout of the parameter table (revisions 1 and 2): English. */
  public static final List<String> UNITS = List.of("months", "years", "days", "hours/week",
      "convention");
  /**
   * The units of the analysts' layout (with a « Libellé » column, from revision 3): French, one
   * for one with {@link #UNITS}. The rules never read a unit (they read values by parameter name),
   * so both vocabularies decide the same; a table uses the one of its layout.
   */
  public static final List<String> UNITS_FR = List.of("mois", "ans", "jours", "heures/semaine",
      "convention");
  /**
   * What a rule's last column (its ACTION) accepts: « oui », the row applies; « non », the row is
   * kept in the table (checked like any other) but does not apply: it is never given to Drools,
   * so it fires nothing and no check across rows counts it.
   */
  public static final List<String> YES_VALUES = List.of("oui", "non");

  /** Whether {@code cell}, in {@code column}, switches its row off (« non » in the last column). */
  static boolean switchesOff(Column column, String cell) {
    return column.type() == Type.YES && "non".equalsIgnoreCase(cell);
  }
  /** The unit of a parameter that names a convention instead of a number. */
  public static final String CONVENTION_UNIT = "convention";
  /**
   * The conventions the rules know, by parameter (docs/interpretations.md): a convention is a
   * reading the rules implement, so a table can only choose among those.
   */
  public static final Map<String, Set<String>> CONVENTIONS = Map.of(
      "exit.cumulation.convention", Set.of("workedDays"));

  private TableSchemas() {}

  enum Type { TEXT, INSEE_CODE, POSTAL_CODE, DATE, NUMBER, WHOLE_NUMBER, UNIT, UNIT_FR, YES,
    EXIT_ROUTE, ACTIVITY_TYPE, CONVENTION;

    /** The values a drop-down offers for this type, or an empty list (free input). */
    List<String> choices() {
      return switch (this) {
        case UNIT -> UNITS;
        case UNIT_FR -> UNITS_FR;
        case YES -> YES_VALUES;
        case EXIT_ROUTE -> Arrays.stream(ExitRoute.values()).map(Enum::name).toList();
        case ACTIVITY_TYPE -> Arrays.stream(ActivityType.values()).map(Enum::name).toList();
        default -> List.of();
      };
    }
  }

  /**
   * A column: what analysts type in it (label, type, required) and the three cells above its
   * label that Drools turns into code: its kind (CONDITION, ACTION, METADATA), the fact pattern
   * it opens (null: it continues the pattern of the column on its left, the two object-type cells
   * merged, as Drools reads them), and the template each data cell is substituted into.
   */
  record Column(String label, Type type, boolean required, String kind, String pattern,
      String template) {}

  private static Column condition(String label, Type type, boolean required, String pattern,
      String template) {
    return new Column(label, type, required, "CONDITION", pattern, template);
  }

  private static Column metadata(String label, Type type, boolean required, String key) {
    return new Column(label, type, required, "METADATA", "", key + "(\"$param\")");
  }

  private static Column action(String label, String template) {
    return new Column(label, Type.YES, true, "ACTION", "", template);
  }

  /** The Drools package of every table's rules (the "RuleSet" setting). */
  static final String PACKAGE = "fr.plie.rules.tables";
  /** What every table's templates may use (the "Import" setting). */
  static final String IMPORTS = String.join(", ", List.of(AssessmentDay.class.getName(),
      CommuneLookup.class.getName(), RetiredCommune.class.getName(), TableRows.class.getName()));
  /** A setting above the table: its name in column A, its value in column B. */
  record Setting(String name, String value) {
    /** Notes: the analysts' free text about the table, never given to Drools. */
    boolean freeText() {
      return value == null;
    }
  }

  /** The settings above every table, one per row from row 1. */
  static final List<Setting> SETTINGS = List.of(
      new Setting("RuleSet", PACKAGE),
      new Setting("Import", IMPORTS),
      new Setting("Sequential", "true"),
      new Setting("Notes", null));
  /** 0-based row of the "RuleTable NAME" cell (column A): the settings, then an empty row. */
  static final int RULE_TABLE_ROW = SETTINGS.size() + 1;
  /** 0-based row of the column labels; the data rows follow it until an empty row. */
  static final int LABEL_ROW = RULE_TABLE_ROW + 4;
  /**
   * At most this many data rows per table: far more than any real table needs (a PLIE covers one
   * or a few intercommunalities, a few hundred communes at most), small enough that reading,
   * checking and compiling a table stay quick.
   */
  public static final int MAX_ROWS = 2_000;
  /** At most this many characters per cell (the longest reference shipped is under 500). */
  public static final int MAX_CELL_LENGTH = 2_000;

  private static final String DAY = "AssessmentDay";
  private static final String LOOKUP = "$lookup : CommuneLookup";
  private static final String FROM = "onOrAfter(\"$param\")";
  private static final String TO = "onOrBefore(\"$param\")";

  /** The columns each table of a manifest must have, in order, by its key in the manifest. */
  static final Map<String, List<Column>> SCHEMAS = Map.of(
      "communes", List.of(
          condition("Code INSEE", Type.INSEE_CODE, true, LOOKUP, "inseeCode == \"$param\""),
          condition("Valide du", Type.DATE, true, DAY, FROM),
          condition("Valide jusqu'au", Type.DATE, false, null, TO),
          metadata("Commune", Type.TEXT, true, "name"),
          metadata("Code postal", Type.POSTAL_CODE, false, "postalCode"),
          metadata("Référence", Type.TEXT, true, "reference"),
          action("Dans le périmètre", "insert(TableRows.commune(kcontext, $lookup));")),
      "retiredCommunes", List.of(
          condition("Code INSEE retiré", Type.INSEE_CODE, true, LOOKUP, "inseeCode == \"$param\""),
          condition("Retiré le", Type.DATE, true, DAY, FROM),
          metadata("Commune retirée", Type.TEXT, true, "name"),
          metadata("Code INSEE successeur", Type.INSEE_CODE, true, "successorInseeCode"),
          metadata("Commune successeur", Type.TEXT, true, "successorName"),
          metadata("Référence", Type.TEXT, true, "reference"),
          action("Lire comme le successeur", "RetiredCommune $retired = TableRows.retired(kcontext,"
              + " $lookup); insert($retired); insert(new CommuneLookup($retired.successorInseeCode()));")),
      "parameters", List.of(
          metadata("Nom", Type.TEXT, true, "name"),
          metadata("Valeur", Type.NUMBER, true, "value"),
          metadata("Unité", Type.UNIT, true, "unit"),
          condition("Valide du", Type.DATE, true, DAY, FROM),
          condition("Valide jusqu'au", Type.DATE, false, null, TO),
          metadata("Référence", Type.TEXT, true, "reference"),
          action("En vigueur", "insert(TableRows.parameter(kcontext));")),
      "exitRoutes", List.of(
          metadata("Voie", Type.EXIT_ROUTE, true, "route"),
          metadata("Type d'activité", Type.ACTIVITY_TYPE, true, "activityType"),
          metadata("Durée minimale (mois)", Type.WHOLE_NUMBER, true, "minimumMonths"),
          metadata("Fenêtre glissante (mois)", Type.WHOLE_NUMBER, false, "windowMonths"),
          condition("Valide du", Type.DATE, true, DAY, FROM),
          condition("Valide jusqu'au", Type.DATE, false, null, TO),
          metadata("Référence", Type.TEXT, true, "reference"),
          action("Compte pour la voie", "insert(TableRows.routeCondition(kcontext));")));

  /**
   * The analysts' layout of the parameter table (revision 3 on): a « Libellé » column after the
   * name (the parameter in French, checked as required text; the rules still find a parameter by
   * its name) and French units.
   */
  static final List<Column> PARAMETERS_ANALYST = List.of(
      metadata("Nom", Type.TEXT, true, "name"),
      metadata("Libellé", Type.TEXT, true, "label"),
      metadata("Valeur", Type.NUMBER, true, "value"),
      metadata("Unité", Type.UNIT_FR, true, "unit"),
      condition("Valide du", Type.DATE, true, DAY, FROM),
      condition("Valide jusqu'au", Type.DATE, false, null, TO),
      metadata("Référence", Type.TEXT, true, "reference"),
      action("En vigueur", "insert(TableRows.parameter(kcontext));"));

  /**
   * The layouts each kind of table may have, the first being the one of the oldest files; a
   * table's layout is the one whose labels its label row holds (every cell above the data is then
   * checked against that layout). Old files keep being read exactly as they are.
   */
  static final Map<String, List<List<Column>>> LAYOUTS = Map.of(
      "communes", List.of(SCHEMAS.get("communes")),
      "retiredCommunes", List.of(SCHEMAS.get("retiredCommunes")),
      "parameters", List.of(SCHEMAS.get("parameters"), PARAMETERS_ANALYST),
      "exitRoutes", List.of(SCHEMAS.get("exitRoutes")));

  /**
   * The layout of a table of {@code kind} whose label row reads {@code labels}: the one with
   * exactly those labels, else the first (whose labels the check then reports as wrong).
   */
  static List<Column> layout(String kind, List<String> labels) {
    List<List<Column>> layouts = LAYOUTS.get(kind);
    return layouts.stream().filter(l -> labels(l).equals(labels)).findFirst()
        .orElse(layouts.get(0));
  }

  /** The columns of a table read by {@link DecisionTables#read}. */
  static List<Column> columns(Table table) {
    return layout(table.kind(), table.labels());
  }

  static List<String> labels(List<Column> columns) {
    return columns.stream().map(Column::label).toList();
  }

  /** The table kind (manifest key) of each RuleTable name, for checking a table on its own. */
  public static final Map<String, String> KIND_BY_TABLE_NAME = Map.of(
      "Communes", "communes",
      "Codes retirés", "retiredCommunes",
      "Paramètres", "parameters",
      "Voies de sortie", "exitRoutes");

  /** The RuleTable name of a table kind ("Paramètres" for "parameters"). */
  static String tableName(String kind) {
    return KIND_BY_TABLE_NAME.entrySet().stream().filter(e -> e.getValue().equals(kind))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  /** A checked row: its typed values by column label. */
  public record CheckedLine(int row, Map<String, Object> values) {}

  /**
   * Checks every cell of the tables of one file; returns the rows that passed and apply (a row
   * switched off with « non » is checked, not returned).
   */
  public static List<CheckedLine> check(String key, List<Table> tables, List<String> problems) {
    List<CheckedLine> out = new ArrayList<>();
    if (!SCHEMAS.containsKey(key)) {
      problems.add("type de table inconnu '" + key + "' (connus : " + SCHEMAS.keySet() + ")");
      return out;
    }
    for (Table table : tables) {
      List<Column> schema = layout(key, table.labels());
      String where = table.file() + ", feuille '" + Texts.echo(table.sheet()) + "'";
      for (TableLine line : table.lines()) {
        int before = problems.size();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : schema) {
          String cell = line.cells().get(column.label());
          if (column.label().equals("Valeur")
              && CONVENTION_UNIT.equals(line.cells().get("Unité"))) {
            // A convention's value is its name, checked against the conventions of the parameter.
            column = new Column(column.label(), Type.CONVENTION, true, column.kind(),
                column.pattern(), column.template());
            String name = line.cells().get("Nom");
            if (cell != null && !cell.isEmpty()
                && !CONVENTIONS.getOrDefault(name, Set.of()).contains(cell)) {
              problems.add(where + ", ligne " + line.row() + ", colonne 'Valeur' : '" + Texts.echo(cell)
                  + "' n'est pas une convention que les règles connaissent pour '" + name + "'"
                  + (CONVENTIONS.containsKey(name) ? " ; valeurs possibles : " + CONVENTIONS.get(name)
                      : " ; des conventions existent pour " + CONVENTIONS.keySet()));
            }
          }
          Object value = cell(where + ", ligne " + line.row() + ", colonne '" + column.label() + "'",
              column, cell, problems);
          values.put(column.label(), value);
        }
        Object unit = values.get("Unité");
        Object number = values.get("Valeur");
        if (unit != null && number instanceof BigDecimal value && WHOLE_UNITS.contains(unit)
            && value.stripTrailingZeros().scale() > 0) {
          problems.add(where + ", ligne " + line.row() + ", colonne 'Valeur' : '"
              + Texts.echo(line.cells().get("Valeur")) + "' n'est pas un nombre entier de " + unit);
        }
        boolean applies = schema.stream()
            .noneMatch(c -> switchesOff(c, line.cells().get(c.label())));
        if (problems.size() == before && applies) {
          out.add(new CheckedLine(line.row(), values));
        }
      }
    }
    return out;
  }

  private static Object cell(String where, Column column, String cell, List<String> problems) {
    if (cell == null || cell.isEmpty()) {
      if (column.required()) {
        problems.add(where + " : est vide ; une valeur est obligatoire");
      }
      return null;
    }
    String unsafe = unsafe(cell);
    if (unsafe != null) {
      problems.add(where + " : '" + Texts.echo(cell) + "' " + unsafe);
      return null;
    }
    switch (column.type()) {
      case INSEE_CODE -> {
        if (!INSEE_CODE.matcher(cell).matches()) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas un code INSEE de commune (5 caractères, ex. 21231)");
          return null;
        }
      }
      case POSTAL_CODE -> {
        if (!POSTAL_CODE.matcher(cell).matches()) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas un code postal (5 chiffres)");
          return null;
        }
      }
      case DATE -> {
        try {
          return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas une date écrite AAAA-MM-JJ (ex. 2018-01-01)");
          return null;
        }
      }
      case NUMBER -> {
        try {
          return new BigDecimal(cell);
        } catch (NumberFormatException e) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas un nombre"
              + (cell.contains(",") ? " (décimales avec un point : " + cell.replace(',', '.') + ")" : ""));
          return null;
        }
      }
      case WHOLE_NUMBER -> {
        if (!WHOLE_NUMBER.matcher(cell).matches()) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas un nombre entier");
          return null;
        }
        return Integer.valueOf(cell);
      }
      case EXIT_ROUTE -> {
        try {
          return ExitRoute.valueOf(cell);
        } catch (IllegalArgumentException e) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas une voie de sortie ; valeurs possibles : "
              + Arrays.toString(ExitRoute.values()));
          return null;
        }
      }
      case ACTIVITY_TYPE -> {
        try {
          return ActivityType.valueOf(cell);
        } catch (IllegalArgumentException e) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas un type d'activité ; valeurs possibles : "
              + Arrays.toString(ActivityType.values()));
          return null;
        }
      }
      case UNIT, UNIT_FR -> {
        if (!column.type().choices().contains(cell)) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est pas une unité ; valeurs possibles : "
              + column.type().choices());
          return null;
        }
      }
      case YES -> {
        if (YES_VALUES.stream().noneMatch(cell::equalsIgnoreCase)) {
          problems.add(where + " : '" + Texts.echo(cell) + "' n'est ni 'oui' (la ligne s'applique)"
              + " ni 'non' (elle ne s'applique pas)");
          return null;
        }
      }
      case TEXT, CONVENTION -> { }
      default -> throw new IllegalStateException(column.type().name());
    }
    return cell;
  }

  /**
   * Why a cell cannot be given to Drools, whatever its column, or null. Every data cell is put
   * between double quotes in the rules Drools generates: a double quote would end that string and
   * a backslash escape the character after it, letting the rest of the cell be read as code; a
   * line break or an invisible character would hide what the cell holds.
   */
  static String unsafe(String cell) {
    if (cell.length() > MAX_CELL_LENGTH) {
      return "fait " + cell.length() + " caractères ; une cellule en contient au plus " + MAX_CELL_LENGTH;
    }
    if (cell.indexOf('"') >= 0) {
      return "contient un guillemet droit (\"), qu'une table ne peut pas contenir ; utilisez « » ou '";
    }
    if (cell.indexOf('\\') >= 0) {
      return "contient une barre oblique inverse (\\), qu'une table ne peut pas contenir (Drools la"
          + " lirait comme un échappement) ; utilisez /";
    }
    int hidden = cell.codePoints().filter(TableSchemas::invisible).findFirst().orElse(-1);
    if (hidden >= 0) {
      return "contient " + Texts.describe(hidden) + ", qu'une table ne peut pas contenir ; retapez la"
          + " cellule sans lui";
    }
    return null;
  }

  /** Control, format (zero-width, bidirectional), line and paragraph separators, unassigned. */
  private static boolean invisible(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }
}
