package fr.plie.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an XLSX workbook a user handed us. An XLSX file is a zip of XML parts that Apache POI
 * reads whole into memory, so its size is checked on the raw bytes first: the file, the parts as
 * they unzip (counted while inflating, never trusting the sizes the zip declares), the XML elements
 * they hold and the rows of each sheet. Only then does POI parse it; its failures become one line
 * naming the file.
 */
public final class Workbooks {
  /** At most this many bytes on disk (a 2,000-row table weighs well under 1 MB). */
  public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
  /** At most this many bytes once unzipped, all parts together. */
  public static final long MAX_UNZIPPED_BYTES = 8L * 1024 * 1024;
  /** At most this many parts (a workbook saved by a spreadsheet program has about fifteen). */
  public static final int MAX_PARTS = 100;
  /**
   * At most this many XML elements in all: what bounds the memory POI needs (a 2,000-row commune
   * table has about 40,000).
   */
  public static final int MAX_XML_ELEMENTS = 100_000;
  /**
   * Rows a sheet may hold: the settings and headers above a table, its data rows and the empty,
   * formatted rows an analyst's workbook keeps below them to type new rows in.
   */
  static final int MAX_SHEET_ROWS = TableSchemas.LABEL_ROW + 1 + TableSchemas.MAX_ROWS
      + AnalystWorkbook.SPARE_ROWS;

  private Workbooks() {}

  /**
   * The workbook, or null after adding to {@code problems} why it cannot be read (one line
   * naming {@code file}).
   */
  public static XSSFWorkbook open(String file, byte[] bytes, List<String> problems) {
    String tooLarge = scan(bytes);
    if (tooLarge != null) {
      problems.add(file + " : " + tooLarge);
      return null;
    }
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      problems.add(file + " : " + unreadable(e));
      return null;
    }
  }

  /** Why the workbook is refused before parsing, or null when it is within the limits. */
  static String scan(byte[] bytes) {
    if (bytes.length > MAX_FILE_BYTES) {
      return "pèse " + megabytes(bytes.length) + " ; un classeur de table pèse au plus "
          + megabytes(MAX_FILE_BYTES) + " (et " + TableSchemas.MAX_ROWS + " lignes)";
    }
    // Counts elements only: no DTD, no entity is expanded or fetched. (A factory per scan: a
    // factory is not guaranteed to be thread-safe.)
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    int parts = 0;
    long[] unzipped = {0};
    int elements = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++parts > MAX_PARTS) {
          return "a plus de " + MAX_PARTS + " parties ; ce n'est pas un classeur de table";
        }
        InputStream part = new Counting(zip, unzipped);
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".rels")) {
          boolean sheet = name.startsWith("xl/worksheets/");
          int rows = 0;
          XMLStreamReader xml = factory.createXMLStreamReader(part);
          while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
              if (++elements > MAX_XML_ELEMENTS) {
                return "contient plus de " + MAX_XML_ELEMENTS + " éléments XML ; une table de "
                    + TableSchemas.MAX_ROWS + " lignes en demande bien moins (trop de cellules ?)";
              }
              if (sheet && xml.getLocalName().equals("row") && ++rows > MAX_SHEET_ROWS) {
                return "a plus de " + MAX_SHEET_ROWS + " lignes dans une feuille ; une table a au"
                    + " plus " + TableSchemas.MAX_ROWS + " lignes";
              }
            }
          }
          xml.close();
        }
        part.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // The XML reader wraps (or swallows) what the counting stream throws: test the count.
      if (unzipped[0] > MAX_UNZIPPED_BYTES) {
        return "se décompresse en plus de " + megabytes(MAX_UNZIPPED_BYTES) + " ; un classeur"
            + " de table en demande bien moins (une bombe zip ?)";
      }
      return "n'est pas un classeur .xlsx lisible (zip ou partie XML endommagé)";
    }
    if (parts == 0) {
      return "n'est pas un classeur .xlsx (un ancien fichier .xls, ou protégé par un mot de passe ?"
          + " enregistrez-le en .xlsx sans mot de passe)";
    }
    return null;
  }

  /** POI's reason, as one line for an analyst. */
  private static String unreadable(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (e instanceof EncryptedDocumentException) {
      return "est protégé par un mot de passe ; enregistrez-le sans mot de passe";
    }
    if (e instanceof NotOfficeXmlFileException) {
      return "n'est pas un classeur .xlsx";
    }
    if (message.contains("Zip bomb")) {
      return "se décompresse trop pour sa taille pour être une table (une bombe zip ?)";
    }
    return "ne peut pas être lu comme un classeur .xlsx ("
        + Texts.echo(message.lines().findFirst().orElse("").trim()) + ")";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f Mo", bytes / (1024.0 * 1024.0));
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Counts what the parts inflate to, all together, and stops at the limit. */
  private static final class Counting extends FilterInputStream {
    private final long[] total;

    Counting(InputStream in, long[] total) {
      super(in);
      this.total = total;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public void close() {
      // The zip stream stays open for the next part.
    }

    private void count(int n) throws TooLarge {
      total[0] += n;
      if (total[0] > MAX_UNZIPPED_BYTES) {
        throw new TooLarge();
      }
    }
  }

}
