package fr.plie.rules.internal;

/** How values from a user's files are echoed in messages: short, on one line, nothing hidden. */
public final class Texts {
  /** Characters of a value echoed in a message; the rest is cut ("…"). */
  public static final int ECHO_LENGTH = 60;

  private Texts() {}

  /**
   * The value as a message may quote it: at most {@link #ECHO_LENGTH} characters, control and
   * invisible characters written as {@code \n}, {@code \t} or {@code U+200B}.
   */
  public static String echo(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int[] codePoints = value.codePoints().toArray();
    int shown = Math.min(codePoints.length, ECHO_LENGTH);
    for (int i = 0; i < shown; i++) {
      int c = codePoints[i];
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || invisible(c)) {
            out.append(String.format("U+%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    if (codePoints.length > shown) {
      out.append("… (").append(codePoints.length).append(" caractères)");
    }
    return out.toString();
  }

  /** A character named for a message: "a line break (U+000A)". */
  static String describe(int codePoint) {
    String code = String.format("U+%04X", codePoint);
    return switch (codePoint) {
      case '\n', '\r', 0x2028, 0x2029 -> "un saut de ligne (" + code + ")";
      case '\t' -> "une tabulation (" + code + ")";
      default -> Character.isISOControl(codePoint) ? "un caractère de contrôle (" + code + ")"
          : "un caractère invisible (" + code + ")";
    };
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
  }
}
