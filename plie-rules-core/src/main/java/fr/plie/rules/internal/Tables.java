package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.plie.rules.internal.facts.Parameter;
import fr.plie.rules.internal.facts.PerimeterCommune;
import fr.plie.rules.internal.facts.RetiredCommune;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a rule set's CSV tables into facts, reporting every bad cell by file, row and column.
 * Row numbers count the header as row 1, as a spreadsheet shows them.
 */
final class Tables {
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.TRIM_SPACES)
      .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
      .build();
  private static final Pattern INSEE_CODE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

  private Tables() {}

  static List<PerimeterCommune> communes(String file, byte[] bytes, List<String> problems) {
    return read(file, bytes, List.of("inseeCode", "name", "postalCode", "validFrom", "validTo",
        "reference"), problems, row -> {
          String code = row.text("inseeCode", true);
          if (code != null && !INSEE_CODE.matcher(code).matches()) {
            row.problem("inseeCode", code, "an INSEE commune code of 5 characters");
          }
          return new PerimeterCommune(code, row.text("name", true), row.text("postalCode", false),
              row.date("validFrom", true), row.date("validTo", false), row.text("reference", true));
        });
  }

  static List<RetiredCommune> retiredCommunes(String file, byte[] bytes, List<String> problems) {
    return read(file, bytes, List.of("inseeCode", "name", "successorInseeCode", "successorName",
        "retiredOn", "reference"), problems, row -> {
          String code = row.text("inseeCode", true);
          String successor = row.text("successorInseeCode", true);
          for (String column : List.of("inseeCode", "successorInseeCode")) {
            String value = row.values().get(column);
            if (value != null && !value.isBlank() && !INSEE_CODE.matcher(value).matches()) {
              row.problem(column, value, "an INSEE commune code of 5 characters");
            }
          }
          return new RetiredCommune(code, row.text("name", true), successor,
              row.text("successorName", true), row.date("retiredOn", true),
              row.text("reference", true));
        });
  }

  static List<Parameter> parameters(String file, byte[] bytes, List<String> problems) {
    return read(file, bytes, List.of("name", "value", "unit", "validFrom", "validTo", "reference"),
        problems, row -> new Parameter(row.text("name", true), row.number("value"),
            row.text("unit", true), row.date("validFrom", true), row.date("validTo", false),
            row.text("reference", true)));
  }

  private static <T> List<T> read(String file, byte[] bytes, List<String> columns,
      List<String> problems, Function<Row, T> convert) {
    List<T> out = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
        .with(schema).readValues(new String(bytes, StandardCharsets.UTF_8))) {
      int rowNumber = 1;
      boolean headerChecked = false;
      while (rows.hasNextValue()) {
        Map<String, String> values = rows.nextValue();
        rowNumber++;
        if (!headerChecked) {
          headerChecked = true;
          List<String> absent = new ArrayList<>(columns);
          absent.removeAll(values.keySet());
          if (!absent.isEmpty()) {
            problems.add(file + ": missing column(s) " + absent + "; expected columns " + columns);
            return out;
          }
        }
        Row row = new Row(file, rowNumber, new LinkedHashMap<>(values), problems);
        int before = problems.size();
        T value = convert.apply(row);
        if (problems.size() == before) {
          out.add(value);
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": not a readable CSV table (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    return out;
  }

  /** One table row, with typed reads that record a problem instead of throwing. */
  private record Row(String file, int number, Map<String, String> values, List<String> problems) {
    String text(String column, boolean required) {
      String value = values.get(column);
      if (value == null || value.isBlank()) {
        if (required) {
          problem(column, "", "a value (this column is required)");
        }
        return null;
      }
      return value;
    }

    LocalDate date(String column, boolean required) {
      String value = text(column, required);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problem(column, value, "a date written YYYY-MM-DD");
        return null;
      }
    }

    BigDecimal number(String column) {
      String value = text(column, true);
      if (value == null) {
        return null;
      }
      try {
        return new BigDecimal(value);
      } catch (NumberFormatException e) {
        problem(column, value, "a number written with a dot (17.50, not 17,50)");
        return null;
      }
    }

    void problem(String column, String value, String expected) {
      problems.add(file + ", row " + number + ", column '" + column + "': "
          + (value.isEmpty() ? "is empty; expected " : "'" + value + "' is not ") + expected);
    }
  }
}
