package fr.plie.rules.analysts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.ImpactAnalysis;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetException;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule-set folder is untrusted: no path in it may lead outside it (index entries, manifest
 * entries), no symbolic link in it is followed, and each is refused before the file is read, so
 * nothing of a file outside the folder is ever echoed. Its rule files are code: only the library's
 * own are compiled. Exporting never overwrites an analyst's folder by surprise.
 */
class RuleSetFolderTest {
  /** What a file outside the folder holds; no message may echo it. */
  static final String SECRET = "SECRET-42";

  @TempDir Path work;
  Path rulesets;
  Path version;
  Path outside;

  @BeforeEach
  void exportTheShippedRuleSets() throws IOException {
    rulesets = work.resolve("rules");
    RuleSetWorkbench.exportShipped(rulesets);
    version = rulesets.resolve("plie-dijon/2018.1");
    outside = Files.createDirectories(work.resolve("outside"));
    Files.writeString(outside.resolve("ruleset.json"), SECRET + "\n");
    Files.writeString(outside.resolve("passwd"), SECRET + ":x:0:0::/root:/bin/bash\n");
  }

  void indexLists(String entry) throws IOException {
    Path index = rulesets.resolve("index.json");
    Files.writeString(index, Files.readString(index).replace("\"plie-dijon/2018.2/ruleset.json\"",
        "\"plie-dijon/2018.2/ruleset.json\", \"" + entry + "\""));
  }

  Path cohort() throws IOException {
    return Files.write(work.resolve("cohort.jsonl"),
        List.of(PlieJson.writeLine(ImpactAnalysisTest.cohort(1, 1).get(0))));
  }

  @Test
  void an_index_entry_leaving_the_folder_is_refused_before_it_is_read() throws IOException {
    indexLists("../outside/ruleset.json");
    String refused = "index.json: the entry '../outside/ruleset.json' leaves the rule-set folder";

    assertThatThrownBy(() -> PlieRules.loadFrom(rulesets)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining(refused).hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> ImpactAnalysis.run("2018.1", rulesets.toString(), cohort()))
        .isInstanceOf(RuleSetException.class).hasMessageContaining(refused)
        .hasMessageNotContaining(SECRET);
    CheckReport report = RuleSetWorkbench.check(rulesets);
    assertThat(report.problems()).singleElement().asString().startsWith(refused);
    assertThat(report.text()).doesNotContain(SECRET);
  }

  @Test
  void an_absolute_index_entry_is_refused() throws IOException {
    indexLists(outside.resolve("passwd").toAbsolutePath().toString().replace('\\', '/'));

    assertThatThrownBy(() -> PlieRules.loadFrom(rulesets)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("is not a relative path inside the rule-set folder")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void a_manifest_entry_leaving_the_folder_is_refused() throws IOException {
    Path manifest = version.resolve("ruleset.json");
    Files.writeString(manifest, Files.readString(manifest)
        .replace("\"tables/communes.drl.xlsx\"", "\"../../../outside/passwd\""));

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.problems()).contains("plie-dijon/2018.1/ruleset.json:"
        + " '../../../outside/passwd' leaves the rule-set folder (from"
        + " plie-dijon/2018.1/ruleset.json)");
    assertThat(report.text()).doesNotContain(SECRET);
  }

  @Test
  void a_symbolic_link_in_the_folder_is_not_followed() throws IOException {
    Path communes = version.resolve("tables/communes.drl.xlsx");
    Path elsewhere = Files.copy(communes, outside.resolve("communes.drl.xlsx"));
    Files.delete(communes);
    try {
      Files.createSymbolicLink(communes, elsewhere);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here");
    }

    assertThat(RuleSetWorkbench.check(version).problems()).singleElement().asString()
        .startsWith("plie-dijon/2018.1/tables/communes.drl.xlsx: " + communes
            + " is a symbolic link; a rule-set folder holds its files themselves");
  }

  @Test
  void a_rule_file_edited_in_a_folder_is_not_compiled() throws IOException {
    Path pwned = Files.createDirectories(work.resolve("pwned"));
    Path rule = version.resolve("entry/territory.drl");
    Files.writeString(rule, Files.readString(rule) + "\nrule \"pwn\"\nwhen\nthen\n"
        + "  java.nio.file.Files.writeString(java.nio.file.Path.of(\""
        + pwned.toAbsolutePath().toString().replace('\\', '/') + "/PWNED\"), \"x\");\nend\n");

    CheckReport report = RuleSetWorkbench.check(version);

    assertThat(report.problems()).containsExactly("plie-dijon/2018.1/entry/territory.drl: is not a"
        + " rule file this library ships; rules are code, and code is not read from a folder (edit"
        + " the tables; changed rules are released with the library)");
    try (Stream<Path> files = Files.list(pwned)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void a_file_too_large_for_a_rule_set_is_refused_without_reading_it_whole() throws IOException {
    Files.write(version.resolve("scenarios.json"), new byte[5 * 1024 * 1024]);

    assertThat(RuleSetWorkbench.check(version).problems()).containsExactly(
        version.resolve("scenarios.json").toAbsolutePath().normalize()
            + ": is 5.0 MB; a rule-set file holds at most 4 MB");
  }

  // --- Export -------------------------------------------------------------------------------

  @Test
  void exporting_into_a_folder_that_is_not_empty_is_refused_unless_overwriting() throws IOException {
    Path parameters = version.resolve("tables/parameters.drl.xlsx");
    RuleSetWorkbench.setCell(parameters, TableCheckTest.inactivityRow(parameters), "Valeur", "9");
    byte[] edited = Files.readAllBytes(parameters);

    assertThatThrownBy(() -> RuleSetWorkbench.exportShipped(rulesets))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rulesets + " is not empty: exporting would overwrite the tables and scenarios"
            + " it may hold; choose a new or empty folder");
    assertThat(Files.readAllBytes(parameters)).isEqualTo(edited);

    RuleSetWorkbench.exportShipped(rulesets, true);
    assertThat(Files.readAllBytes(parameters)).isNotEqualTo(edited);
    assertThat(RuleSetWorkbench.check(version).ok()).isTrue();
  }

  @Test
  void exporting_never_writes_through_a_symbolic_link() throws IOException {
    Path target = work.resolve("again");
    Files.createDirectories(target);
    Path victim = Files.writeString(outside.resolve("victim.txt"), SECRET);
    try {
      Files.createSymbolicLink(target.resolve("index.json"), victim);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not available here");
    }

    assertThatThrownBy(() -> RuleSetWorkbench.exportShipped(target, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(target.resolve("index.json") + " is a symbolic link; links are not followed,"
            + " nothing was exported");
    assertThat(Files.readString(victim)).isEqualTo(SECRET);
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files).containsExactly(target.resolve("index.json"));
    }
  }

  @Test
  void exporting_to_an_empty_name_or_into_a_file_is_refused() throws IOException {
    assertThatThrownBy(() -> RuleSetWorkbench.exportShipped(Path.of("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("give the folder to export to");
    Path file = Files.writeString(work.resolve("file.txt"), "x");
    assertThatThrownBy(() -> RuleSetWorkbench.exportShipped(file, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(file + " is a file, not a folder");
  }
}
