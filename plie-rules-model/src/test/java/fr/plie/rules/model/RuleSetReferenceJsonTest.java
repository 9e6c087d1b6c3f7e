package fr.plie.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A decision names the revision of its rules; revision 1 is written as decisions always were. */
class RuleSetReferenceJsonTest {
  private static ImmutableRuleSetReference.Builder reference() {
    return RuleSetReference.builder().id("plie-dijon").version("2018.1")
        .validFrom(LocalDate.of(2018, 1, 1)).fingerprint("sha256:" + "0".repeat(64))
        .libraryVersion("0.1.0");
  }

  @Test
  void revision_1_is_left_out_and_read_back_as_1() {
    RuleSetReference first = reference().build();
    String json = PlieJson.write(first);
    assertThat(first.revision()).isEqualTo(1);
    assertThat(json).doesNotContain("revision");
    assertThat(PlieJson.read(json, RuleSetReference.class)).isEqualTo(first);
  }

  @Test
  void a_later_revision_is_written_after_the_version() {
    RuleSetReference second = reference().revision(2).build();
    String json = PlieJson.writeLine(second);
    assertThat(json).contains("\"version\":\"2018.1\",\"revision\":2,");
    assertThat(PlieJson.read(json, RuleSetReference.class)).isEqualTo(second);
  }

  @Test
  void a_revision_below_1_is_refused() {
    assertThatThrownBy(() -> reference().revision(0).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("revision");
  }
}
