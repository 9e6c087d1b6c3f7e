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
    // 2018.1 revision 1 and 2018.2 read the same file.
    assertThat(users).contains("2018.1-r1", "2018.2-r1");
    RuleSetWorkbench.setCell(routes, ExitRouteTableTest.routeRow(routes, "CDD", "CDD"),
        "Durée minimale (mois)", "4");

    CheckReport report = RuleSetWorkbench.check(Exported.versionFolder(rulesets, "2018.1"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.sharedFiles()).singleElement().asString()
        .startsWith(path + " diffère du fichier livré et est aussi utilisé par ")
        .contains(users.toArray(String[]::new))
        .contains("le modifier change aussi leurs empreintes");
    assertThat(report.text()).contains("Attention : " + path + " diffère du fichier livré");
  }

  @Test
  void an_unchanged_copy_or_a_table_used_by_one_version_only_is_not_reported(
      @TempDir Path rulesets) {
    RuleSetWorkbench.exportShipped(rulesets);
    assertThat(RuleSetWorkbench.check(Exported.versionFolder(rulesets, "2018.2")).sharedFiles())
        .isEmpty();

    // 2018.2 revision 1's commune table is read by every revision of 2018.2: one other here.
    Path communes = rulesets.resolve("plie-dijon/2018.2/tables/communes.drl.xlsx");
    List<String> users = otherUsers("plie-dijon/2018.2/tables/communes.drl.xlsx", "2018.2");
    RuleSetWorkbench.setCell(communes, 11, "Commune", "Ahuy (commune)");
    CheckReport report = RuleSetWorkbench.check(Exported.versionFolder(rulesets, "2018.2"));
    assertThat(report.sharedFiles()).singleElement().asString()
        .contains(users.toArray(String[]::new))
        .contains(users.size() == 1 ? "son empreinte" : "leurs empreintes");
  }
}
