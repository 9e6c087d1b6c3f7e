package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.RuleSetReference;
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
      "2018.1", "sha256:c3fc5eb766664f85d17f62eba477f79934397a6d65910a72ba8510fa35f937a9",
      "2018.2", "sha256:2c206da82649801e9176117884f69413e8083bc5b4af416788d7908235852d2c");

  @Test
  void released_versions_keep_their_fingerprints() {
    Map<String, String> shipped = PlieRules.load().versions().stream()
        .collect(Collectors.toMap(RuleSetReference::version, RuleSetReference::fingerprint));
    assertThat(shipped).containsAllEntriesOf(RELEASED);
  }
}
