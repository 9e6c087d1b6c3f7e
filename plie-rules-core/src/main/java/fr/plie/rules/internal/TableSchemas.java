package fr.plie.rules.internal;

import fr.plie.rules.internal.DecisionTables.Table;
import fr.plie.rules.internal.DecisionTables.TableLine;
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
  /** Units whose values count whole periods. */
  private static final Set<String> WHOLE_UNITS = Set.of("months", "years", "days");
  private static final Set<String> UNITS = Set.of("months", "years", "days", "hours/week",
      "convention");
  /** The unit of a parameter that names a convention instead of a number. */
  public static final String CONVENTION_UNIT = "convention";
  /**
   * The conventions the rules know, by parameter (docs/interpretations.md): a convention is a
   * reading the rules implement, so a table can only choose among those.
   */
  public static final Map<String, Set<String>> CONVENTIONS = Map.of(
      "exit.cumulation.convention", Set.of("workedDays"));

  private TableSchemas() {}

  enum Type { TEXT, INSEE_CODE, POSTAL_CODE, DATE, NUMBER, WHOLE_NUMBER, UNIT, YES, EXIT_ROUTE,
    ACTIVITY_TYPE, CONVENTION }

  record Column(String label, Type type, boolean required) {}

  /** The columns each table of a manifest must have, by its key in the manifest. */
  static final Map<String, List<Column>> SCHEMAS = Map.of(
      "communes", List.of(
          new Column("Code INSEE", Type.INSEE_CODE, true),
          new Column("Valide du", Type.DATE, true),
          new Column("Valide jusqu'au", Type.DATE, false),
          new Column("Commune", Type.TEXT, true),
          new Column("Code postal", Type.POSTAL_CODE, false),
          new Column("Référence", Type.TEXT, true),
          new Column("Dans le périmètre", Type.YES, true)),
      "retiredCommunes", List.of(
          new Column("Code INSEE retiré", Type.INSEE_CODE, true),
          new Column("Retiré le", Type.DATE, true),
          new Column("Commune retirée", Type.TEXT, true),
          new Column("Code INSEE successeur", Type.INSEE_CODE, true),
          new Column("Commune successeur", Type.TEXT, true),
          new Column("Référence", Type.TEXT, true),
          new Column("Lire comme le successeur", Type.YES, true)),
      "parameters", List.of(
          new Column("Nom", Type.TEXT, true),
          new Column("Valeur", Type.NUMBER, true),
          new Column("Unité", Type.UNIT, true),
          new Column("Valide du", Type.DATE, true),
          new Column("Valide jusqu'au", Type.DATE, false),
          new Column("Référence", Type.TEXT, true),
          new Column("En vigueur", Type.YES, true)),
      "exitRoutes", List.of(
          new Column("Voie", Type.EXIT_ROUTE, true),
          new Column("Type d'activité", Type.ACTIVITY_TYPE, true),
          new Column("Durée minimale (mois)", Type.WHOLE_NUMBER, true),
          new Column("Fenêtre glissante (mois)", Type.WHOLE_NUMBER, false),
          new Column("Valide du", Type.DATE, true),
          new Column("Valide jusqu'au", Type.DATE, false),
          new Column("Référence", Type.TEXT, true),
          new Column("Compte pour la voie", Type.YES, true)));

  /** The table kind (manifest key) of each RuleTable name, for checking a table on its own. */
  public static final Map<String, String> KIND_BY_TABLE_NAME = Map.of(
      "Communes", "communes",
      "Codes retirés", "retiredCommunes",
      "Paramètres", "parameters",
      "Voies de sortie", "exitRoutes");

  /** A checked row: its typed values by column label. */
  public record CheckedLine(int row, Map<String, Object> values) {}

  /** Checks every cell of the tables of one file; returns the rows that passed. */
  public static List<CheckedLine> check(String key, List<Table> tables, List<String> problems) {
    List<Column> schema = SCHEMAS.get(key);
    List<CheckedLine> out = new ArrayList<>();
    if (schema == null) {
      problems.add("unknown table kind '" + key + "' (known: " + SCHEMAS.keySet() + ")");
      return out;
    }
    for (Table table : tables) {
      String where = table.file() + ", sheet '" + table.sheet() + "'";
      List<String> missing = new ArrayList<>();
      for (Column column : schema) {
        if (!table.labels().contains(column.label())) {
          missing.add(column.label());
        }
      }
      if (!missing.isEmpty()) {
        problems.add(where + ": missing column(s) " + quoted(missing) + "; the table '"
            + table.name() + "' needs " + quoted(schema.stream().map(Column::label).toList()));
        continue;
      }
      for (TableLine line : table.lines()) {
        int before = problems.size();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : schema) {
          String cell = line.cells().get(column.label());
          if (column.label().equals("Valeur")
              && CONVENTION_UNIT.equals(line.cells().get("Unité"))) {
            // A convention's value is its name, checked against the conventions of the parameter.
            column = new Column(column.label(), Type.CONVENTION, true);
            String name = line.cells().get("Nom");
            if (cell != null && !cell.isEmpty()
                && !CONVENTIONS.getOrDefault(name, Set.of()).contains(cell)) {
              problems.add(where + ", row " + line.row() + ", column 'Valeur': '" + cell
                  + "' is not a convention the rules know for '" + name + "'"
                  + (CONVENTIONS.containsKey(name) ? "; expected one of " + CONVENTIONS.get(name)
                      : "; conventions exist for " + CONVENTIONS.keySet()));
            }
          }
          Object value = cell(where + ", row " + line.row() + ", column '" + column.label() + "'",
              column, cell, problems);
          values.put(column.label(), value);
        }
        Object unit = values.get("Unité");
        Object number = values.get("Valeur");
        if (unit != null && number instanceof BigDecimal value && WHOLE_UNITS.contains(unit)
            && value.stripTrailingZeros().scale() > 0) {
          problems.add(where + ", row " + line.row() + ", column 'Valeur': '"
              + line.cells().get("Valeur") + "' is not a whole number of " + unit);
        }
        if (problems.size() == before) {
          out.add(new CheckedLine(line.row(), values));
        }
      }
    }
    return out;
  }

  private static Object cell(String where, Column column, String cell, List<String> problems) {
    if (cell == null || cell.isEmpty()) {
      if (column.required()) {
        problems.add(where + ": is empty; a value is required");
      }
      return null;
    }
    if (cell.contains("\"")) {
      problems.add(where + ": '" + cell + "' contains a double quote (\"), which a table cannot hold;"
          + " use « » or ' instead");
      return null;
    }
    switch (column.type()) {
      case INSEE_CODE -> {
        if (!INSEE_CODE.matcher(cell).matches()) {
          problems.add(where + ": '" + cell + "' is not an INSEE commune code (5 characters, e.g. 21231)");
          return null;
        }
      }
      case POSTAL_CODE -> {
        if (!POSTAL_CODE.matcher(cell).matches()) {
          problems.add(where + ": '" + cell + "' is not a postal code (5 digits)");
          return null;
        }
      }
      case DATE -> {
        try {
          return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
          problems.add(where + ": '" + cell + "' is not a date written YYYY-MM-DD (e.g. 2018-01-01)");
          return null;
        }
      }
      case NUMBER -> {
        try {
          return new BigDecimal(cell);
        } catch (NumberFormatException e) {
          problems.add(where + ": '" + cell + "' is not a number"
              + (cell.contains(",") ? " (write decimals with a dot: " + cell.replace(',', '.') + ")" : ""));
          return null;
        }
      }
      case WHOLE_NUMBER -> {
        if (!WHOLE_NUMBER.matcher(cell).matches()) {
          problems.add(where + ": '" + cell + "' is not a whole number");
          return null;
        }
        return Integer.valueOf(cell);
      }
      case EXIT_ROUTE -> {
        try {
          return ExitRoute.valueOf(cell);
        } catch (IllegalArgumentException e) {
          problems.add(where + ": '" + cell + "' is not an exit route; expected one of "
              + Arrays.toString(ExitRoute.values()));
          return null;
        }
      }
      case ACTIVITY_TYPE -> {
        try {
          return ActivityType.valueOf(cell);
        } catch (IllegalArgumentException e) {
          problems.add(where + ": '" + cell + "' is not an activity type; expected one of "
              + Arrays.toString(ActivityType.values()));
          return null;
        }
      }
      case UNIT -> {
        if (!UNITS.contains(cell)) {
          problems.add(where + ": '" + cell + "' is not a unit; expected one of " + UNITS);
          return null;
        }
      }
      case YES -> {
        if (!cell.equalsIgnoreCase("oui")) {
          problems.add(where + ": '" + cell + "' should be 'oui' (an empty or other value would"
              + " silently disable the row)");
          return null;
        }
      }
      case TEXT, CONVENTION -> { }
      default -> throw new IllegalStateException(column.type().name());
    }
    return cell;
  }

  private static String quoted(List<String> labels) {
    return labels.stream().map(l -> "'" + l + "'").toList().toString();
  }
}
