package fr.plie.rules.model;

/**
 * Makes untrusted text safe to show: in messages an input value is cut to a short prefix (a
 * 10 MB value must not give a 10 MB error line), and characters a terminal would act on (NUL,
 * ESC sequences, carriage returns, line breaks, C1 controls, bidirectional overrides) are written
 * as visible escapes such as {@code \u001B}.
 */
public final class SafeText {
  private SafeText() {}

  /** How many characters of an input value a message quotes before cutting it with "…". */
  public static final int MAX_ECHO = 60;

  /**
   * A value as a message quotes it: cut to {@link #MAX_ECHO} characters, every control escaped.
   *
   * @param value any value, possibly null or hostile
   * @return its text, safe to print on one line
   */
  public static String echo(Object value) {
    return escape(cut(String.valueOf(value), MAX_ECHO), false);
  }

  /**
   * {@code value} cut to {@code max} characters and "…" (never inside a surrogate pair).
   *
   * @param value the text
   * @param max the most characters kept
   * @return the text, cut when longer
   */
  public static String cut(String value, int max) {
    if (value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    return value.substring(0, end) + "…";
  }

  /**
   * An unexpected failure in one line: the kind and the start of the message of its root cause
   * (the engine wraps what a rule threw), escaped.
   *
   * @param failure the failure
   * @return one line, safe to print
   */
  public static String failureLine(Throwable failure) {
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + cut(root.getMessage(), 200);
    return line(root.getClass().getSimpleName() + message);
  }

  /**
   * One line for a terminal: every control character escaped, line breaks included.
   *
   * @param text the text
   * @return the text on one line, safe to print
   */
  public static String line(String text) {
    return escape(text, false);
  }

  /**
   * Text of several lines for a terminal: controls escaped except the line feed.
   *
   * @param text the text
   * @return the text, safe to print
   */
  public static String lines(String text) {
    return escape(text, true);
  }

  /**
   * Whether a terminal could act on {@code c} rather than show it.
   *
   * @param c a character
   * @return true for a control character, a line or paragraph separator or a bidirectional
   *     control
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static String escape(String text, boolean keepLineFeeds) {
    int first = 0;
    while (first < text.length() && !(isUnsafe(text.charAt(first))
        && !(keepLineFeeds && text.charAt(first) == '\n'))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c) || (keepLineFeeds && c == '\n')) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }
}
