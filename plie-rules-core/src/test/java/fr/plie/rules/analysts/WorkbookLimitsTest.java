package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.RuleSetWorkbench;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's size is checked on its raw bytes before Apache POI parses it (POI holds a whole
 * workbook in memory): the file, what its parts unzip to, the XML elements and rows they hold, the
 * rows of a table. Each limit is named in the message, never a stack trace or an
 * OutOfMemoryError. The limits are documented in docs/security.md.
 */
class WorkbookLimitsTest {
  @TempDir Path work;
  Path communes;

  @BeforeEach
  void exportTheShippedCommunes() {
    Path rulesets = work.resolve("rules");
    RuleSetWorkbench.exportShipped(rulesets);
    communes = rulesets.resolve("plie-dijon/2018.1/tables/communes.drl.xlsx");
  }

  /** The commune table with as many data rows as asked, each a distinct commune. */
  Path communesWithRows(int rows) throws IOException {
    Path file = work.resolve("communes-" + rows + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(communes))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row model = sheet.getRow(10);
      int first = 10 + (sheet.getLastRowNum() - 9);
      for (int r = first; r < 10 + rows; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < 7; c++) {
          row.createCell(c).setCellValue(model.getCell(c).getStringCellValue());
        }
        row.getCell(0).setCellValue(String.format("%05d", 30_000 + r));
        row.getCell(3).setCellValue("Commune " + r);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  /** The commune workbook with its sheet replaced by {@code sheet}, written part by part. */
  Path withSheet(String name, SheetWriter sheet) throws IOException {
    Path file = work.resolve(name);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(communes));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
          sheet.write(writer);
          writer.flush();
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return file;
  }

  interface SheetWriter {
    void write(Writer out) throws IOException;
  }

  static void sheet(Writer out, int rows, int cellsPerRow) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 1; r <= rows; r++) {
      out.write("<row r=\"" + r + "\">");
      for (int c = 0; c < cellsPerRow; c++) {
        out.write("<c t=\"inlineStr\"><is><t>21231</t></is></c>");
      }
      out.write("</row>");
    }
    out.write("</sheetData></worksheet>");
  }

  @Test
  void a_table_of_2000_rows_is_read_and_one_more_row_is_refused() throws IOException {
    String largest = RuleSetWorkbench.tableAsMarkdown(communesWithRows(2_000));
    assertThat(largest).doesNotContain("> problème");
    assertThat(largest.lines().filter(l -> l.matches("\\| \\d+ \\| .*"))).hasSize(2_000);

    Path tooLong = communesWithRows(2_001);
    assertThat(RuleSetWorkbench.check(tooLong).problems()).containsExactly(tooLong
        + ", feuille 'Communes' : la table 'Communes' a plus de 2000 lignes ; une table en a au"
        + " plus 2000");
  }

  @Test
  void a_workbook_of_400000_rows_is_refused_before_it_is_parsed() throws IOException {
    Path huge = withSheet("huge.xlsx", out -> sheet(out, 400_000, 1));

    assertThat(RuleSetWorkbench.check(huge).problems()).containsExactly(huge
        + " : a plus de 2060 lignes dans une feuille ; une table a au plus 2000 lignes");
    // (2060: the 10 rows above a table, 2000 data rows, the 50 formatted empty rows of the
    // analysts' layout.)
  }

  @Test
  void a_workbook_of_many_cells_is_refused_before_it_is_parsed() throws IOException {
    Path wide = withSheet("wide.xlsx", out -> sheet(out, 1_000, 100));

    assertThat(RuleSetWorkbench.check(wide).problems()).containsExactly(wide
        + " : contient plus de 100000 éléments XML ; une table de 2000 lignes en demande bien moins"
        + " (trop de cellules ?)");
  }

  @Test
  void a_part_that_unzips_to_more_than_8_mb_is_refused_as_a_zip_bomb() throws IOException {
    Path bomb = withSheet("bomb.xlsx", out -> {
      sheet(out, 10, 1);
      char[] spaces = new char[1 << 20];
      java.util.Arrays.fill(spaces, ' ');
      for (int i = 0; i < 64; i++) {
        out.write(spaces);
      }
    });
    assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

    assertThat(RuleSetWorkbench.check(bomb).problems()).containsExactly(bomb
        + " : se décompresse en plus de 8.0 Mo ; un classeur de table en demande bien moins (une"
        + " bombe zip ?)");
  }

  /** A zip of that many bytes, incompressible. */
  Path noise(String name, int bytes) throws IOException {
    byte[] noise = new byte[bytes];
    new Random(9).nextBytes(noise);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("xl/media/image1.bin"));
      out.write(noise);
      out.closeEntry();
    }
    return Files.write(work.resolve(name), zip.toByteArray());
  }

  @Test
  void a_file_over_2_mb_is_refused_before_it_is_unzipped() throws IOException {
    Path large = noise("large.xlsx", 3_000_000);

    assertThat(RuleSetWorkbench.check(large).problems()).containsExactly(large
        + " : pèse 2.9 Mo ; un classeur de table pèse au plus 2.0 Mo (et 2000 lignes)");
  }

  @Test
  void a_file_over_4_mb_is_not_even_read_whole() throws IOException {
    Path huge = noise("huge.xlsx", 5_600_000);

    assertThat(RuleSetWorkbench.check(huge).problems()).containsExactly(huge
        + ": is 5.3 MB; a rule-set file holds at most 4 MB");
  }

  @Test
  void a_file_that_is_not_a_workbook_is_named_in_one_line() throws IOException {
    Path text = Files.writeString(work.resolve("notes.xlsx"), "Code INSEE;Commune\n21231;Dijon\n");

    assertThat(RuleSetWorkbench.check(text).problems()).containsExactly(text
        + " : n'est pas un classeur .xlsx (un ancien fichier .xls, ou protégé par un mot de passe ?"
        + " enregistrez-le en .xlsx sans mot de passe)");
  }
}
