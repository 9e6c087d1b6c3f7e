package fr.plie.rules.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Readers that accept a record's identity only in the one form the library writes, so that a
 * record read and written again is the record that was signed (no {@code +01:00} offset turned
 * into {@code Z}, no upper-case UUID turned lower-case).
 */
final class StrictValues {
  private StrictValues() {}

  /** A UTC instant written as {@link DateTimeFormatter#ISO_INSTANT} writes it, e.g. 2018-06-01T09:30:00Z. */
  static final class UtcInstant extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    UtcInstant() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      String text = p.getText();
      try {
        Instant instant = Instant.parse(text);
        if (DateTimeFormatter.ISO_INSTANT.format(instant).equals(text)) {
          return instant;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
          "must be a UTC instant written YYYY-MM-DDTHH:MM:SS[.fraction]Z");
    }
  }

  /** A UUID in its canonical lower-case 8-4-4-4-12 form. */
  static final class CanonicalUuid extends StdScalarDeserializer<UUID> {
    private static final long serialVersionUID = 1L;

    CanonicalUuid() {
      super(UUID.class);
    }

    @Override
    public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (UUID) ctxt.handleUnexpectedToken(UUID.class, p);
      }
      String text = p.getText();
      try {
        UUID uuid = UUID.fromString(text);
        if (uuid.toString().equals(text)) {
          return uuid;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      return (UUID) ctxt.handleWeirdStringValue(UUID.class, text,
          "must be a UUID written in lower case 8-4-4-4-12");
    }
  }
}
