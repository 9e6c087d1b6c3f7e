package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.internal.CompiledRuleSet;
import fr.plie.rules.internal.RuleSetRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table that several versions list by the same path changes all their fingerprints when it is
 * edited in place: {@code check VERSION} says which other versions share it, in French.
 */
class SharedFileCheckTest {

  /** The other shipped revisions (« 2018.2-r1 ») that list a file, besides {@code version}'s. */
  private static List<String> otherUsers(String path, String version) {
    CompiledRuleSet current = RuleSetRegistry.shipped().version(version).orElseThrow();
    return RuleSetRegistry.shipped().versions().stream()
        .filter(v -> !v.manifestPath().equals(current.manifestPath())
            && v.resourcePaths().contains(path))
        .map(CompiledRuleSet::label).toList();
  }

  @Test
  void editing_the_exit_route_table_in_place_names_every_other_version_that_reads_it(
      @TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    Path routes = Exported.table(rulesets, "2018.1", "exitRoutes");
    String path = rulesets.relativize(routes).toString().replace('\\', '/');
    List<String> users = otherUsers(path, "2018.1");
    // Later versions reuse the exit-route table of 2018.1 by relative path.
    assertThat(users).isNotEmpty();
    RuleSetWorkbench.setCell(routes, ExitRouteTableTest.routeRow(routes, "CDD", "CDD"),
        "Durée minimale (mois)", "4");

    CheckReport report = RuleSetWorkbench.check(Exported.versionFolder(rulesets, "2018.1"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.sharedFiles()).singleElement().asString()
        .startsWith(path + " diffère du fichier livré et est aussi utilisé par ")
        .contains(users.toArray(String[]::new))
        .contains("le modifier change aussi "
            + (users.size() == 1 ? "son empreinte" : "leurs empreintes"));
    assertThat(report.text()).contains("Attention : " + path + " diffère du fichier livré");
  }

  @Test
  void an_unchanged_copy_or_a_table_used_by_one_version_only_is_not_reported(
      @TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    assertThat(RuleSetWorkbench.check(Exported.versionFolder(rulesets, "2018.2")).sharedFiles())
        .isEmpty();

    // The commune table of the current revision of 2018.2: reported exactly when another
    // revision reads it too.
    Path communes = Exported.table(rulesets, "2018.2", "communes");
    String path = rulesets.relativize(communes).toString().replace('\\', '/');
    List<String> users = otherUsers(path, "2018.2");
    RuleSetWorkbench.setCell(communes, 11, "Commune", "Ahuy (commune)");
    CheckReport report = RuleSetWorkbench.check(Exported.versionFolder(rulesets, "2018.2"));
    if (users.isEmpty()) {
      assertThat(report.sharedFiles()).isEmpty();
    } else {
      assertThat(report.sharedFiles()).singleElement().asString()
          .contains(users.toArray(String[]::new))
          .contains(users.size() == 1 ? "son empreinte" : "leurs empreintes");
    }
    // A file of an earlier revision that later ones reuse is reported when that revision is
    // checked: 2018.2 revision 1's commune table, read by revision 2.
    Path first = rulesets.resolve("plie-dijon/2018.2/tables/communes.drl.xlsx");
    List<String> readers = RuleSetRegistry.shipped().versions().stream()
        .filter(v -> !v.manifestPath().equals("plie-dijon/2018.2/ruleset.json")
            && v.resourcePaths().contains("plie-dijon/2018.2/tables/communes.drl.xlsx"))
        .map(CompiledRuleSet::label).toList();
    RuleSetWorkbench.setCell(first, 11, "Commune", "Ahuy (commune)");
    assertThat(RuleSetWorkbench.check(rulesets.resolve("plie-dijon/2018.2")).sharedFiles())
        .singleElement().asString().contains(readers.toArray(String[]::new));
  }
}
