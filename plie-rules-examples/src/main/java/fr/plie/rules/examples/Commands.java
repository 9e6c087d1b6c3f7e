package fr.plie.rules.examples;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.InputKind;
import fr.plie.rules.model.InputLimits;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RuleSetVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands of {@code plie-rules}, as picocli reads them. Each one only parses: the work is
 * done by {@link PlieRulesCli}, which owns the streams, the loaded rules and the exit codes.
 */
final class Commands {
  private Commands() {}

  static final String EXIT_CODES = """
      Exit codes:
        0  done (all decided; replay: identical; check: sound; verify: no invalid signature)
        1  internal error (a record could not be decided; the others were)
        2  invalid input or usage (named by field; the other records are still decided)
        3  replay: the decision differs
        4  replay: the decision names rules this library does not ship
        5  check: problems or failing scenarios found
        6  a signature does not verify""";

  /** {@code -o FILE}: what the command prints goes to FILE instead of stdout. */
  static final class Output {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write to FILE instead of standard output (- for standard output).")
    Path file;
  }

  /** {@code -h/--help} on every command. */
  static final class Help {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
  }

  /** --version: this build, its source revision and the rule sets it ships. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      List<String> lines = new ArrayList<>();
      lines.add("plie-rules " + PlieRules.libraryVersion());
      lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
      lines.add("Rule sets shipped:");
      for (RuleSetVersion v : PlieRules.load().versions()) {
        lines.add("  " + PlieRulesCli.versionLine(v));
      }
      return lines.toArray(String[]::new);
    }
  }

  @Command(name = "plie-rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
      usageHelpAutoWidth = true,
      description = {"Decides PLIE entry eligibility (§I.C.1) and positive exits (§I.C.2) of the"
          + " Dijon PLIE 2018 call for projects, with the reasons, the rules that fired and the"
          + " text they cite."},
      footer = {"", "Run 'plie-rules COMMAND -h' for a command's options.", "", EXIT_CODES})
  static final class Cli implements Callable<Integer> {
    private final PlieRulesCli cli;
    @Spec CommandSpec spec;

    Cli(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      // No command: say how to use it, on stderr, as a usage error.
      spec.commandLine().usage(spec.commandLine().getErr());
      return PlieRulesCli.INVALID;
    }
  }

  /** What entry, exit and decide share: files, --explain, -o and the record options. */
  abstract static class Deciding implements Callable<Integer> {
    @Mixin Help help = new Help();

    final PlieRulesCli cli;

    @Option(names = "--explain", description = "Print the French explanation instead of JSON.")
    boolean explain;

    @Option(names = "--sign-key", paramLabel = "PRIVATE.pem",
        description = "Sign each decision record with this Ed25519 private key (keys generate).")
    Path signKey;

    @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
        description = "Write pseudonymised records (participant id as a keyed HMAC pseudonym,"
            + " special-category data minimised); KEYFILE holds at least 32 secret bytes.")
    Path pseudonymKey;

    @Mixin Output output = new Output();

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "FILE.json: one record; FILE.jsonl or .ndjson: one per line;"
            + " - : standard input (JSON Lines, or one document).")
    List<String> files;

    Deciding(PlieRulesCli cli) {
      this.cli = cli;
    }

    abstract Object decide(PlieRules rules, com.fasterxml.jackson.databind.JsonNode json);

    @Override
    public Integer call() throws Exception {
      RecordOptions records = RecordOptions.of(signKey, pseudonymKey, null);
      String kind = getClass().getAnnotation(Command.class).name();
      return cli.writingTo(output.file, () -> cli.decideFiles(files, explain, kind,
          json -> decide(records.apply(cli.rules()), json)));
    }
  }

  @Command(name = "entry", usageHelpAutoWidth = true,
      description = "Decide PLIE entry applications (§I.C.1).")
  static final class Entry extends Deciding {
    Entry(PlieRulesCli cli) {
      super(cli);
    }

    @Override
    Object decide(PlieRules rules, com.fasterxml.jackson.databind.JsonNode json) {
      return rules.assessEntry(PlieJson.fromTree(json, EntryApplication.class));
    }
  }

  @Command(name = "exit", usageHelpAutoWidth = true,
      description = "Decide whether participants' exits are positive (§I.C.2), route by route.")
  static final class Exit extends Deciding {
    Exit(PlieRulesCli cli) {
      super(cli);
    }

    @Override
    Object decide(PlieRules rules, com.fasterxml.jackson.databind.JsonNode json) {
      return rules.assessExit(PlieJson.fromTree(json, ExitCase.class));
    }
  }

  @Command(name = "decide", usageHelpAutoWidth = true,
      description = "Decide entry applications and exit cases, each record's kind told by its"
          + " fields (a record that could be either is refused).")
  static final class Decide extends Deciding {
    Decide(PlieRulesCli cli) {
      super(cli);
    }

    @Override
    Object decide(PlieRules rules, com.fasterxml.jackson.databind.JsonNode json) {
      return InputKind.of(json) == InputKind.EXIT
          ? rules.assessExit(PlieJson.fromTree(json, ExitCase.class))
          : rules.assessEntry(PlieJson.fromTree(json, EntryApplication.class));
    }
  }

  @Command(name = "batch", usageHelpAutoWidth = true,
      description = {"Decide a file of entry applications and exit cases, mixed, on several"
          + " threads: JSON Lines or CSV in, one JSON line out per input record, in input order"
          + " (the same bytes on any number of threads), streamed (the file is never held).",
          "By default each decision is written in its compact form (outcome, criterion or route"
          + " statuses, dates, rule-set version and fingerprint, decision id); --full writes the"
          + " full decision record, the form replay and verify take. A record that is not"
          + " decided gives an error line in its place naming the record, the field and the"
          + " problem; the batch goes on.",
          "A progress bar on stderr when it is a terminal, a one-line summary at the end."})
  static final class BatchDecide implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Parameters(paramLabel = "IN",
        description = "FILE.jsonl (or .ndjson, .json), FILE.csv, or - for standard input.")
    String input;

    @Mixin Output output = new Output();

    @Option(names = "--threads", paramLabel = "N",
        description = "Deciding threads (default: the processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", paramLabel = "auto|jsonl|csv", defaultValue = "auto",
        description = "The input's format (default: ${DEFAULT-VALUE}, CSV for a .csv name,"
            + " JSON Lines otherwise and for standard input).")
    String format;

    @Option(names = "--full", description = "Write the full decision record (replay, verify,"
        + " report take it) instead of the compact form.")
    boolean full;

    @Option(names = "--summary", paramLabel = "FILE.json",
        description = "Write the steering summary to FILE.json and print it as a French table"
            + " on stderr.")
    Path summary;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--sign-key", paramLabel = "PRIVATE.pem",
        description = "Sign each decision record (with --full) with this Ed25519 private key.")
    Path signKey;

    @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
        description = "Write pseudonymised records; KEYFILE holds at least 32 secret bytes.")
    Path pseudonymKey;

    BatchDecide(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      if (!List.of("auto", "jsonl", "csv").contains(format)) {
        throw new RecordOptions.UsageError("--format is auto, jsonl or csv, not '"
            + fr.plie.rules.model.SafeText.echo(format) + "'");
      }
      if (signKey != null && !full) {
        throw new RecordOptions.UsageError("--sign-key signs the full decision record: add --full");
      }
      RecordOptions records = RecordOptions.of(signKey, pseudonymKey, null);
      return cli.batch(new BatchCommand.Options(input, output.file, threads, format, full,
          summary, noProgress, records, signKey != null));
    }
  }

  @Command(name = "versions", usageHelpAutoWidth = true,
      description = "List the rule-set versions: id, version, validity and fingerprint.")
  static final class Versions implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;
    @Mixin Output output = new Output();

    Versions(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      return cli.writingTo(output.file, cli::versions);
    }
  }

  @Command(name = "replay", usageHelpAutoWidth = true,
      description = "Re-decide a recorded decision with the rule set it names and report"
          + " IDENTICAL, DIFFERENT (where) or UNKNOWN_RULE_SET.")
  static final class Replay implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Option(names = "--explain", description = "Print the report as text instead of JSON.")
    boolean explain;

    @Option(names = "--public-key", paramLabel = "PUBLIC.pem",
        description = "Check the record's signature with this public key before re-deciding.")
    Path publicKey;

    @Mixin Output output = new Output();

    @Parameters(paramLabel = "DECISION.json", description = "The recorded decision (- : standard input).")
    String decision;

    Replay(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      RecordOptions records = RecordOptions.of(null, null, publicKey);
      return cli.writingTo(output.file, () -> cli.replay(List.of(decision), explain, records));
    }
  }

  @Command(name = "keys", usageHelpAutoWidth = true,
      description = "Manage the keys that sign decision records.",
      synopsisSubcommandLabel = "generate")
  static final class Keys implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Spec CommandSpec spec;

    Keys(PlieRulesCli cli) {}

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return PlieRulesCli.INVALID;
    }
  }

  @Command(name = "generate", usageHelpAutoWidth = true,
      description = "Write a new Ed25519 key pair: DIR/private-key.pem (keep it secret) and"
          + " DIR/public-key.pem (for verify). Never overwrites.")
  static final class KeysGenerate implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Parameters(paramLabel = "DIR", description = "The folder to write the two keys to.")
    String dir;

    KeysGenerate(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      return RecordCommands.keys(List.of("generate", dir), cli.out(), cli.err());
    }
  }

  @Command(name = "verify", usageHelpAutoWidth = true,
      description = "Check the signature of every record: VALID, INVALID or UNSIGNED, one line each.")
  static final class Verify implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Option(names = "--public-key", paramLabel = "PUBLIC.pem", required = true,
        description = "The public key of the key that signed the records.")
    Path publicKey;

    @Mixin Output output = new Output();

    @Parameters(arity = "1..*", paramLabel = "RECORDS",
        description = "RECORDS.json or RECORDS.jsonl (- : standard input).")
    List<String> files;

    Verify(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      RecordOptions records = RecordOptions.of(null, null, publicKey);
      return cli.writingTo(output.file, () -> RecordCommands.verify(files, records.verifier,
          cli.out(), cli.err(), () -> cli.standardInput(InputLimits.MAX_DECISION_BYTES)));
    }
  }

  @Command(name = "report", usageHelpAutoWidth = true,
      description = "Write the HTML audit report of decision records: one self-contained French"
          + " page (inline CSS and SVG, no script) that prints on A4, with an index when there"
          + " are several records.")
  static final class Report implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Option(names = "--public-key", paramLabel = "PUBLIC.pem",
        description = "Check each record's signature (VALID, INVALID, UNSIGNED); without it the"
            + " report says \"non vérifiée\".")
    Path publicKey;

    @Mixin Output output = new Output();

    @Parameters(arity = "1..*", paramLabel = "RECORDS",
        description = "RECORDS.json or RECORDS.jsonl (- : standard input).")
    List<String> files;

    Report(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      RecordOptions records = RecordOptions.of(null, null, publicKey);
      return cli.report(files, records.verifier, output.file);
    }
  }

  @Command(name = "check", usageHelpAutoWidth = true,
      description = "Signale chaque problème d'une table, d'un dossier de version ou d'une racine"
          + " de jeux de règles, puis joue ses scénarios et dit lesquels échouent ou changent.")
  static final class Check implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;
    @Mixin Output output = new Output();

    @Parameters(paramLabel = "TABLE.xlsx|DOSSIER-VERSION|DOSSIER-RULESETS")
    String target;

    Check(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      return cli.writingTo(output.file, () -> cli.check(List.of(target)));
    }
  }

  @Command(name = "table", usageHelpAutoWidth = true,
      description = "Lit ou modifie une table de décision des analystes.",
      synopsisSubcommandLabel = "(show | set)")
  static final class Table implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Spec CommandSpec spec;

    Table(PlieRulesCli cli) {}

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return PlieRulesCli.INVALID;
    }
  }

  @Command(name = "show", usageHelpAutoWidth = true,
      description = "Affiche une table de décision en Markdown, avec ses numéros de ligne du"
          + " tableur.")
  static final class TableShow implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;
    @Mixin Output output = new Output();

    @Parameters(paramLabel = "FICHIER.xlsx")
    String file;

    TableShow(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      return cli.writingTo(output.file, () -> cli.table(List.of("show", file)));
    }
  }

  @Command(name = "set", usageHelpAutoWidth = true,
      description = "Modifie une cellule de données : numéro de ligne et titre de colonne tels"
          + " que 'table show' les affiche. Une table au format des analystes le garde.")
  static final class TableSet implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Parameters(index = "0", paramLabel = "FICHIER.xlsx")
    String file;
    @Parameters(index = "1", paramLabel = "LIGNE")
    String row;
    @Parameters(index = "2", paramLabel = "COLONNE")
    String column;
    @Parameters(index = "3", paramLabel = "VALEUR")
    String value;

    TableSet(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      return cli.table(List.of("set", file, row, column, value));
    }
  }

  @Command(name = "scenarios", usageHelpAutoWidth = true,
      description = "Les scénarios d'une version (scenarios.json).",
      synopsisSubcommandLabel = "accept")
  static final class ScenariosGroup implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Spec CommandSpec spec;

    ScenariosGroup(PlieRulesCli cli) {}

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return PlieRulesCli.INVALID;
    }
  }

  @Command(name = "accept", usageHelpAutoWidth = true,
      description = {"Rejoue les scénarios d'un dossier de version et montre chaque scénario qui"
          + " décide autrement que prévu (attendu, décidé maintenant).",
          "Avec --yes, réécrit scenarios.json avec ces décisions comme attentes (ordre et autres"
          + " champs conservés) ; sans --yes, n'écrit rien et sort avec le code 5 s'il y a des"
          + " différences."})
  static final class ScenariosAccept implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;
    @Mixin Output output = new Output();

    @Parameters(paramLabel = "VERSION-DIR")
    String folder;

    @Option(names = {"-y", "--yes"},
        description = "Enregistrer les décisions montrées comme nouvelles attentes.")
    boolean yes;

    ScenariosAccept(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      return cli.writingTo(output.file, () -> cli.scenariosAccept(folder, yes));
    }
  }

  @Command(name = "rulesets", usageHelpAutoWidth = true,
      description = "Copy the shipped rule sets to edit them.", synopsisSubcommandLabel = "export")
  static final class Rulesets implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Spec CommandSpec spec;

    Rulesets(PlieRulesCli cli) {}

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return PlieRulesCli.INVALID;
    }
  }

  @Command(name = "export", usageHelpAutoWidth = true,
      description = "Copy the shipped rule sets (rules, tables, scenarios) to DIR, new or empty.")
  static final class RulesetsExport implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Option(names = "--force", description = "Export into a folder that is not empty, overwriting its files.")
    boolean force;

    @Parameters(paramLabel = "DIR")
    String dir;

    RulesetsExport(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<String> args = new ArrayList<>(List.of("export", dir));
      if (force) {
        args.add("--force");
      }
      return cli.rulesets(args);
    }
  }

  @Command(name = "impact", usageHelpAutoWidth = true,
      description = "Décide une cohorte avec deux jeux de règles et dit ce qui change.")
  static final class Impact implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Option(names = "--from", required = true, paramLabel = "VERSION|DOSSIER",
        description = "Une version livrée (2018.1 : sa révision en vigueur ; 2018.1-r1 : sa"
            + " révision 1), une série (2018) ou un dossier.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "VERSION|DOSSIER",
        description = "Les mêmes sortes de référence.")
    String to;

    @Option(names = "--json", description = "Le rapport en JSON.")
    boolean json;

    @Mixin Output output = new Output();

    @Parameters(paramLabel = "COHORTE.jsonl")
    String cohort;

    Impact(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
      List<String> args = new ArrayList<>(List.of("--from", from, "--to", to, cohort));
      if (json) {
        args.add("--json");
      }
      return cli.writingTo(output.file, () -> cli.impact(args));
    }
  }

  @Command(name = "bench", usageHelpAutoWidth = true,
      description = "Benchmarks a user can run.", synopsisSubcommandLabel = "(startup | throughput | batch | all)")
  static final class Bench implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Spec CommandSpec spec;

    Bench(PlieRulesCli cli) {}

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return PlieRulesCli.INVALID;
    }
  }

  @Command(name = "startup", usageHelpAutoWidth = true,
      description = "Time to first decision and heap in fresh JVMs, precompiled rules against"
          + " DRL compiled at start-up, with the ratios.")
  static final class BenchStartup implements Callable<Integer> {
    @Mixin Help help = new Help();

    private final PlieRulesCli cli;

    @Parameters(arity = "0..1", paramLabel = "RUNS", defaultValue = "5",
        description = "Fresh JVMs per variant (default: ${DEFAULT-VALUE}).")
    int runs;

    BenchStartup(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      return cli.bench(List.of("startup", Integer.toString(runs)));
    }
  }

  /** What bench throughput and bench all take: the seconds of deciding per measurement. */
  static final class Seconds {
    @Option(names = "--seconds", paramLabel = "S", defaultValue = "6",
        description = "Seconds of deciding per throughput measurement (default: ${DEFAULT-VALUE}).")
    double seconds;
  }

  /** What bench batch and bench all take: the numbers of records. */
  static final class Sizes {
    @Parameters(arity = "0..*", paramLabel = "N",
        description = "Numbers of records of the batch (default: 10000 100000).")
    List<Integer> sizes;

    @Option(names = "--records", paramLabel = "mixed|entry|exit", defaultValue = "mixed",
        description = "The records of the batch: mixed (half entry applications, half exit cases),"
            + " entry or exit (default: ${DEFAULT-VALUE}).")
    BatchBench.Records records;

    List<Integer> given() {
      return sizes == null ? List.of() : sizes;
    }
  }

  @Command(name = "throughput", usageHelpAutoWidth = true,
      description = "Entry and exit decisions per second, on one thread and on all cores,"
          + " through the engine and through the plain-Java references of the same rules"
          + " (the baseline), with the ratio.")
  static final class BenchThroughput implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Mixin Seconds seconds = new Seconds();

    private final PlieRulesCli cli;

    BenchThroughput(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      return cli.benchThroughput(seconds.seconds);
    }
  }

  @Command(name = "batch", usageHelpAutoWidth = true,
      description = "The batch (plie-rules batch, all cores and one thread) against reading the"
          + " same records and writing their lines as plain JSON (the baseline), compact and full;"
          + " then its peak memory in a fresh JVM with a 256 MiB heap, per number of records.")
  static final class BenchBatch implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Mixin Sizes sizes = new Sizes();

    private final PlieRulesCli cli;

    @Option(names = "--memory-only", description = "Measure the memory only (e.g. 1000000).")
    boolean memoryOnly;

    BenchBatch(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      return cli.benchBatch(sizes.given(), sizes.records, memoryOnly);
    }
  }

  @Command(name = "all", usageHelpAutoWidth = true,
      description = "Everything in one run: bench throughput, then bench batch.")
  static final class BenchAll implements Callable<Integer> {
    @Mixin Help help = new Help();

    @Mixin Seconds seconds = new Seconds();

    @Mixin Sizes sizes = new Sizes();

    private final PlieRulesCli cli;

    BenchAll(PlieRulesCli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      int status = cli.benchThroughput(seconds.seconds);
      return status != 0 ? status : cli.benchBatch(sizes.given(), sizes.records, false);
    }
  }
}
