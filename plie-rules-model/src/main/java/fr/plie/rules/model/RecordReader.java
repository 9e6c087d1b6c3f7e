package fr.plie.rules.model;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads the records of an input file one at a time, holding at most one record in memory:
 * <ul>
 *   <li>a JSON Lines file ({@code .jsonl} or {@code .ndjson}, in any case) gives one record per
 *       non-blank line; lines end with LF, CRLF or a lone CR;</li>
 *   <li>any other file ({@code .json}) gives one record, its whole content.</li>
 * </ul>
 * A UTF-8 byte-order mark is skipped. A record that cannot be read — not UTF-8, longer than the
 * limit, not JSON — is still given, with its problem naming it, and reading goes on with the next
 * line: one bad line never costs the others. The reader is not thread-safe.
 */
public final class RecordReader implements Iterator<InputRecord>, Closeable {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final String name;
  private final boolean lines;
  private final int maxRecordBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean documentRead;
  private long lineNumber;
  private byte[] line = new byte[1024];
  private int lineLength;
  private boolean lineTooLong;
  private InputRecord pending;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  private RecordReader(InputStream in, String name, boolean lines, int maxRecordBytes) {
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be positive");
    }
    this.in = in;
    this.name = name;
    this.lines = lines;
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * Whether a file is read as JSON Lines: its name ends with .jsonl or .ndjson, in any case.
   *
   * @param file the file
   * @return true for JSON Lines, false for one document
   */
  public static boolean isJsonLines(Path file) {
    Path fileName = file.getFileName();
    String lower = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  /**
   * Opens a file with the input limit, {@link InputLimits#MAX_RECORD_BYTES} a record.
   *
   * @param file a JSON Lines file or one JSON document
   * @return a reader of its records, to close after use
   * @throws IOException when the file cannot be opened (missing, a folder, not readable)
   */
  public static RecordReader open(Path file) throws IOException {
    return open(file, InputLimits.MAX_RECORD_BYTES);
  }

  /**
   * Opens a file: JSON Lines when {@link #isJsonLines}, else one document.
   *
   * @param file a JSON Lines file or one JSON document
   * @param maxRecordBytes the most bytes a record (a line, or the document) may hold
   * @return a reader of its records, to close after use
   * @throws IOException when the file cannot be opened (missing, a folder, not readable)
   */
  public static RecordReader open(Path file, int maxRecordBytes) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a folder, not a file");
    }
    InputStream in = Files.newInputStream(file);
    return new RecordReader(in, file.toString(), isJsonLines(file), maxRecordBytes);
  }

  /**
   * Reads {@code in} as JSON Lines; records are named {@code name:LINE}.
   *
   * @param in the stream, closed with the reader
   * @param name how records name their source, e.g. {@code -} for standard input
   * @param maxLineBytes the most bytes a line may hold
   * @return a reader of its records
   */
  public static RecordReader jsonLines(InputStream in, String name, int maxLineBytes) {
    return new RecordReader(in, name, true, maxLineBytes);
  }

  /**
   * Reads {@code in} as one document named {@code name}, of at most {@code maxBytes}.
   *
   * @param in the stream, closed with the reader
   * @param name how the record names its source
   * @param maxBytes the most bytes the document may hold
   * @return a reader of its one record
   */
  public static RecordReader document(InputStream in, String name, int maxBytes) {
    return new RecordReader(in, name, false, maxBytes);
  }

  /** {@return whether records are lines (JSON Lines) rather than one whole document} */
  public boolean jsonLines() {
    return lines;
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException when the file cannot be read any further
   */
  @Override
  public boolean hasNext() {
    if (pending == null) {
      try {
        pending = lines ? nextLine() : nextDocument();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pending != null;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputRecord record = pending;
    pending = null;
    return record;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The most bytes of one record this reader has held at once (for tests of memory bounds). */
  int bufferedBytesHighWaterMark() {
    return line.length;
  }

  private InputRecord nextDocument() throws IOException {
    if (documentRead) {
      return null;
    }
    documentRead = true;
    byte[] content = in.readNBytes(maxRecordBytes + 1);
    if (content.length > maxRecordBytes) {
      return failed(name, "is larger than " + bytes(maxRecordBytes) + ", the limit for one record");
    }
    line = content;
    lineLength = content.length;
    return record(name, "file");
  }

  private InputRecord nextLine() throws IOException {
    while (readLine()) {
      String source = name + ":" + lineNumber;
      if (lineTooLong) {
        return failed(source, "the line is longer than " + bytes(maxRecordBytes)
            + ", the limit for one record");
      }
      InputRecord record = record(source, "line");
      if (record != null) {
        return record;
      }
    }
    return null;
  }

  /** The record in {@code line}, or null for a blank line. */
  private InputRecord record(String source, String what) {
    utf8.reset();
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
    CharBuffer chars = CharBuffer.allocate(lineLength);
    CoderResult result = utf8.decode(bytes, chars, true);
    if (!result.isError()) {
      result = utf8.flush(chars);
    }
    if (result.isError()) {
      int at = bytes.position();
      return failed(source, "is not valid UTF-8: byte 0x"
          + String.format("%02X", line[at] & 0xFF) + " at byte " + (at + 1) + " of the " + what
          + " (save the file as UTF-8)");
    }
    chars.flip();
    String text = chars.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (lines && text.isBlank()) {
      return null;
    }
    try {
      return new InputRecord(source, PlieJson.parse(text), null);
    } catch (InvalidInputException e) {
      return new InputRecord(source, null, e);
    }
  }

  private static InputRecord failed(String source, String problem) {
    return new InputRecord(source, null, new InvalidInputException("(document)", problem));
  }

  private static String bytes(int count) {
    return count % (1024 * 1024) == 0 ? count / (1024 * 1024) + " MiB (" + count + " bytes)"
        : count + " bytes";
  }

  /** Reads one line into {@code line}; false at the end of the input. */
  private boolean readLine() throws IOException {
    lineLength = 0;
    lineTooLong = false;
    boolean any = false;
    int c;
    while ((c = read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        break;
      }
      if (lineLength == maxRecordBytes) {
        lineTooLong = true; // keep reading to the end of the line, without keeping it
      } else {
        if (lineLength == line.length) {
          line = Arrays.copyOf(line, Math.min(maxRecordBytes, line.length * 2));
        }
        line[lineLength++] = (byte) c;
      }
    }
    if (any) {
      lineNumber++;
    }
    return any;
  }

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
