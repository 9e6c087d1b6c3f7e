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
      "2018.1", "sha256:c1f4c9f55420935f918809c8866d64bcfe86506f8285cb153c503796f1ac4cc7",
      "2018.2", "sha256:01057bed964ffa09615cf8b7c7c93cfdbac9da70a8c22478ddf4df9a816ac694");

  @Test
  void released_versions_keep_their_fingerprints() {
    Map<String, String> shipped = PlieRules.load().versions().stream()
        .collect(Collectors.toMap(RuleSetVersion::version, RuleSetVersion::fingerprint));
    assertThat(shipped).containsAllEntriesOf(RELEASED);
  }
}
