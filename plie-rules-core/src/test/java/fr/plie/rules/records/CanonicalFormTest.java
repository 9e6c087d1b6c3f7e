package fr.plie.rules.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.internal.CanonicalJson;
import fr.plie.rules.model.PlieJson;
import org.junit.jupiter.api.Test;

/** The bytes a signature covers, as docs/records.md defines them. */
class CanonicalFormTest {
  private static JsonNode read(String json) throws Exception {
    return PlieJson.mapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(json);
  }

  @Test
  void members_are_sorted_by_name_with_no_whitespace_and_null_members_left_out() throws Exception {
    JsonNode value = read("""
        { "b" : [ 1, null, true ], "a" : { "z" : "x", "y" : null },
          "B" : false, "é" : 1, "aa" : "" }""");
    assertThat(CanonicalJson.text(value))
        .isEqualTo("{\"B\":false,\"a\":{\"z\":\"x\"},\"aa\":\"\",\"b\":[1,null,true],\"é\":1}");
  }

  @Test
  void names_are_sorted_by_utf16_code_units_as_rfc_8785_sorts_them() throws Exception {
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB01 (ﬁ) in UTF-16.
    JsonNode value = read("{\"\\ufb01\":1,\"\\ud83d\\ude00\":2,\"\\u00e9\":3}");
    assertThat(CanonicalJson.text(value)).isEqualTo("{\"é\":3,\"😀\":2,\"ﬁ\":1}");
  }

  @Test
  void a_number_is_written_as_its_exact_decimal_value() throws Exception {
    assertThat(CanonicalJson.text(read("[17.50, 1.75E1, 17.5, 1E+2, 100, -0, 0.0, -0.10, 35]")))
        .isEqualTo("[17.5,17.5,17.5,100,100,0,0,-0.1,35]");
    // Read as doubles (the library's default reader) or as decimals: the same bytes.
    assertThat(CanonicalJson.text(PlieJson.mapper().readTree("[17.50, 0.1, 24]")))
        .isEqualTo(CanonicalJson.text(read("[17.5, 0.10, 24.0]")));
  }

  @Test
  void strings_escape_only_quotes_backslashes_and_control_characters() throws Exception {
    JsonNode value = read("[\"l'« é » \\\"q\\\" \\\\ \\/ \\u0007\\b\\f\\n\\r\\t\\u001f \\u007f \\u2028\"]");
    assertThat(CanonicalJson.text(value))
        .isEqualTo("[\"l'« é » \\\"q\\\" \\\\ / \\u0007\\b\\f\\n\\r\\t\\u001f \u007f \u2028\"]");
  }

  @Test
  void an_unpaired_surrogate_has_no_canonical_form() throws Exception {
    JsonNode value = read("[\"\\ud800\"]");
    assertThatThrownBy(() -> CanonicalJson.bytes(value))
        .hasMessageContaining("unpaired UTF-16 surrogate");
  }
}
