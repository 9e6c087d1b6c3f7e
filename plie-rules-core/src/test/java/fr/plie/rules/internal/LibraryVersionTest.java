package fr.plie.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build name written into records, from library.properties as the build filtered it. */
class LibraryVersionTest {
  private static final String REVISION = "3d012a89f34c76e98a2e035a68472d9b83e88a61";

  @Test
  void a_build_from_a_git_checkout_names_its_revision() {
    assertThat(RuleSetRegistry.buildName("0.1.0", REVISION)).isEqualTo("0.1.0+git." + REVISION);
  }

  @Test
  void a_build_outside_a_git_checkout_says_unknown() {
    // buildnumber-maven-plugin writes "unknown"; a build that skipped it leaves the placeholder.
    assertThat(RuleSetRegistry.buildName("0.1.0", "unknown")).isEqualTo("0.1.0+git.unknown");
    assertThat(RuleSetRegistry.buildName("0.1.0", "${buildNumber}")).isEqualTo("0.1.0+git.unknown");
    assertThat(RuleSetRegistry.buildName("${project.version}", null)).isEqualTo("unknown+git.unknown");
  }
}
