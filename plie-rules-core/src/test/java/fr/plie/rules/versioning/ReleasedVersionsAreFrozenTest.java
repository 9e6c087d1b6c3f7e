package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.RuleSetVersion;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A released rule-set version never changes, nor does any revision of it: decisions taken with it
 * must stay reproducible. If this test fails, you changed a file of a released revision. Put the
 * change in a new version, or in a new revision of the version to correct it (README, "How to
 * publish a new rule set version"); never update a fingerprint here except when adding the line of
 * a newly released version or revision. Revisions are named « VERSION-rREVISION ».
 */
class ReleasedVersionsAreFrozenTest {
  static final Map<String, String> RELEASED = Map.of(
      "2018.1-r1", "sha256:73244fa22f62e75fadb5a0e9967595d378f64251bf5b3444aa7c62142ad8e297",
      "2018.2-r1", "sha256:781a720a4b72cd4c2f6637990a0b99bd7b4c17c008a28e358218201f6b4a7cc9",
      "2018.1-r2", "sha256:05d551b3a209c911eb2a1e77eca6a2593a06ecff96b07a48536ad07c86693db8",
      "2018.2-r2", "sha256:fcea1d75ea0e2cb6e39e8f4894dc01428896c7808ee9c9e26e1b6969125578ec",
      "2018.1-r3", "sha256:8686322c87511e10c50bbd09bd4e928798374f2aeb08dd5c78baaad1913481df",
      "2018.2-r3", "sha256:da916184274464a6b5f56a7aedecc1d770586d462260d4985f906b8142e23535");

  @Test
  void released_revisions_keep_their_fingerprints() {
    Map<String, String> shipped = PlieRules.load().versions().stream()
        .collect(Collectors.toMap(v -> v.version() + "-r" + v.revision(),
            RuleSetVersion::fingerprint));
    assertThat(shipped).containsAllEntriesOf(RELEASED);
  }
}
