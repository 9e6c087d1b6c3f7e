package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.PlieJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conventions a command-line user expects: {@code -h} on every command, {@code --version},
 * unknown options refused with a usage line, {@code -} for standard input, {@code -o FILE}, and
 * the launcher of the distribution. Tests run with the module directory as working directory.
 */
class CommandLineConventionsTest {
  private static final PlieRules RULES = PlieRules.load();
  private static final String ELIGIBLE = "samples/entry/eligible-dijon-long-term-unemployed.json";

  @TempDir
  Path tmp;

  private static CliRun runWithInput(String stdin, String... args) {
    return CliRun.withInput(RULES, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private static CliRun run(String... args) {
    return runWithInput("", args);
  }

  /** Every command and subcommand, as a user types it. */
  static Stream<List<String>> commands() {
    return Stream.of(List.of(), List.of("entry"), List.of("exit"), List.of("decide"),
        List.of("versions"), List.of("replay"), List.of("keys"), List.of("keys", "generate"),
        List.of("verify"), List.of("check"), List.of("table"), List.of("table", "show"),
        List.of("table", "set"), List.of("rulesets"), List.of("rulesets", "export"),
        List.of("impact"), List.of("bench"), List.of("bench", "startup"),
        List.of("bench", "throughput"), List.of("bench", "batch"), List.of("bench", "all"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void every_command_has_help_on_stdout_and_exit_code_0(List<String> command) {
    for (String help : List.of("-h", "--help")) {
      List<String> args = new ArrayList<>(command);
      args.add(help);
      CliRun run = run(args.toArray(String[]::new));
      assertThat(run.status()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).startsWith("Usage: plie-rules" + (command.isEmpty() ? "" : " "
          + String.join(" ", command)));
      assertThat(run.err()).isEmpty();
    }
  }

  /** Every command with the arguments it needs, and an option it does not know. */
  static Stream<List<String>> commandsWithTheirArguments() {
    return Stream.of(List.of(), List.of("entry", ELIGIBLE), List.of("exit", ELIGIBLE),
        List.of("decide", ELIGIBLE), List.of("versions"), List.of("replay", "d.json"),
        List.of("keys", "generate", "k"), List.of("verify", "--public-key", "k.pem", "r.jsonl"),
        List.of("check", "x.xlsx"), List.of("table", "show", "x.xlsx"),
        List.of("table", "set", "x.xlsx", "9", "Valeur", "4"), List.of("rulesets", "export", "d"),
        List.of("impact", "--from", "2018.1", "--to", "2018.2", "c.jsonl"),
        List.of("bench", "startup", "1"), List.of("bench", "throughput"),
        List.of("bench", "batch", "10"));
  }

  @ParameterizedTest
  @MethodSource("commandsWithTheirArguments")
  void an_unknown_option_is_refused_with_a_usage_line_and_exit_code_2(List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.add("--frobnicate");
    CliRun run = run(args.toArray(String[]::new));
    assertThat(run.status()).isEqualTo(PlieRulesCli.INVALID);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("Usage: plie-rules")
        .contains("--help' for more.").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void version_names_the_library_build_and_the_shipped_rule_sets() {
    CliRun run = run("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("plie-rules " + PlieRules.libraryVersion() + "\n")
        .contains("Rule sets shipped:");
    assertThat(PlieRules.libraryVersion()).contains("+git.");
    RULES.versions().forEach(v -> assertThat(run.out()).contains(v.fingerprint()));
  }

  @Test
  void a_file_that_looks_like_an_option_is_not_taken_for_a_file() {
    CliRun run = run("entry", "--explain", "--json", ELIGIBLE);
    assertThat(run.status()).isEqualTo(PlieRulesCli.INVALID);
    assertThat(run.err()).startsWith("plie-rules entry: Unknown option: '--json'");
  }

  @Test
  void a_dash_reads_one_pretty_printed_document_from_standard_input() throws IOException {
    CliRun fromFile = run("entry", ELIGIBLE);
    CliRun fromStdin = runWithInput(Files.readString(Path.of(ELIGIBLE)), "entry", "-");
    assertThat(fromStdin.status()).isZero();
    assertThat(fromStdin.err()).isEmpty();
    EntryDecision viaStdin = PlieJson.readEntryDecision(fromStdin.out());
    assertThat(viaStdin.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
    assertThat(viaStdin.outcome()).isEqualTo(PlieJson.readEntryDecision(fromFile.out()).outcome());
  }

  @Test
  void a_dash_reads_json_lines_from_standard_input_one_entry_per_record() throws IOException {
    String line = PlieJson.parse(Files.readString(Path.of(ELIGIBLE))).toString();
    CliRun run = runWithInput(line + "\n{\"participantId\": \"X\"\n" + line.replace("DIJ-2018-0001", "LAST")
        + "\n", "entry", "-");
    assertThat(run.status()).isEqualTo(PlieRulesCli.INVALID);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(PlieJson.readEntryDecision(lines.get(0)).participantId()).isEqualTo("DIJ-2018-0001");
    assertThat(PlieJson.parse(lines.get(1)).get("record").asText()).isEqualTo("stdin:2");
    assertThat(PlieJson.readEntryDecision(lines.get(2)).participantId()).isEqualTo("LAST");
  }

  @Test
  void dash_o_writes_to_the_file_exactly_what_stdout_would_show() throws IOException {
    CliRun toStdout = run("versions");
    Path file = tmp.resolve("versions.tsv");
    CliRun toFile = run("versions", "-o", file.toString());
    assertThat(toFile.status()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(toStdout.out());

    Path decisions = tmp.resolve("decisions.jsonl");
    assertThat(run("decide", "--output", decisions.toString(), "samples/cohort.jsonl").status()).isZero();
    assertThat(Files.readAllLines(decisions)).hasSize(
        (int) Files.readAllLines(Path.of("samples/cohort.jsonl")).stream().filter(l -> !l.isBlank()).count());
  }

  @Test
  void dash_o_into_a_folder_that_does_not_exist_is_one_line_and_exit_code_2() {
    CliRun run = run("versions", "-o", tmp.resolve("no/such/folder/out.txt").toString());
    assertThat(run.status()).isEqualTo(PlieRulesCli.INVALID);
    assertThat(run.err()).startsWith("plie-rules: ").contains("cannot be written")
        .doesNotContain("\tat ");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  /**
   * The launcher of the distribution built by {@code package} runs the command line from any
   * folder. Maven runs tests before {@code package}, so the test lays the distribution out the
   * way the assembly does (bin/ with the script, lib/ with the class path) and runs the script.
   */
  @Test
  void the_launcher_script_decides_a_sample() throws IOException, InterruptedException {
    Path script = distribution();
    Process launcher = new ProcessBuilder(script.toString(), "entry",
        Path.of(ELIGIBLE).toAbsolutePath().toString())
        .directory(tmp.toFile()).redirectErrorStream(false).start();
    launcher.getOutputStream().close();
    String out = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(launcher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(launcher.exitValue()).as(err).isZero();
    assertThat(PlieJson.readEntryDecision(out).outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
  }

  /**
   * The launcher runs the JVM with the parallel collector (measured faster for decisions,
   * docs/performance.md), unless JAVA_OPTS chooses a collector: then only the user's.
   */
  @Test
  void the_launcher_uses_the_parallel_collector_unless_java_opts_chooses_one()
      throws IOException, InterruptedException {
    Path script = distribution();
    assertThat(jvmFlags(script, "-XX:+PrintCommandLineFlags"))
        .contains("-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC");
    assertThat(jvmFlags(script, "-XX:+UseSerialGC -XX:+PrintCommandLineFlags"))
        .contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
    // A collector in the options the JVM reads by itself: two collectors would stop it.
    assertThat(jvmFlags(script, "-XX:+PrintCommandLineFlags",
        Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC")))
        .contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseParallelGC");
  }

  private String jvmFlags(Path script, String javaOpts) throws IOException, InterruptedException {
    return jvmFlags(script, javaOpts, Map.of());
  }

  /** The flags the launcher's JVM was started with (it prints them first), for a version query. */
  private String jvmFlags(Path script, String javaOpts, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "--version")
        .directory(tmp.toFile());
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(environment);
    builder.environment().put("JAVA_OPTS", javaOpts);
    Process launcher = builder.start();
    launcher.getOutputStream().close();
    String out = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(launcher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(launcher.exitValue()).as(err).isZero();
    return out.lines().filter(line -> line.contains("-XX:")).findFirst().orElse("");
  }

  /** The distribution laid out as the assembly does; its launcher script. */
  private Path distribution() throws IOException, InterruptedException {
    Path home = tmp.resolve("plie-rules");
    Path script = home.resolve("bin/plie-rules");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib"));
    Files.copy(Path.of("src/main/dist/bin/plie-rules"), script);
    script.toFile().setExecutable(true);
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path source = Path.of(entry);
      if (Files.isRegularFile(source) && source.toString().endsWith(".jar")) {
        Files.copy(source, home.resolve("lib").resolve(source.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else if (Files.isDirectory(source) && source.endsWith("classes")) {
        // The module's own classes, as plie-rules.jar holds them.
        try (Stream<Path> files = Files.walk(source)) {
          Path jarRoot = home.resolve("lib/classes-" + source.getParent().getParent().getFileName());
          for (Path f : (Iterable<Path>) files::iterator) {
            Path target = jarRoot.resolve(source.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
    }
    // lib/* takes jars only: pack the class folders as jars.
    try (Stream<Path> dirs = Files.list(home.resolve("lib"))) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Process jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(),
            "cf", dir + ".jar", "-C", dir.toString(), ".").inheritIO().start();
        assertThat(jar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jar.exitValue()).isZero();
      }
    }
    return script;
  }
}
