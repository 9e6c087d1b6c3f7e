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
      "2018.1", "sha256:154bcbc2d0ef0de739d3f91fc8291cefb7752d0a9c7bbd91af9bb1bae7060fca",
      "2018.2", "sha256:0114a2fb6c338dfbd5a4683230a36200d0ca0789f7cdf86c3b4b466a3561785d");

  @Test
  void released_versions_keep_their_fingerprints() {
    Map<String, String> shipped = PlieRules.load().versions().stream()
        .collect(Collectors.toMap(RuleSetVersion::version, RuleSetVersion::fingerprint));
    assertThat(shipped).containsAllEntriesOf(RELEASED);
  }
}
