package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of a JSON value, the bytes a record's signature covers (docs/records.md,
 * "Canonical form"). Modelled on RFC 8785 (JSON Canonicalization Scheme), so that any
 * re-serialisation of the same record (other whitespace, other key order, {@code 17.50} for
 * {@code 17.5}) has the same canonical form:
 *
 * <ul>
 *   <li>UTF-8, no whitespace between tokens;
 *   <li>object members sorted by name, comparing UTF-16 code units (RFC 8785 §3.2.3); members whose
 *       value is {@code null} are left out (the library reads an absent fact and a null one alike);
 *   <li>strings escaped as RFC 8785 §3.2.2.2 says: {@code \"}, {@code \\}, {@code \b \f \n \r \t},
 *       other characters below U+0020 as {@code \}{@code u00xx} in lower-case hexadecimal, all
 *       others written as they are; an unpaired surrogate is refused;
 *   <li>numbers written as their exact decimal value, plain (no exponent), without trailing zeros
 *       or a trailing point, {@code 0} for minus zero: {@code 17.50} and {@code 1.75E1} are
 *       {@code 17.5}. (RFC 8785 writes numbers as IEEE doubles; a record's numbers — hours,
 *       indexes, the format — are small decimals, written the same by both.)
 * </ul>
 *
 * Dates, instants and UUIDs are strings in a record, compared as written: the reader accepts each
 * in the one form the library writes.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The canonical UTF-8 bytes of the value. */
  public static byte[] bytes(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The canonical form as text. */
  public static String text(JsonNode value) {
    return new String(bytes(value), StandardCharsets.UTF_8);
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      node.fields().forEachRemaining(members::add);
      // String.compareTo compares UTF-16 code units, as RFC 8785 sorts.
      members.sort(Map.Entry.comparingByKey());
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> member : members) {
        if (member.getValue() == null || member.getValue().isNull()) {
          continue;
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        string(member.getKey(), out);
        out.append(':');
        write(member.getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      Iterator<JsonNode> elements = node.elements();
      while (elements.hasNext()) {
        write(elements.next(), out);
        if (elements.hasNext()) {
          out.append(',');
        }
      }
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out);
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNumber()) {
      out.append(number(node));
    } else {
      throw new IllegalArgumentException("a " + node.getNodeType() + " has no canonical JSON form");
    }
  }

  static String number(JsonNode node) {
    BigDecimal value;
    if (node.isIntegralNumber()) {
      value = new BigDecimal(node.bigIntegerValue());
    } else if (node.isBigDecimal()) {
      value = node.decimalValue();
    } else {
      double d = node.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("a number must be finite");
      }
      // Double.toString's shortest round-trip digits: 17.5 read as a double is written 17.5.
      value = BigDecimal.valueOf(d);
    }
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
        continue;
      }
      if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("a string holds an unpaired UTF-16 surrogate");
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
