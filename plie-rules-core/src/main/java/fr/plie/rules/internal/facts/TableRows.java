package fr.plie.rules.internal.facts;

import fr.plie.rules.internal.TableSchemas;
import fr.plie.rules.model.ActivityType;
import fr.plie.rules.model.ExitRoute;
import java.math.BigDecimal;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the rows of the analysts' decision tables insert. A row's data cells are the rule's
 * metadata (METADATA columns), so a row is self-contained and the fact it inserts records the row
 * it came from.
 */
public final class TableRows {
  private TableRows() {}

  /** A row of the commune table: the looked-up commune is in the perimeter that day. */
  public static PerimeterCommune commune(RuleContext rule, CommuneLookup lookup) {
    Map<String, Object> cells = rule.getRule().getMetaData();
    return new PerimeterCommune(lookup.inseeCode(), text(cells, "name"), text(cells, "postalCode"),
        text(cells, "reference"), TableRow.of(rule.getRule().getName()));
  }

  /** A row of the retired-codes table: the looked-up code is retired that day. */
  public static RetiredCommune retired(RuleContext rule, CommuneLookup lookup) {
    Map<String, Object> cells = rule.getRule().getMetaData();
    return new RetiredCommune(lookup.inseeCode(), text(cells, "name"),
        text(cells, "successorInseeCode"), text(cells, "successorName"), text(cells, "reference"),
        TableRow.of(rule.getRule().getName()));
  }

  /** A row of the parameter table in force that day. */
  public static Parameter parameter(RuleContext rule) {
    Map<String, Object> cells = rule.getRule().getMetaData();
    String unit = text(cells, "unit");
    if (TableSchemas.CONVENTION_UNIT.equals(unit)) {
      return new Parameter(text(cells, "name"), null, unit, text(cells, "reference"),
          TableRow.of(rule.getRule().getName()), text(cells, "value"));
    }
    return new Parameter(text(cells, "name"), new BigDecimal(text(cells, "value")),
        unit, text(cells, "reference"), TableRow.of(rule.getRule().getName()));
  }

  /** A row of the exit-route table in force that day: a type of activity that counts for a route. */
  public static RouteCondition routeCondition(RuleContext rule) {
    Map<String, Object> cells = rule.getRule().getMetaData();
    String window = text(cells, "windowMonths");
    return new RouteCondition(ExitRoute.valueOf(text(cells, "route")),
        ActivityType.valueOf(text(cells, "activityType")),
        Integer.parseInt(text(cells, "minimumMonths")),
        window == null || window.isEmpty() ? null : Integer.valueOf(window),
        text(cells, "reference"), TableRow.of(rule.getRule().getName()));
  }

  private static String text(Map<String, Object> cells, String key) {
    Object value = cells.get(key);
    return value == null ? null : value.toString();
  }
}
