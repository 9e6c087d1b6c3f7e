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
      "2018.1", "sha256:ec705d0af9a5cf1ea3cb7e52cd7f474ac7f694e659a1ed32985045494f270367",
      "2018.2", "sha256:5851cf042ae81b270b86b3d49bce1753d1dd2f8eddc262f8e04044da01c6b544");

  @Test
  void released_versions_keep_their_fingerprints() {
    Map<String, String> shipped = PlieRules.load().versions().stream()
        .collect(Collectors.toMap(RuleSetVersion::version, RuleSetVersion::fingerprint));
    assertThat(shipped).containsAllEntriesOf(RELEASED);
  }
}
