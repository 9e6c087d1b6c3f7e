package fr.plie.rules.internal;

import fr.plie.rules.internal.TableSchemas.Column;
import fr.plie.rules.internal.TableSchemas.Setting;
import fr.plie.rules.internal.TableSchemas.Type;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The analysts' layout of a decision table (revision 3 on): the same cells as Drools' layout
 * ({@link TableSchemas}), presented so that a spreadsheet program guides the analyst.
 *
 * <ul>
 *   <li>the rows Drools turns into code (settings, {@code RuleTable}, kinds, patterns,
 *       templates) are hidden; the notes and the labels stay visible, locked;
 *   <li>the sheet is protected without a password: protection prevents accidents, it is no
 *       guard (anyone can lift it); the guard is the check of every control cell against
 *       {@link TableSchemas} before anything compiles (docs/security.md);
 *   <li>the data cells, and {@link #SPARE_ROWS} empty rows below them, are unlocked and formatted
 *       as text ("@"), so that {@code 2019-03-01} or {@code 17.50} typed in a new row stays text;
 *   <li>drop-down lists (data validations) on the columns of a closed vocabulary: units, routes,
 *       activity types, {@code oui}, and each convention parameter's value;
 *   <li>a comment on each label saying what to type, in which format, and whether it is required.
 * </ul>
 *
 * <p>Formatting never changes what the library reads: the reader takes cell values only, and
 * stops at the first row without a value (styled empty cells have none).
 */
public final class AnalystWorkbook {
  /** Empty rows kept formatted below the data, to type new rows in. */
  public static final int SPARE_ROWS = 50;
  /** The 0-based row of the notes (the free-text setting), shown to analysts. */
  static final int NOTES_ROW = notesRow();
  private static final short TEXT_FORMAT = (short) BuiltinFormats.getBuiltinFormat("@");
  /** What a column holds beyond its type, for its label's comment. */
  private static final Map<String, String> HINTS = Map.ofEntries(
      Map.entry("Nom", "Nom du paramètre tel que les règles le lisent (ne pas le traduire ni le"
          + " renommer)."),
      Map.entry("Libellé", "Le paramètre en français, pour les lecteurs de la table (les règles"
          + " ne le lisent pas)."),
      Map.entry("Valeur", "Pour l'unité « convention », le nom d'une convention que les règles"
          + " connaissent (liste sur la ligne)."),
      Map.entry("Valide du", "Premier jour où la ligne s'applique."),
      Map.entry("Valide jusqu'au", "Dernier jour où la ligne s'applique (inclus) ; vide = sans"
          + " fin."),
      Map.entry("Retiré le", "Premier jour où le code n'est plus en usage."),
      Map.entry("Code INSEE", "La résidence se décide sur ce code, jamais sur le code postal."),
      Map.entry("Référence", "Le texte qui fonde la ligne : paragraphe de l'appel à projets"
          + " (ex. AAP PLIE Dijon 2018 §I.C.2), source INSEE, convention documentée."),
      Map.entry("Fenêtre glissante (mois)", "Obligatoire pour INTERIM et CDD (les activités se"
          + " cumulent dans cette fenêtre) ; vide pour les autres voies."),
      Map.entry("Durée minimale (mois)", "0 seulement pour FORMATION_QUALIFIANTE (comptée dès"
          + " son premier jour)."));

  private AnalystWorkbook() {}

  private static int notesRow() {
    for (int r = 0; r < TableSchemas.SETTINGS.size(); r++) {
      if (TableSchemas.SETTINGS.get(r).freeText()) {
        return r;
      }
    }
    throw new IllegalStateException("no Notes setting");
  }

  /**
   * A table workbook in the analysts' layout, built from nothing but {@link TableSchemas} and the
   * data: every cell above the data is the one the library expects.
   *
   * @param kind the table kind (its key in a manifest)
   * @param labels the labels of the layout to use (one of {@link TableSchemas#LAYOUTS} for kind)
   * @param notes the analysts' notes about the table (row {@code NOTES_ROW + 1})
   * @param rows the data rows, their cells by label (a missing or empty value leaves the cell
   *     empty)
   */
  public static byte[] build(String kind, List<String> labels, String notes,
      List<Map<String, String>> rows) {
    List<Column> columns = TableSchemas.layout(kind, labels);
    if (!TableSchemas.labels(columns).equals(labels)) {
      throw new IllegalArgumentException("no layout of " + kind + " has the labels " + labels);
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet(TableSchemas.tableName(kind));
      for (int r = 0; r < TableSchemas.SETTINGS.size(); r++) {
        Setting setting = TableSchemas.SETTINGS.get(r);
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(setting.name());
        row.createCell(1).setCellValue(setting.freeText() ? notes : setting.value());
      }
      sheet.createRow(TableSchemas.RULE_TABLE_ROW).createCell(0)
          .setCellValue("RuleTable " + TableSchemas.tableName(kind));
      Row kinds = sheet.createRow(TableSchemas.RULE_TABLE_ROW + 1);
      Row patterns = sheet.createRow(TableSchemas.RULE_TABLE_ROW + 2);
      Row templates = sheet.createRow(TableSchemas.RULE_TABLE_ROW + 3);
      Row labelRow = sheet.createRow(TableSchemas.LABEL_ROW);
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        kinds.createCell(c).setCellValue(column.kind());
        // Every cell of the pattern row exists, the merged ones included: Drools' reader learns
        // that a column continues the pattern on its left from the (empty) cell it reads there.
        Cell pattern = patterns.createCell(c);
        if (column.pattern() != null && !column.pattern().isEmpty()) {
          pattern.setCellValue(column.pattern());
        }
        templates.createCell(c).setCellValue(column.template());
        labelRow.createCell(c).setCellValue(column.label());
      }
      for (CellRangeAddress span : DecisionTables.patternSpans(columns)) {
        sheet.addMergedRegion(span);
      }
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(TableSchemas.LABEL_ROW + 1 + i);
        for (int c = 0; c < columns.size(); c++) {
          String value = rows.get(i).get(columns.get(c).label());
          if (value != null && !value.isEmpty()) {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      apply(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the table's sheet is in the analysts' layout (protected). */
  public static boolean isAnalystLayout(XSSFWorkbook workbook) {
    return workbook.getNumberOfSheets() > 0 && workbook.getSheetAt(0).isSheetLocked();
  }

  /**
   * Lays out (again) the table of the first sheet for analysts: after an edit, the rows added are
   * formatted as data, {@link #SPARE_ROWS} empty rows follow the data, the drop-down lists cover
   * the new rows. Only styles, comments, validations, hidden rows and protection change; no
   * value does.
   *
   * @return false (and nothing changed) when the first sheet holds no table of the library
   */
  public static boolean apply(XSSFWorkbook workbook) {
    if (workbook.getNumberOfSheets() == 0) {
      return false;
    }
    XSSFSheet sheet = workbook.getSheetAt(0);
    String kind = kind(sheet);
    if (kind == null) {
      return false;
    }
    List<String> labels = new ArrayList<>();
    Row labelRow = sheet.getRow(TableSchemas.LABEL_ROW);
    for (int c = 0; labelRow != null && text(labelRow.getCell(c)) != null; c++) {
      labels.add(text(labelRow.getCell(c)));
    }
    List<Column> columns = TableSchemas.layout(kind, labels);
    Styles styles = new Styles(workbook);

    // Drools' rows hidden, the notes and the labels shown and locked.
    for (int r = 0; r < TableSchemas.LABEL_ROW; r++) {
      Row row = row(sheet, r);
      row.setZeroHeight(r != NOTES_ROW);
      for (Cell cell : row) {
        CellUtil.setCellStylePropertiesEnum(cell, styles.locked);
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      Cell label = CellUtil.getCell(row(sheet, TableSchemas.LABEL_ROW), c);
      CellUtil.setCellStylePropertiesEnum(label, styles.label);
      if (label.getCellComment() == null) {
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor(workbook, c));
        comment.setString(workbook.getCreationHelper().createRichTextString(note(columns.get(c))));
        comment.setAuthor("plie-rules");
        label.setCellComment(comment);
      }
      sheet.setColumnWidth(c, 256 * width(columns.get(c)));
    }

    // The data rows (until the first row without a value, as the reader stops there), then the
    // spare rows, unlocked and as text; the same style as the columns' default below them.
    int first = TableSchemas.LABEL_ROW + 1;
    int end = first;
    while (end < first + TableSchemas.MAX_ROWS && hasValue(sheet.getRow(end), columns.size())) {
      end++;
    }
    int last = Math.min(end + SPARE_ROWS, Workbooks.MAX_SHEET_ROWS) - 1;
    CellStyle data = null;
    for (int r = first; r <= last; r++) {
      Row row = row(sheet, r);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = CellUtil.getCell(row, c);
        CellUtil.setCellStylePropertiesEnum(cell, styles.data);
        data = cell.getCellStyle();
      }
      row.setRowStyle(data);
    }
    for (int c = 0; c < columns.size(); c++) {
      sheet.setDefaultColumnStyle(c, data);
    }

    validations(sheet, columns, first, end);
    sheet.createFreezePane(0, first);
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
    sheet.lockFormatColumns(false);
    sheet.lockInsertRows(false);
    sheet.lockDeleteRows(false);
    sheet.enableLocking();
    return true;
  }

  /** The kind of the table whose RuleTable cell the sheet holds, or null. */
  private static String kind(XSSFSheet sheet) {
    Row row = sheet.getRow(TableSchemas.RULE_TABLE_ROW);
    String name = row == null ? null : text(row.getCell(0));
    return name == null || !name.startsWith("RuleTable ") ? null
        : TableSchemas.KIND_BY_TABLE_NAME.get(name.substring("RuleTable ".length()).trim());
  }

  /**
   * Drop-down lists on every data row a table may have: the columns of a closed vocabulary
   * ({@link Type#choices()}); on each row whose unit is a convention, the conventions of its
   * parameter in the value. The lists come from the model's enums and {@link TableSchemas}.
   */
  private static void validations(XSSFSheet sheet, List<Column> columns, int first, int end) {
    if (sheet.getCTWorksheet().isSetDataValidations()) {
      sheet.getCTWorksheet().unsetDataValidations();
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int last = TableSchemas.LABEL_ROW + TableSchemas.MAX_ROWS;
    for (int c = 0; c < columns.size(); c++) {
      List<String> choices = columns.get(c).type().choices();
      if (!choices.isEmpty()) {
        add(sheet, helper, choices, new CellRangeAddressList(first, last, c, c),
            columns.get(c).label());
      }
    }
    int name = TableSchemas.labels(columns).indexOf("Nom");
    int value = TableSchemas.labels(columns).indexOf("Valeur");
    int unit = TableSchemas.labels(columns).indexOf("Unité");
    if (name < 0 || value < 0 || unit < 0) {
      return;
    }
    for (int r = first; r < end; r++) {
      Row row = sheet.getRow(r);
      Set<String> conventions = TableSchemas.CONVENTIONS.get(text(row.getCell(name)));
      if (TableSchemas.CONVENTION_UNIT.equals(text(row.getCell(unit))) && conventions != null) {
        add(sheet, helper, List.copyOf(new java.util.TreeSet<>(conventions)),
            new CellRangeAddressList(r, r, value, value), "Valeur");
      }
    }
  }

  private static void add(XSSFSheet sheet, DataValidationHelper helper, List<String> choices,
      CellRangeAddressList cells, String label) {
    DataValidation validation = helper.createValidation(
        helper.createExplicitListConstraint(choices.toArray(String[]::new)), cells);
    // POI's XSSF reads "suppress" the other way round: true shows the drop-down arrow.
    validation.setSuppressDropDownArrow(true);
    validation.setEmptyCellAllowed(true);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Valeur non prévue",
        "« " + label + " » : choisissez une valeur de la liste (" + String.join(", ", choices)
            + ").");
    sheet.addValidationData(validation);
  }

  /** What to type in a column, in its label's comment. */
  static String note(Column column) {
    String what = switch (column.type()) {
      case TEXT, CONVENTION -> "Texte libre, sans guillemet droit (\") ni barre oblique inverse"
          + " (\\) ; « » ou ' conviennent.";
      case INSEE_CODE -> "Code INSEE de commune : 5 caractères (ex. 21231 ; 2A/2B pour la"
          + " Corse).";
      case POSTAL_CODE -> "Code postal : 5 chiffres (ex. 21000).";
      case DATE -> "Date écrite AAAA-MM-JJ (ex. 2019-03-01), saisie comme texte.";
      case NUMBER -> "Nombre, décimales avec un point (ex. 17.50) ; nombre entier pour les"
          + " unités mois, ans, jours.";
      case WHOLE_NUMBER -> "Nombre entier de mois (ex. 6).";
      case UNIT, UNIT_FR, YES, EXIT_ROUTE, ACTIVITY_TYPE -> "Choisir dans la liste : "
          + String.join(", ", column.type().choices()) + ".";
    };
    if (column.type() == Type.YES) {
      what += " « oui » : la ligne s'applique ; « non » : elle reste dans la table sans"
          + " s'appliquer.";
    }
    String hint = HINTS.get(column.label());
    return column.label() + " — " + what + (hint == null ? "" : " " + hint)
        + (column.required() ? " Obligatoire." : " Facultatif.");
  }

  /** Column width, in characters. */
  private static int width(Column column) {
    return switch (column.label()) {
      case "Référence" -> 70;
      case "Libellé", "Nom" -> 34;
      case "Commune", "Commune retirée", "Commune successeur", "Voie", "Type d'activité" -> 26;
      default -> 16;
    };
  }

  private static ClientAnchor anchor(XSSFWorkbook workbook, int column) {
    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(column);
    anchor.setCol2(column + 3);
    anchor.setRow1(TableSchemas.LABEL_ROW + 1);
    anchor.setRow2(TableSchemas.LABEL_ROW + 7);
    return anchor;
  }

  private static Row row(XSSFSheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  private static boolean hasValue(Row row, int columns) {
    if (row == null) {
      return false;
    }
    for (int c = 0; c < columns; c++) {
      Cell cell = row.getCell(c);
      if (cell != null && cell.getCellType() != CellType.BLANK
          && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
        return true;
      }
    }
    return false;
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getCellType() != CellType.STRING) {
      return null;
    }
    String value = cell.getStringCellValue().trim();
    return value.isEmpty() ? null : value;
  }

  /** The style properties of the three kinds of cells (styles are shared, not duplicated). */
  private static final class Styles {
    final Map<CellPropertyType, Object> locked = new EnumMap<>(CellPropertyType.class);
    final Map<CellPropertyType, Object> label = new EnumMap<>(CellPropertyType.class);
    final Map<CellPropertyType, Object> data = new EnumMap<>(CellPropertyType.class);

    Styles(XSSFWorkbook workbook) {
      locked.put(CellPropertyType.LOCKED, true);
      label.put(CellPropertyType.LOCKED, true);
      label.put(CellPropertyType.WRAP_TEXT, true);
      label.put(CellPropertyType.VERTICAL_ALIGNMENT, VerticalAlignment.TOP);
      label.put(CellPropertyType.FILL_FOREGROUND_COLOR, IndexedColors.GREY_25_PERCENT.getIndex());
      label.put(CellPropertyType.FILL_PATTERN, FillPatternType.SOLID_FOREGROUND);
      label.put(CellPropertyType.FONT, bold(workbook).getIndexAsInt());
      data.put(CellPropertyType.LOCKED, false);
      data.put(CellPropertyType.DATA_FORMAT, TEXT_FORMAT);
      data.put(CellPropertyType.WRAP_TEXT, true);
      data.put(CellPropertyType.VERTICAL_ALIGNMENT, VerticalAlignment.TOP);
    }

    private static Font bold(XSSFWorkbook workbook) {
      Font base = workbook.getFontAt(0);
      Font found = workbook.findFont(true, base.getColor(), base.getFontHeight(),
          base.getFontName(), false, false, Font.SS_NONE, Font.U_NONE);
      if (found != null) {
        return found;
      }
      Font bold = workbook.createFont();
      bold.setBold(true);
      bold.setColor(base.getColor());
      bold.setFontHeight(base.getFontHeight());
      bold.setFontName(base.getFontName());
      return bold;
    }
  }
}
