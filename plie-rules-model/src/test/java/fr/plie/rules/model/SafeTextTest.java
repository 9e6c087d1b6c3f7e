package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Echoed values are short and inert on a terminal (issue 9, item 10). */
class SafeTextTest {
  @Test
  void a_long_value_is_cut_to_60_characters_and_an_ellipsis() {
    String echoed = SafeText.echo("x".repeat(10_000_000));
    assertThat(echoed).isEqualTo("x".repeat(60) + "…");
  }

  @Test
  void control_characters_are_written_as_escapes() {
    assertThat(SafeText.echo("A\u0000B\u001b[31mC\nD\rE\tF\u009bG\u202eH"))
        .isEqualTo("A\\u0000B\\u001B[31mC\\nD\\rE\\tF\\u009BG\\u202EH");
  }

  @Test
  void text_of_several_lines_keeps_its_line_feeds_only() {
    assertThat(SafeText.lines("a\nb\u001b[2Jc\r\n")).isEqualTo("a\nb\\u001B[2Jc\\r\n");
  }

  @Test
  void a_cut_never_splits_a_surrogate_pair() {
    String emoji = "\uD83D\uDE00";
    String cut = SafeText.cut("x".repeat(59) + emoji + "yyy", 60);
    assertThat(cut).isEqualTo("x".repeat(59) + "…");
  }

  @Test
  void plain_text_is_returned_as_it_is() {
    String text = "Entrée dans le PLIE : DIJ-2018-0001 — éligible";
    assertThat(SafeText.line(text)).isSameAs(text);
  }
}
