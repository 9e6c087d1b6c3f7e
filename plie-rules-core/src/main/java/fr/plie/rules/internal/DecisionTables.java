package fr.plie.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Reads the analysts' XLSX decision tables the way an analyst sees them (sheet, row, column label,
 * the value as displayed), so that every problem can be reported in those terms before Drools
 * compiles the table; and compiles them with drools-decisiontables.
 *
 * <p>Layout of a RuleTable (Drools' own): the cell {@code RuleTable NAME}, then the row of column
 * kinds (CONDITION, ACTION, METADATA), the row of fact patterns, the row of templates, the row of
 * column labels (what analysts read), then one row per rule until an empty row.
 */
public final class DecisionTables {
  private DecisionTables() {}

  /** One RuleTable as the analyst sees it. */
  public record Table(String file, String sheet, String name, int labelRow, List<String> labels,
      List<String> kinds, List<TableLine> lines) {}

  /** One data row: its spreadsheet row number (1-based, as shown) and its cells by column label. */
  public record TableLine(int row, Map<String, String> cells) {}

  public static List<Table> read(String file, byte[] bytes, List<String> problems) {
    List<Table> tables = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      DataFormatter formatter = new DataFormatter();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            String text = formatter.formatCellValue(cell).trim();
            if (text.startsWith("RuleTable ")) {
              tables.add(table(file, sheet, row.getRowNum(), cell.getColumnIndex(),
                  text.substring("RuleTable ".length()).trim(), formatter, problems));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": not a readable XLSX workbook (" + e.getMessage() + ")");
    }
    if (tables.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": no 'RuleTable' found in any sheet");
    }
    return tables;
  }

  private static Table table(String file, Sheet sheet, int headerRow, int firstColumn, String name,
      DataFormatter formatter, List<String> problems) {
    Row kindsRow = sheet.getRow(headerRow + 1);
    Row labelsRow = sheet.getRow(headerRow + 4);
    List<String> kinds = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    if (kindsRow == null || labelsRow == null) {
      problems.add(file + ", sheet '" + sheet.getSheetName() + "': the table '" + name
          + "' lacks its header rows (kinds, patterns, templates, labels)");
      return new Table(file, sheet.getSheetName(), name, headerRow + 5, labels, kinds, List.of());
    }
    for (int c = firstColumn; c < kindsRow.getLastCellNum(); c++) {
      String kind = text(kindsRow.getCell(c), formatter);
      if (kind.isEmpty()) {
        break;
      }
      kinds.add(kind);
      labels.add(text(labelsRow.getCell(c), formatter));
    }
    List<TableLine> lines = new ArrayList<>();
    for (int r = headerRow + 5; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Map<String, String> cells = new LinkedHashMap<>();
      boolean empty = true;
      for (int i = 0; i < labels.size(); i++) {
        Cell cell = row == null ? null : row.getCell(firstColumn + i);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
          problems.add(file + ", sheet '" + sheet.getSheetName() + "', row " + (r + 1)
              + ", column '" + labels.get(i) + "': '" + formatter.formatCellValue(cell)
              + "' is a spreadsheet date; type it as text YYYY-MM-DD (e.g. 2018-01-01)");
        }
        String value = text(cell, formatter);
        empty &= value.isEmpty();
        cells.put(labels.get(i), value);
      }
      if (empty) {
        break;
      }
      lines.add(new TableLine(r + 1, cells));
    }
    return new Table(file, sheet.getSheetName(), name, headerRow + 5, labels, kinds, lines);
  }

  private static String text(Cell cell, DataFormatter formatter) {
    return cell == null ? "" : formatter.formatCellValue(cell).trim();
  }

  /** The DRL Drools generates from the workbook. */
  public static String compile(byte[] bytes) {
    return new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.XLS);
  }
}
