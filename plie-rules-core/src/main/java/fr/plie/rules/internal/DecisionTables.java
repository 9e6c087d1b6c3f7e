package fr.plie.rules.internal;

import fr.plie.rules.internal.TableSchemas.Column;
import fr.plie.rules.internal.TableSchemas.Setting;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.model.DRLOutput;
import org.drools.template.parser.DataListener;

/**
 * Reads the analysts' XLSX decision tables the way an analyst sees them (sheet, row, column label,
 * the value as typed), so that every problem can be reported in those terms, and compiles them
 * with drools-decisiontables.
 *
 * <p>Layout of a RuleTable (Drools' own): the settings (RuleSet, Import...), the cell
 * {@code RuleTable NAME}, then the row of column kinds (CONDITION, ACTION, METADATA), the row of
 * fact patterns, the row of code templates, the row of column labels (what analysts read), then
 * one row per rule until an empty row. Everything but the data rows becomes code, so every such
 * cell must be exactly what {@link TableSchemas} says for the table's kind, and nothing else may
 * be in the workbook. Drools is then given those expected cells and the checked data cells, never
 * the workbook itself: what it compiles is only what was checked.
 */
public final class DecisionTables {
  /** Problems listed per file; beyond, a count (a broken table need not drown its report). */
  static final int MAX_PROBLEMS_PER_FILE = 50;

  private DecisionTables() {}

  /** A table as the analyst sees it: its data rows, their cells by column label. */
  public record Table(String file, String sheet, String name, String kind, List<String> labels,
      List<TableLine> lines) {}

  /** One data row: its spreadsheet row number (1-based, as shown) and its cells by column label. */
  public record TableLine(int row, Map<String, String> cells) {}

  /** A cell's text, or why it cannot be read as text. */
  private record Text(String value, String problem) {}

  /**
   * Reads the table of a workbook and checks every cell that is not a data cell: the settings,
   * the RuleTable name, the kinds, patterns, templates and labels of its columns, the merged
   * cells; and that nothing else is in the workbook. Data cells are returned as text, for
   * {@link TableSchemas#check}.
   *
   * @param kind the table kind expected (its key in the manifest), or null to take it from the
   *     RuleTable name
   * @return the table, or null when it cannot be read at all (the reason is in problems)
   */
  public static Table read(String file, byte[] bytes, String kind, List<String> problems) {
    List<String> found = new ArrayList<>();
    Table table;
    try (XSSFWorkbook workbook = Workbooks.open(file, bytes, found)) {
      table = workbook == null ? null : read(file, workbook, kind, found);
    } catch (IOException e) {
      table = null;
    }
    addCapped(file, found, problems);
    return table;
  }

  private static Table read(String file, XSSFWorkbook workbook, String kind, List<String> problems) {
    if (workbook.getNumberOfSheets() == 0) {
      problems.add(file + " : n'a pas de feuille");
      return null;
    }
    for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
      Sheet other = workbook.getSheetAt(s);
      Map<CellAddress, Text> cells = cells(other);
      if (!cells.isEmpty()) {
        problems.add(file + ", feuille '" + Texts.echo(other.getSheetName()) + "' : un classeur de"
            + " table n'a qu'une feuille, sa table ; supprimez cette feuille (elle contient '"
            + Texts.echo(shown(cells.values().iterator().next())) + "' en cellule "
            + cells.keySet().iterator().next() + ")");
      }
    }
    Sheet sheet = workbook.getSheetAt(0);
    String where = file + ", feuille '" + Texts.echo(sheet.getSheetName()) + "'";
    Map<CellAddress, Text> cells = cells(sheet);
    Layout layout = new Layout(where, cells, problems);

    CellAddress nameCell = new CellAddress(TableSchemas.RULE_TABLE_ROW, 0);
    if (kind == null) {
      Text text = cells.get(nameCell);
      String name = text == null || text.value() == null ? "" : text.value();
      kind = name.startsWith("RuleTable ")
          ? TableSchemas.KIND_BY_TABLE_NAME.get(name.substring("RuleTable ".length()).trim()) : null;
      if (kind == null) {
        problems.add(where + ", cellule " + nameCell + " : '" + Texts.echo(name) + "' n'est pas une"
            + " table de la bibliothèque ; attendu l'une de " + TableSchemas.KIND_BY_TABLE_NAME.keySet().stream()
                .map(n -> "'RuleTable " + n + "'").toList());
        return null;
      }
    }
    // The layout is chosen by the labels (a kind may have several, TableSchemas.LAYOUTS); every
    // cell above the data is then checked against it.
    List<String> labelRow = new ArrayList<>();
    for (int c = 0; cells.containsKey(new CellAddress(TableSchemas.LABEL_ROW, c)); c++) {
      Text label = cells.get(new CellAddress(TableSchemas.LABEL_ROW, c));
      labelRow.add(label.value() == null ? "" : label.value());
    }
    List<Column> columns = TableSchemas.layout(kind, labelRow);
    String name = TableSchemas.tableName(kind);

    // The settings, one per row, then an empty row, then the RuleTable cell.
    for (int r = 0; r < TableSchemas.SETTINGS.size(); r++) {
      Setting setting = TableSchemas.SETTINGS.get(r);
      layout.expect(r, 0, setting.name(), "le réglage");
      if (setting.freeText()) {
        layout.freeText(r, 1, "le réglage " + setting.name());
      } else {
        layout.expect(r, 1, setting.value(), "la valeur de " + setting.name());
      }
      layout.expectEmptyFrom(r, 2);
    }
    layout.expectEmptyFrom(TableSchemas.RULE_TABLE_ROW - 1, 0);
    layout.expect(TableSchemas.RULE_TABLE_ROW, 0, "RuleTable " + name, "le nom de la table");
    layout.expectEmptyFrom(TableSchemas.RULE_TABLE_ROW, 1);

    // Per column: its kind, the pattern it opens, its template, its label.
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      String of = " de la colonne '" + column.label() + "'";
      layout.expect(TableSchemas.RULE_TABLE_ROW + 1, c, column.kind(), "le type" + of);
      layout.expect(TableSchemas.RULE_TABLE_ROW + 2, c,
          column.pattern() == null ? "" : column.pattern(), "le motif de faits" + of);
      layout.expect(TableSchemas.RULE_TABLE_ROW + 3, c, column.template(), "le modèle de code" + of);
      layout.expect(TableSchemas.LABEL_ROW, c, column.label(), "le titre" + of);
    }
    for (int r = TableSchemas.RULE_TABLE_ROW + 1; r <= TableSchemas.LABEL_ROW; r++) {
      layout.expectEmptyFrom(r, columns.size());
    }
    mergedCells(where, sheet, columns, problems);

    // The data rows, until the first empty one; nothing may follow it.
    List<TableLine> lines = new ArrayList<>();
    int r = TableSchemas.LABEL_ROW + 1;
    for (; layout.anyIn(r, 0, columns.size()); r++) {
      if (lines.size() == TableSchemas.MAX_ROWS) {
        problems.add(where + " : la table '" + name + "' a plus de " + TableSchemas.MAX_ROWS
            + " lignes ; une table en a au plus " + TableSchemas.MAX_ROWS);
        return new Table(file, sheet.getSheetName(), name, kind, labels(columns), lines);
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        values.put(columns.get(c).label(), layout.data(r, c, columns.get(c).label()));
      }
      layout.expectEmptyFrom(r, columns.size());
      lines.add(new TableLine(r + 1, values));
    }
    CellAddress after = layout.firstFrom(r);
    if (after != null) {
      problems.add(where + ", cellule " + after + " : la table '" + name + "' finit à la ligne "
          + (r + 1) + " (sa première ligne vide) et rien ne peut la suivre ; supprimez la ligne vide"
          + " ou déplacez cette cellule dans la table");
    }
    return new Table(file, sheet.getSheetName(), name, kind, labels(columns), lines);
  }

  private static List<String> labels(List<Column> columns) {
    return TableSchemas.labels(columns);
  }

  /**
   * The object-type cells of a pattern spanning several columns are merged, as Drools reads them;
   * no other cell may be merged (a merged cell repeats its value in every cell it covers).
   */
  private static void mergedCells(String where, Sheet sheet, List<Column> columns,
      List<String> problems) {
    Set<String> expected = new TreeSet<>();
    for (CellRangeAddress span : patternSpans(columns)) {
      expected.add(span.formatAsString());
    }
    Set<String> actual = new TreeSet<>();
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      actual.add(merged.formatAsString());
    }
    for (String missing : expected) {
      if (!actual.contains(missing)) {
        problems.add(where + " : les cellules " + missing + " doivent être fusionnées (un seul motif"
            + " de faits pour les colonnes dessous)");
      }
    }
    for (String extra : actual) {
      if (!expected.contains(extra)) {
        problems.add(where + " : les cellules " + extra + " ne doivent pas être fusionnées");
      }
    }
  }

  /** The columns whose patterns are merged: an opening column and those that continue it. */
  static List<CellRangeAddress> patternSpans(List<Column> columns) {
    List<CellRangeAddress> spans = new ArrayList<>();
    int row = TableSchemas.RULE_TABLE_ROW + 2;
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).pattern() == null || columns.get(c).pattern().isEmpty()) {
        continue;
      }
      int last = c;
      while (last + 1 < columns.size() && columns.get(last + 1).pattern() == null) {
        last++;
      }
      if (last > c) {
        spans.add(new CellRangeAddress(row, row, c, last));
      }
    }
    return spans;
  }

  /** The cells of a sheet the layout is checked against, and what it finds. */
  private static final class Layout {
    private final String where;
    private final TreeMap<CellAddress, Text> cells;
    private final List<String> problems;

    Layout(String where, Map<CellAddress, Text> cells, List<String> problems) {
      this.where = where;
      this.cells = new TreeMap<>(cells);
      this.problems = problems;
    }

    private String at(int row, int column) {
      return where + ", ligne " + (row + 1) + ", colonne " + CellReference.convertNumToColString(column);
    }

    /** A control cell: exactly {@code expected} (empty: no cell). */
    void expect(int row, int column, String expected, String what) {
      Text text = cells.remove(new CellAddress(row, column));
      if (text != null && text.problem() != null) {
        problems.add(at(row, column) + " (" + what + ") : " + text.problem() + " ; elle doit valoir '"
            + expected + "'");
      } else if (!(text == null ? "" : text.value()).equals(expected)) {
        problems.add(at(row, column) + " (" + what + ") : "
            + (text == null ? "est vide" : "vaut '" + Texts.echo(text.value()) + "'")
            + " ; la bibliothèque attend " + (expected.isEmpty() ? "qu'elle soit vide"
                : "'" + expected + "'")
            + " (les lignes 1 à " + (TableSchemas.LABEL_ROW + 1) + " sont fixes : Drools en fait du"
            + " code)");
      }
    }

    /** Free text that Drools is never given (Notes): only checked to be plain text. */
    void freeText(int row, int column, String what) {
      Text text = cells.remove(new CellAddress(row, column));
      String problem = text == null ? null
          : text.problem() != null ? text.problem() : TableSchemas.unsafe(text.value());
      if (problem != null) {
        problems.add(at(row, column) + " (" + what + ") : " + problem);
      }
    }

    /** A data cell's text ("" when empty); a cell that is not text is reported. */
    String data(int row, int column, String label) {
      Text text = cells.remove(new CellAddress(row, column));
      if (text == null) {
        return "";
      }
      if (text.problem() != null) {
        problems.add(where + ", ligne " + (row + 1) + ", colonne '" + label + "' : "
            + (text.value() == null ? "" : "'" + Texts.echo(text.value()) + "' ") + text.problem());
      }
      return text.value() == null ? "" : text.value();
    }

    /** Nothing from {@code column} on in that row. */
    void expectEmptyFrom(int row, int column) {
      List<CellAddress> outside = List.copyOf(
          cells.subMap(new CellAddress(row, column), new CellAddress(row + 1, 0)).keySet());
      for (CellAddress address : outside) {
        Text text = cells.remove(address);
        problems.add(at(row, address.getColumn()) + " : '" + Texts.echo(shown(text))
            + "' est hors de la table ; cette cellule doit être vide");
      }
    }

    boolean anyIn(int row, int from, int to) {
      for (int c = from; c < to; c++) {
        if (cells.containsKey(new CellAddress(row, c))) {
          return true;
        }
      }
      return false;
    }

    /** The first cell not yet accounted for from that row on, or null. */
    CellAddress firstFrom(int row) {
      return cells.ceilingKey(new CellAddress(row, 0));
    }
  }

  /** Every cell of the sheet that is not empty, by address, in reading order. */
  private static Map<CellAddress, Text> cells(Sheet sheet) {
    Map<CellAddress, Text> cells = new TreeMap<>();
    DataFormatter formatter = new DataFormatter();
    for (Row row : sheet) {
      for (Cell cell : row) {
        Text text = text(cell, formatter);
        if (text != null) {
          cells.put(cell.getAddress(), text);
        }
      }
    }
    return cells;
  }

  /**
   * The text of a cell, as typed: text as is (trimmed), a number written plainly. A formula is
   * never evaluated, and a spreadsheet date or a TRUE/FALSE is reported: tables hold text.
   */
  private static Text text(Cell cell, DataFormatter formatter) {
    return switch (cell.getCellType()) {
      case STRING -> {
        String value = cell.getStringCellValue().trim();
        yield value.isEmpty() ? null : new Text(value, null);
      }
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? new Text(formatter.formatCellValue(cell), "est une date du tableur ; tapez-la comme"
              + " texte AAAA-MM-JJ (ex. 2018-01-01)")
          : new Text(plain(cell.getNumericCellValue()), null);
      case FORMULA -> new Text("=" + cell.getCellFormula(), "est une formule ; tapez la valeur"
          + " elle-même (les formules ne sont pas lues)");
      case BOOLEAN -> new Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE", "est un"
          + " VRAI/FAUX du tableur ; tapez la valeur comme texte");
      case ERROR -> new Text(null, "contient une erreur du tableur");
      default -> null;
    };
  }

  private static String plain(double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      return String.valueOf(number);
    }
    String text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    return text.length() > TableSchemas.MAX_CELL_LENGTH ? String.valueOf(number) : text;
  }

  private static String shown(Text text) {
    return text == null ? "" : text.value() == null ? text.problem() : text.value();
  }

  /** Adds at most {@link #MAX_PROBLEMS_PER_FILE} problems of one file, then how many more. */
  public static void addCapped(String file, List<String> found, List<String> problems) {
    if (found.size() <= MAX_PROBLEMS_PER_FILE) {
      problems.addAll(found);
      return;
    }
    problems.addAll(found.subList(0, MAX_PROBLEMS_PER_FILE));
    problems.add(file + " : " + (found.size() - MAX_PROBLEMS_PER_FILE) + " autre(s) problème(s)"
        + " non listé(s) ; corrigez d'abord ceux-ci");
  }

  /**
   * The DRL Drools generates from a checked table: Drools' own decision-table reader is given the
   * cells the library expects above the labels and the table's data cells, at the rows where the
   * workbook has them (rule names and priorities follow the row numbers).
   *
   * @throws IllegalStateException if a data cell is unsafe: the table was not checked
   */
  public static String compile(Table table) {
    List<Column> columns = TableSchemas.columns(table);
    DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
    Grid grid = new Grid(listener);
    for (int r = 0; r < TableSchemas.SETTINGS.size(); r++) {
      Setting setting = TableSchemas.SETTINGS.get(r);
      grid.row(r);
      if (!setting.freeText()) {
        grid.cell(0, setting.name());
        grid.cell(1, setting.value());
      }
    }
    grid.row(TableSchemas.RULE_TABLE_ROW);
    grid.cell(0, "RuleTable " + TableSchemas.tableName(table.kind()));
    grid.row(TableSchemas.RULE_TABLE_ROW + 1);
    for (int c = 0; c < columns.size(); c++) {
      grid.cell(c, columns.get(c).kind());
    }
    grid.row(TableSchemas.RULE_TABLE_ROW + 2);
    Map<Integer, Integer> mergedFrom = new TreeMap<>();
    for (CellRangeAddress span : patternSpans(columns)) {
      for (int c = span.getFirstColumn(); c <= span.getLastColumn(); c++) {
        mergedFrom.put(c, span.getFirstColumn());
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      Integer first = mergedFrom.get(c);
      if (first != null) {
        // Drools reads every cell of a merged range as holding the first cell's value.
        grid.merged(c, columns.get(first).pattern(), first);
      } else if (columns.get(c).pattern() != null) {
        grid.cell(c, columns.get(c).pattern());
      }
    }
    grid.row(TableSchemas.RULE_TABLE_ROW + 3);
    for (int c = 0; c < columns.size(); c++) {
      grid.cell(c, columns.get(c).template());
    }
    grid.row(TableSchemas.LABEL_ROW);
    for (int c = 0; c < columns.size(); c++) {
      grid.cell(c, columns.get(c).label());
    }
    for (TableLine line : table.lines()) {
      if (columns.stream().anyMatch(c -> TableSchemas.switchesOff(c,
          line.cells().getOrDefault(c.label(), "")))) {
        // « non »: the row stays in the table for the analysts, Drools never gets it.
        continue;
      }
      grid.row(line.row() - 1);
      for (int c = 0; c < columns.size(); c++) {
        String value = line.cells().getOrDefault(columns.get(c).label(), "");
        if (!value.isEmpty() && TableSchemas.unsafe(value) != null) {
          throw new IllegalStateException(table.file() + ", row " + line.row() + ": unchecked cell");
        }
        grid.cell(c, value);
      }
    }
    listener.finishSheet();
    DRLOutput out = new DRLOutput();
    listener.getRuleSet().renderDRL(out);
    return out.getDRL();
  }

  /** Feeds Drools' reader row by row, as its spreadsheet parser does. */
  private static final class Grid {
    private final DataListener listener;
    private int next;
    private int row = -1;

    Grid(DataListener listener) {
      this.listener = listener;
    }

    void row(int index) {
      while (next <= index) {
        listener.newRow(next++, 0);
      }
      row = index;
    }

    void cell(int column, String value) {
      if (!value.isEmpty()) {
        listener.newCell(row, column, value, DataListener.NON_MERGED);
      }
    }

    void merged(int column, String value, int firstColumn) {
      listener.newCell(row, column, value, firstColumn);
    }
  }
}
