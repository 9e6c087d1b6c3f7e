package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.RuleSetVersion;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A released rule-set version never changes: decisions taken with it must stay reproducible. If
 * this test fails, you changed a file of a released version. Put the change in a new version
 * instead (README, "How to publish a new rule set version"); never update a fingerprint here
 * except when adding the line of a newly released version.
 */
class ReleasedVersionsAreFrozenTest {
  static final Map<String, String> RELEASED = Map.of(
      "2018.1", "sha256:f6db67cbf7548019d20c027914f5a0be7b35202591f0475ff3ebbdbe1717626d",
      "2018.2", "sha256:167e90d979c98bac544b281a3601f6c265ed67375c74a974a92e2e01a44bb64f");

  @Test
  void released_versions_keep_their_fingerprints() {
    Map<String, String> shipped = PlieRules.load().versions().stream()
        .collect(Collectors.toMap(RuleSetVersion::version, RuleSetVersion::fingerprint));
    assertThat(shipped).containsAllEntriesOf(RELEASED);
  }
}
