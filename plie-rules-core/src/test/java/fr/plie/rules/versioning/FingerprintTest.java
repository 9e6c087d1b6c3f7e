package fr.plie.rules.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.RuleSetVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint is computed from the exact bytes loaded: the same files give the same value
 * wherever they are read from, one changed byte gives another.
 */
public class FingerprintTest {
  /** The rule sets as they sit in the source tree (tests run in the module's folder). */
  public static final Path SOURCE = Path.of("src/main/resources/rulesets");

  /** Each revision's fingerprint by « 2018.1-r2 ». */
  static Map<String, String> fingerprints(PlieRules rules) {
    return rules.versions().stream()
        .collect(Collectors.toMap(FingerprintTest::label, RuleSetVersion::fingerprint));
  }

  static String label(RuleSetVersion v) {
    return v.version() + "-r" + v.revision();
  }

  /** The shipped revisions (« 2018.2-r1 ») whose manifest lists a file, by its path. */
  static java.util.Set<String> readersOf(String path) {
    return fr.plie.rules.internal.RuleSetRegistry.shipped().versions().stream()
        .filter(v -> v.resourcePaths().contains(path))
        .map(v -> v.reference().version() + "-r" + v.reference().revision())
        .collect(Collectors.toSet());
  }

  /** Copies a folder tree as it is (also used by tests of other packages). */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  @Test
  void fingerprints_are_sha256_and_differ_between_versions() {
    Map<String, String> shipped = fingerprints(PlieRules.load());
    assertThat(shipped.values()).allMatch(f -> f.matches("sha256:[0-9a-f]{64}"));
    // Every version and every revision of it has its own.
    assertThat(shipped.values()).doesNotHaveDuplicates();
  }

  @Test
  void the_same_bytes_read_from_a_folder_give_the_same_fingerprints_as_the_jar(@TempDir Path copy)
      throws IOException {
    copyTree(SOURCE, copy);
    assertThat(fingerprints(PlieRules.loadFrom(copy))).isEqualTo(fingerprints(PlieRules.load()));
  }

  @Test
  void one_changed_byte_in_a_table_of_2018_2_changes_exactly_the_versions_that_read_it(
      @TempDir Path copy) throws IOException {
    copyTree(SOURCE, copy);
    String table = "plie-dijon/2018.2/tables/communes.drl.xlsx";
    Path communes = copy.resolve(table);
    // As an analyst would: open the workbook, retype one cell (Talant's name), save.
    try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(communes.toFile(), null, false)) {
      for (var row : workbook.getSheetAt(0)) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && cell.getStringCellValue().equals("Talant")) {
            cell.setCellValue("talant");
          }
        }
      }
      Path edited = copy.resolve("edited.xlsx");
      try (var out = Files.newOutputStream(edited)) {
        workbook.write(out);
      }
      Files.move(edited, communes, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    Map<String, String> before = fingerprints(PlieRules.load());
    Map<String, String> after = fingerprints(PlieRules.loadFrom(copy));
    // Every revision of 2018.2 reads that table (and any later version listing it); no revision
    // of 2018.1 does.
    java.util.Set<String> readers = readersOf(table);
    assertThat(readers).contains("2018.2-r1").doesNotContain("2018.1-r1");
    assertThat(after).allSatisfy((revision, fingerprint) -> {
      if (readers.contains(revision)) {
        assertThat(fingerprint).as(revision).isNotEqualTo(before.get(revision));
      } else {
        assertThat(fingerprint).as(revision).isEqualTo(before.get(revision));
      }
    });
  }

  @Test
  void one_changed_byte_in_a_shared_rule_file_changes_both_versions(@TempDir Path copy)
      throws IOException {
    copyTree(SOURCE, copy);
    Path rule = copy.resolve("plie-dijon/2018.1/entry/work-authorization.drl");
    Files.writeString(rule, Files.readString(rule).replace("authorised to work", "authorized to work"));

    Map<String, String> before = fingerprints(PlieRules.load());
    Map<String, String> after = fingerprints(PlieRules.loadFrom(copy));
    assertThat(after).allSatisfy((version, fingerprint) ->
        assertThat(fingerprint).as(version).isNotEqualTo(before.get(version)));
  }

  @Test
  void the_fingerprint_does_not_depend_on_the_folder_name(@TempDir Path parent) throws IOException {
    Path one = parent.resolve("one");
    Path two = parent.resolve("somewhere-else");
    copyTree(SOURCE, one);
    copyTree(SOURCE, two);
    assertThat(fingerprints(PlieRules.loadFrom(one)))
        .isEqualTo(fingerprints(PlieRules.loadFrom(two)));
  }

  @Test
  void every_decision_records_the_fingerprint_and_library_version_of_its_rules() {
    PlieRules rules = PlieRules.load();
    Map<String, RuleSetVersion> current = rules.versions().stream().filter(RuleSetVersion::current)
        .collect(Collectors.toMap(RuleSetVersion::version, Function.identity()));
    var decision = rules.assessEntry(RuleSetVersionSelectionTest.livingIn("21231",
        java.time.LocalDate.of(2019, 5, 1)));
    assertThat(decision.ruleSet().version()).isEqualTo("2018.2");
    // The current revision decides, and the decision names it.
    assertThat(decision.ruleSet().revision()).isEqualTo(current.get("2018.2").revision());
    assertThat(decision.ruleSet().fingerprint()).isEqualTo(current.get("2018.2").fingerprint());
    assertThat(decision.ruleSet().libraryVersion()).isNotBlank().isNotEqualTo("unknown");
  }
}
