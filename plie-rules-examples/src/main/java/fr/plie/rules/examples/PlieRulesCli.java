package fr.plie.rules.examples;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.ScenarioReview;
import fr.plie.rules.api.ImpactAnalysis;
import fr.plie.rules.api.ImpactReport;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RecordKeyException;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.api.RuleSetException;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.InputKind;
import fr.plie.rules.model.InputLimits;
import fr.plie.rules.model.InputProblem;
import fr.plie.rules.model.InputRecord;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordReader;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.RuleSetVersion;
import fr.plie.rules.model.SafeText;
import fr.plie.rules.model.SignatureStatus;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The {@code plie-rules} command line.
 *
 * <pre>
 * plie-rules entry [--explain] FILE...   decide entry applications (.json: one; .jsonl: one per line)
 * plie-rules exit [--explain] FILE...    decide positive exits (.json: one; .jsonl: one per line)
 * plie-rules batch IN [-o OUT] [--threads N] [--full] [--summary S.json]   decide a JSONL/CSV file
 * plie-rules versions                    list the rule-set versions
 * plie-rules replay [--explain] DECISION.json   re-decide a recorded decision and compare
 * plie-rules keys generate DIR           an Ed25519 key pair to sign decision records
 * plie-rules verify RECORDS.json[l] --public-key PUBLIC.pem   check records' signatures
 * plie-rules report RECORDS.json[l] [--public-key PUBLIC.pem] -o report.html   the HTML audit report
 * </pre>
 *
 * Exit codes: 0 all decided (replay: identical); 2 invalid input or usage (each bad record is
 * reported by field, the others are still decided; a bad key; a malformed signature); 3 replay
 * differs; 4 replay names rules this library does not ship; 6 a signature does not verify; 1 an
 * internal error (in a batch: some record could not be decided, the others were; it takes
 * precedence over 2).
 *
 * <p>Every input is untrusted (see {@code docs/security.md}): files are read record by record
 * ({@link RecordReader}), and whatever reaches the terminal has its control characters escaped.
 */
public final class PlieRulesCli {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int INVALID = 2;
  static final int REPLAY_DIFFERENT = 3;
  static final int REPLAY_UNKNOWN_RULES = 4;
  static final int CHECK_FAILED = 5;
  /** verify: a record's signature does not verify; replay: so it was not re-decided. */
  static final int SIGNATURE_INVALID = 6;

  /** Standard output, or the file of {@code -o} while a command runs. */
  private PrintStream out;
  private final InputStream in;
  private final PrintStream err;

  PlieRulesCli(PrintStream out, PrintStream err) {
    this(out, err, null);
  }

  /** With rules already loaded (tests share one facade rather than compile per run). */
  PlieRulesCli(PrintStream out, PrintStream err, PlieRules rules) {
    this(System.in, out, err, rules);
  }

  /** Reading {@code -} (standard input) from {@code in}. */
  PlieRulesCli(InputStream in, PrintStream out, PrintStream err, PlieRules rules) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.rules = rules;
  }

  /**
   * Runs the command line ({@code plie-rules -h} lists the commands) and exits with its code.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    // A failure in any other thread is one line too, never a stack trace.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (!(e instanceof OutOfMemoryError)) {
        err.println("plie-rules: internal error: " + shortly(e));
      } else if (!OUT_OF_MEMORY_REPORTED.getAndSet(true)) {
        err.println(OUT_OF_MEMORY);
      }
    });
    int status;
    try {
      status = new PlieRulesCli(out, err).run(args);
    } catch (OutOfMemoryError e) {
      if (!OUT_OF_MEMORY_REPORTED.getAndSet(true)) {
        err.println(OUT_OF_MEMORY);
      }
      status = INTERNAL_ERROR;
    }
    System.exit(status);
  }

  /** Made in advance: when memory has run out, building a message may fail too. */
  private static final String OUT_OF_MEMORY = outOfMemory(null);

  /** Several threads may run out of memory at once: the user reads it once. */
  private static final java.util.concurrent.atomic.AtomicBoolean OUT_OF_MEMORY_REPORTED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** The record being decided, for a message if memory runs out. */
  private String current;

  int run(String[] args) {
    CommandLine commandLine = commandLine();
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      String message = OUT_OF_MEMORY;
      try {
        message = outOfMemory(current);
      } catch (OutOfMemoryError again) {
        // keep the message made in advance
      }
      if (!OUT_OF_MEMORY_REPORTED.getAndSet(true)) {
        err.println(message);
      }
      return INTERNAL_ERROR;
    } catch (RuntimeException | Error e) {
      err.println("plie-rules: internal error: " + shortly(e));
      return INTERNAL_ERROR;
    }
  }

  /**
   * The commands, parsed by picocli: every command has {@code -h}, unknown options are refused
   * with a usage line (exit code 2), and a failure inside a command becomes one line, never a
   * stack trace ({@link #failure}).
   */
  CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Commands.Cli(this))
        .addSubcommand(new CommandLine(new Commands.Entry(this)))
        .addSubcommand(new CommandLine(new Commands.Exit(this)))
        .addSubcommand(new CommandLine(new Commands.Decide(this)))
        .addSubcommand(new CommandLine(new Commands.BatchDecide(this)))
        .addSubcommand(new CommandLine(new Commands.Versions(this)))
        .addSubcommand(new CommandLine(new Commands.Replay(this)))
        .addSubcommand(new CommandLine(new Commands.Keys(this))
            .addSubcommand(new CommandLine(new Commands.KeysGenerate(this))))
        .addSubcommand(new CommandLine(new Commands.Verify(this)))
        .addSubcommand(new CommandLine(new Commands.Report(this)))
        .addSubcommand(new CommandLine(new Commands.Check(this)))
        .addSubcommand(new CommandLine(new Commands.Table(this))
            .addSubcommand(new CommandLine(new Commands.TableShow(this)))
            .addSubcommand(new CommandLine(new Commands.TableSet(this))))
        .addSubcommand(new CommandLine(new Commands.ScenariosGroup(this))
            .addSubcommand(new CommandLine(new Commands.ScenariosAccept(this))))
        .addSubcommand(new CommandLine(new Commands.Rulesets(this))
            .addSubcommand(new CommandLine(new Commands.RulesetsExport(this))))
        .addSubcommand(new CommandLine(new Commands.Impact(this)))
        .addSubcommand(new CommandLine(new Commands.Bench(this))
            .addSubcommand(new CommandLine(new Commands.BenchStartup(this)))
            .addSubcommand(new CommandLine(new Commands.BenchThroughput(this)))
            .addSubcommand(new CommandLine(new Commands.BenchBatch(this)))
            .addSubcommand(new CommandLine(new Commands.BenchAll(this))))
        .addSubcommand(new CommandLine(new CommandLine.HelpCommand()));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setExecutionExceptionHandler((e, command, parsed) -> failure(e));
    commandLine.setParameterExceptionHandler((e, given) -> {
      // One line saying what is wrong, the command's usage line, where to read more.
      CommandLine command = e.getCommandLine();
      err.println(command.getCommandSpec().qualifiedName(" ") + ": "
          + SafeText.line(e.getMessage()));
      err.print(command.getHelp().fullSynopsis());
      err.println("Try '" + command.getCommandSpec().qualifiedName(" ") + " --help' for more.");
      return INVALID;
    });
    return commandLine;
  }

  /** What a command could not do, as one line per problem; the exit code that says it. */
  private int failure(Exception e) {
    if (e instanceof RuleSetException ruleSet) {
      // One problem a line, each line escaped.
      err.println("plie-rules: " + ruleSet.getMessage().lines().map(SafeText::line)
          .collect(java.util.stream.Collectors.joining(System.lineSeparator())));
      return INVALID;
    }
    if (e instanceof RecordKeyException || e instanceof RecordOptions.UsageError
        || e instanceof UserError) {
      err.println("plie-rules: " + SafeText.line(e.getMessage()));
      return INVALID;
    }
    err.println("plie-rules: internal error: " + shortly(e));
    return INTERNAL_ERROR;
  }

  /** A mistake of the user's that a command found after parsing (an output file that cannot be written). */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }

  /**
   * Runs a command with its output sent to {@code file} when {@code -o FILE} is given (then the
   * file holds exactly what stdout would have), to stdout otherwise.
   */
  int writingTo(Path file, java.util.concurrent.Callable<Integer> command) throws Exception {
    if (file == null || file.toString().equals("-")) {
      int status = command.call();
      // A full disk, a closed pipe: PrintStream keeps quiet about it; say so, and fail.
      out.flush();
      if (out.checkError()) {
        throw new UserError("the standard output could not be written (full disk? closed pipe?)");
      }
      return status;
    }
    PrintStream stdout = out;
    try (PrintStream toFile = new PrintStream(new java.io.BufferedOutputStream(
        Files.newOutputStream(file)), false, StandardCharsets.UTF_8)) {
      out = toFile;
      int status = command.call();
      toFile.flush();
      if (toFile.checkError()) {
        throw new UserError(SafeText.line(file.toString()) + ": could not be written");
      }
      return status;
    } catch (IOException | InvalidPathException e) {
      throw new UserError(SafeText.line(file.toString()) + ": cannot be written ("
          + shortly(e) + ")");
    } finally {
      out = stdout;
    }
  }

  private static String outOfMemory(String record) {
    return "plie-rules: out of memory" + (record == null ? "" : " while deciding "
        + SafeText.line(record)) + "; give Java more memory (java -Xmx2g -jar …) or split the input";
  }

  /**
   * An unexpected failure in one line: the kind and the start of the message of its root cause
   * (the engine wraps what a rule threw), escaped.
   */
  static String shortly(Throwable e) {
    return SafeText.failureLine(e);
  }

  private PlieRules rules;

  PlieRules rules() {
    if (rules == null) {
      rules = PlieRules.load();
    }
    return rules;
  }

  /** One line per revision: which one decides new cases, which are kept for replay only. */
  int versions() {
    for (RuleSetVersion v : rules().versions()) {
      out.println(versionLine(v));
    }
    return OK;
  }

  /** A rule-set version in one tab-separated line, as {@code versions} and {@code --version} print it. */
  static String versionLine(RuleSetVersion v) {
    return v.id() + "\t" + v.version() + "\t" + "r" + v.revision() + "\t"
        + (v.current() ? "current" : "replay-only") + "\t" + v.validFrom() + "\t"
        + (v.validTo() == null ? "(open)" : v.validTo()) + "\t" + v.fingerprint();
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  InputStream in() {
    return in;
  }

  /** {@code batch}: see {@link BatchCommand}. */
  int batch(BatchCommand.Options options) throws Exception {
    return BatchCommand.run(this, options);
  }


  int replay(List<String> files, boolean explain, RecordOptions records) {
    if (files.size() != 1) {
      err.println("plie-rules replay: give exactly one recorded DECISION.json");
      return INVALID;
    }
    String file = SafeText.line(files.get(0));
    InputRecord recorded;
    try (RecordReader reader = files.get(0).equals(STDIN)
        ? RecordReader.document(in, "stdin", InputLimits.MAX_DECISION_BYTES)
        : RecordReader.document(Files.newInputStream(Path.of(files.get(0))),
            files.get(0), InputLimits.MAX_DECISION_BYTES)) {
      recorded = reader.next();
    } catch (NoSuchFileException e) {
      err.println("plie-rules: " + file + ": no such file");
      return INVALID;
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      err.println("plie-rules: " + file + ": cannot be read (" + shortly(e) + ")");
      return INVALID;
    }
    ReplayReport report;
    try {
      if (!recorded.readable()) {
        throw recorded.problem();
      }
      report = replayDecision(recorded.json(), records.apply(rules()));
    } catch (InvalidInputException e) {
      err.println("plie-rules: invalid recorded decision in " + file + ": "
          + SafeText.line(e.getMessage()));
      return INVALID;
    }
    if (report.signature() == SignatureStatus.NOT_CHECKED) {
      err.println("plie-rules replay: note: the record is signed but its signature was not checked;"
          + " give --public-key PUBLIC.pem to check it before re-deciding");
    }
    if (explain) {
      out.println(report.status() + ": " + SafeText.line(report.summary()));
      report.differences().forEach(d -> out.println("  " + SafeText.line(d.path())
          + ": recorded " + shown(d.recorded()) + ", replayed " + shown(d.replayed())));
    } else {
      out.println(PlieJson.write(report));
    }
    return switch (report.status()) {
      case IDENTICAL -> OK;
      case DIFFERENT -> REPLAY_DIFFERENT;
      case UNKNOWN_RULE_SET -> REPLAY_UNKNOWN_RULES;
      case SIGNATURE_INVALID -> SIGNATURE_INVALID;
    };
  }

  /**
   * The HTML audit report of the records in {@code files}, to {@code output} (stdout when null).
   * Read first, so that an input none of whose records can be read writes nothing.
   */
  int report(List<String> files, fr.plie.rules.api.RecordVerifier verifier, Path output)
      throws Exception {
    ReportCommand.Read read = ReportCommand.read(files, verifier, err,
        () -> standardInput(InputLimits.MAX_DECISION_BYTES));
    if (read.items().isEmpty()) {
      if (!read.problem()) {
        err.println("plie-rules report: no decision record in the input");
      }
      return INVALID;
    }
    writingTo(output, () -> {
      ReportCommand.write(read, out);
      return OK;
    });
    return read.problem() ? INVALID : read.invalidSignature() ? SIGNATURE_INVALID : OK;
  }

  int check(List<String> args) {
    if (args.size() != 1) {
      err.println("plie-rules check : donnez une TABLE.xlsx, un dossier de version ou une racine de"
          + " jeux de règles");
      return INVALID;
    }
    Path path = path(args.get(0));
    if (path == null || !Files.exists(path)) {
      err.println("plie-rules check : " + shown(args.get(0)) + " : aucun fichier ni dossier de ce nom");
      return INVALID;
    }
    CheckReport report = RuleSetWorkbench.check(path);
    out.print(report.text());
    return report.ok() ? OK : CHECK_FAILED;
  }

  int scenariosAccept(String folder, boolean yes) {
    Path path = path(folder);
    if (path == null || !Files.isDirectory(path)) {
      err.println("plie-rules scenarios accept : " + shown(folder) + " : dossier introuvable");
      return INVALID;
    }
    ScenarioReview review;
    try {
      review = RuleSetWorkbench.reviewScenarios(path, yes);
    } catch (RuleSetException e) {
      err.println("plie-rules scenarios accept : les règles ou les tables ont des problèmes ;"
          + " lancez 'plie-rules check " + folder + "'");
      e.problems().forEach(p -> err.println("  - " + p));
      return CHECK_FAILED;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("plie-rules scenarios accept : " + e.getMessage());
      return INVALID;
    }
    out.print(review.text());
    return review.upToDate() ? OK : CHECK_FAILED;
  }

  /** A path the user gave, or null when it cannot be one (empty, a NUL character...). */
  private static Path path(String given) {
    if (given.isBlank()) {
      return null;
    }
    try {
      return Path.of(given);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /** A value the user gave, quoted for a message: short, control characters escaped. */
  private static String shown(String given) {
    String cut = given.codePointCount(0, given.length()) > 60
        ? given.substring(0, given.offsetByCodePoints(0, 60)) + "…" : given;
    StringBuilder out = new StringBuilder("'");
    cut.codePoints().forEach(c -> out.append(Character.isISOControl(c)
        ? String.format("\\u%04x", c) : Character.toString(c)));
    return out.append("'").toString();
  }

  int table(List<String> args) {
    if (args.size() >= 2 && (args.get(0).equals("show") || args.get(0).equals("set"))) {
      Path file = path(args.get(1));
      if (file == null || !Files.isRegularFile(file)) {
        err.println("plie-rules table " + args.get(0) + " : " + shown(args.get(1))
            + " : fichier introuvable");
        return INVALID;
      }
    }
    if (args.size() == 2 && args.get(0).equals("show")) {
      try {
        out.print(RuleSetWorkbench.tableAsMarkdown(Path.of(args.get(1))));
      } catch (IllegalArgumentException e) {
        err.println("plie-rules table show : " + e.getMessage());
        return INVALID;
      }
      return OK;
    }
    if (args.size() == 5 && args.get(0).equals("set")) {
      int row;
      try {
        row = Integer.parseInt(args.get(2));
      } catch (NumberFormatException e) {
        err.println("plie-rules table set : LIGNE doit être un numéro de ligne, pas " + shown(args.get(2)));
        return INVALID;
      }
      try {
        String previous = RuleSetWorkbench.setCell(Path.of(args.get(1)), row, args.get(3), args.get(4));
        out.println(args.get(1) + ", ligne " + row + ", colonne " + shown(args.get(3)) + " : "
            + shown(previous) + " → " + shown(args.get(4)));
        return OK;
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        err.println("plie-rules table set : " + e.getMessage());
        return INVALID;
      }
    }
    err.println("plie-rules table : usage : table show FICHIER.xlsx | table set FICHIER.xlsx LIGNE"
        + " COLONNE VALEUR");
    return INVALID;
  }

  int rulesets(List<String> args) {
    List<String> rest = new ArrayList<>(args);
    boolean force = rest.remove("--force");
    if (rest.size() != 2 || !rest.get(0).equals("export")) {
      err.println("plie-rules rulesets: usage: rulesets export [--force] DIR");
      return INVALID;
    }
    Path target = path(rest.get(1));
    if (target == null) {
      err.println("plie-rules rulesets export: " + shown(rest.get(1)) + " is not a folder name;"
          + " give the folder to export to");
      return INVALID;
    }
    try {
      List<Path> written = RuleSetWorkbench.exportShipped(target, force);
      out.println("exported " + written.size() + " files to " + target);
      return OK;
    } catch (IllegalArgumentException e) {
      err.println("plie-rules rulesets export: " + e.getMessage()
          + (e.getMessage().contains("is not empty") ? " (or add --force to overwrite it)" : ""));
      return INVALID;
    } catch (java.io.UncheckedIOException e) {
      err.println("plie-rules rulesets export: " + e.getMessage());
      return INVALID;
    }
  }

  int impact(List<String> args) {
    String from = null;
    String to = null;
    String cohort = null;
    boolean json = false;
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--from" -> from = i + 1 < args.size() ? args.get(++i) : null;
        case "--to" -> to = i + 1 < args.size() ? args.get(++i) : null;
        case "--json" -> json = true;
        default -> cohort = args.get(i);
      }
    }
    if (from == null || to == null || cohort == null) {
      err.println("plie-rules impact : usage : impact --from VERSION|DOSSIER --to VERSION|DOSSIER"
          + " COHORTE.jsonl [--json]");
      return INVALID;
    }
    Path cohortPath = path(cohort);
    if (cohortPath == null || !Files.isRegularFile(cohortPath)) {
      err.println("plie-rules impact : " + shown(cohort) + " : fichier introuvable");
      return INVALID;
    }
    ImpactReport report;
    try {
      report = ImpactAnalysis.run(from, to, cohortPath);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("plie-rules impact : " + e.getMessage());
      return INVALID;
    }
    out.print(json ? PlieJson.write(report) + "\n" : report.text());
    return OK;
  }

  int bench(List<String> args) {
    if (args.isEmpty() || !args.get(0).equals("startup")) {
      err.println("plie-rules bench: usage: bench startup [RUNS]");
      return INVALID;
    }
    int runs;
    try {
      runs = args.size() > 1 ? Integer.parseInt(args.get(1)) : 5;
    } catch (NumberFormatException e) {
      err.println("plie-rules bench: RUNS must be a whole number, not '" + args.get(1) + "'");
      return INVALID;
    }
    try {
      return StartupBench.run(Math.max(1, runs), out, err);
    } catch (java.io.IOException e) {
      err.println("plie-rules bench: cannot start a JVM (" + e.getMessage() + ")");
      return INTERNAL_ERROR;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return INTERNAL_ERROR;
    }
  }

  int benchThroughput(double seconds) {
    if (!(seconds > 0 && seconds <= 600)) {
      err.println("plie-rules bench throughput: --seconds must be more than 0 and at most 600");
      return INVALID;
    }
    try {
      return ThroughputBench.run(seconds, out);
    } catch (References.Missing e) {
      err.println("plie-rules bench throughput: " + e.getMessage());
      return INTERNAL_ERROR;
    } catch (Exception e) {
      err.println("plie-rules bench throughput: the benchmark failed ("
          + e.getClass().getSimpleName() + ")");
      return INTERNAL_ERROR;
    }
  }

  int benchBatch(List<Integer> sizes, BatchBench.Records records, boolean memoryOnly) {
    for (int n : sizes) {
      if (n < 1 || n > 10_000_000) {
        err.println("plie-rules bench batch: N must be from 1 to 10000000");
        return INVALID;
      }
    }
    try {
      out.println();
      BatchBench.run(sizes.isEmpty() ? List.of(10_000, 100_000) : sizes, records, memoryOnly,
          out);
      return 0;
    } catch (References.Missing e) {
      err.println("plie-rules bench batch: " + e.getMessage());
      return INTERNAL_ERROR;
    } catch (Exception e) {
      err.println("plie-rules bench batch: the benchmark failed (" + e.getClass().getSimpleName()
          + ")");
      return INTERNAL_ERROR;
    }
  }

  /** A value of a replay difference, as the explanation shows it: one short escaped line. */
  private static String shown(JsonNode value) {
    return value == null ? "(absent)" : SafeText.line(SafeText.cut(value.toString(), 200));
  }

  private static ReplayReport replayDecision(JsonNode tree, PlieRules rules) {
    boolean entry = tree != null && tree.has("application");
    boolean exit = tree != null && tree.has("exitCase");
    if (entry && !exit) {
      return rules.replay(PlieJson.fromTree(tree, EntryDecision.class));
    }
    if (exit && !entry) {
      return rules.replay(PlieJson.fromTree(tree, ExitDecision.class));
    }
    throw new InvalidInputException("(document)", "is not a recorded decision (an entry decision"
        + " embeds its \"application\", an exit decision its \"exitCase\", never both)");
  }

  /**
   * Decides every record of every file. In a batch (several files, or a JSON Lines file) every
   * record gets exactly one entry on stdout, in every output mode: its decision, or an entry
   * saying why it was not decided; nothing a record holds can stop the others.
   */
  int decideFiles(List<String> files, boolean explain, String kind,
      Function<JsonNode, Object> decide) {
    if (files.isEmpty()) {
      err.println("plie-rules " + kind + ": give at least one FILE (.json, or .jsonl/.ndjson)");
      return INVALID;
    }
    RecordReader stdin = files.contains(STDIN) ? standardInput(InputLimits.MAX_RECORD_BYTES) : null;
    boolean batch = files.size() > 1 || files.stream().anyMatch(PlieRulesCli::isJsonLinesName)
        || (stdin != null && stdin.jsonLines());
    boolean invalid = false;
    boolean failed = false;
    for (String file : files) {
      String shownFile = SafeText.line(file);
      try (RecordReader reader = file.equals(STDIN) ? stdin : RecordReader.open(Path.of(file))) {
        while (reader.hasNext()) {
          InputRecord record = reader.next();
          current = record.source();
          String entry;
          try {
            if (!record.readable()) {
              throw record.problem();
            }
            Object decision = decide.apply(record.json());
            entry = explain ? explanationOf(decision)
                : batch ? PlieJson.writeLine(decision) : PlieJson.write(decision);
          } catch (InvalidInputException e) {
            invalid = true;
            err.println("plie-rules: invalid input in " + SafeText.line(record.source()) + ": "
                + SafeText.line(e.getMessage()));
            entry = !batch ? null : explain ? invalidExplained(record.source(), e)
                : PlieJson.writeLine(InvalidRecord.of(record.source(), e));
          } catch (RuntimeException | StackOverflowError e) {
            // One record that breaks the engine costs only itself.
            failed = true;
            err.println("plie-rules: internal error while deciding "
                + SafeText.line(record.source()) + ": " + shortly(e));
            entry = !batch ? null : explain ? failedExplained(record.source(), e)
                : PlieJson.writeLine(new FailedRecord(record.source(), shortly(e)));
          }
          if (entry != null) {
            out.println(entry);
          }
        }
      } catch (NoSuchFileException e) {
        err.println("plie-rules: " + shownFile + ": no such file");
        invalid = true;
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        err.println("plie-rules: " + shownFile + ": cannot be read (" + shortly(e) + ")");
        invalid = true;
      }
    }
    current = null;
    return failed ? INTERNAL_ERROR : invalid ? INVALID : OK;
  }

  /** The file name that means standard input. */
  static final String STDIN = "-";

  /**
   * Standard input as records: JSON Lines when its first line is a whole JSON value (what a
   * pipe of records looks like), else one document (a pretty-printed application).
   */
  RecordReader standardInput(int maxRecordBytes) {
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
    boolean lines = false;
    try {
      buffered.mark(maxRecordBytes + 2);
      java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
      int b;
      while ((b = buffered.read()) != -1 && b != '\n' && b != '\r'
          && first.size() <= maxRecordBytes) {
        first.write(b);
      }
      String line = first.toString(StandardCharsets.UTF_8).strip();
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!line.isEmpty() && b != -1) {
        try {
          PlieJson.parse(line);
          lines = true;
        } catch (RuntimeException notAWholeValue) {
          lines = false;
        }
      }
      buffered.reset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines ? RecordReader.jsonLines(buffered, "stdin", maxRecordBytes)
        : RecordReader.document(buffered, "stdin", maxRecordBytes);
  }

  private static boolean isJsonLinesName(String file) {
    if (file.equals(STDIN)) {
      return false;
    }
    try {
      return RecordReader.isJsonLines(Path.of(file));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * The French explanation, safe for a terminal: the participant's id is the one free text in it,
   * so its control characters (line breaks included) are escaped where it appears, then any
   * other control character but the line feeds that lay the explanation out.
   */
  private static String explanationOf(Object decision) {
    String explanation;
    String id;
    if (decision instanceof EntryDecision entry) {
      explanation = entry.explanation();
      id = entry.participantId();
    } else if (decision instanceof ExitDecision exit) {
      explanation = exit.explanation();
      id = exit.participantId();
    } else {
      throw new IllegalStateException("no explanation for " + decision.getClass());
    }
    String safeId = SafeText.line(id);
    if (!safeId.equals(id)) {
      // The explanation opens with "… : ID, évaluée au …"; the id appears nowhere else.
      int at = explanation.indexOf(" : " + id + ", ");
      explanation = at >= 0
          ? explanation.substring(0, at + 3) + safeId + explanation.substring(at + 3 + id.length())
          : explanation.replace(id, safeId);
    }
    return SafeText.lines(explanation);
  }

  /** The --explain entry of a record that is not valid input. */
  private static String invalidExplained(String source, InvalidInputException e) {
    StringBuilder text = new StringBuilder("Données invalides : ").append(SafeText.line(source))
        .append(" n'a pas été décidé.\n");
    for (InputProblem p : e.problems()) {
      text.append("- ").append(SafeText.line(p.field())).append(" : ")
          .append(SafeText.line(p.problem())).append('\n');
    }
    return text.toString();
  }

  /** The --explain entry of a record whose decision failed unexpectedly. */
  private static String failedExplained(String source, Throwable e) {
    return "Erreur interne : " + SafeText.line(source) + " n'a pas pu être décidé ("
        + shortly(e) + ").\n";
  }

  /** In batch output a record that is not valid input yields this line, keys in this order. */
  @JsonPropertyOrder({"record", "invalidInput"})
  record InvalidRecord(String record, List<Problem> invalidInput) {
    static InvalidRecord of(String record, InvalidInputException e) {
      return new InvalidRecord(record, e.problems().stream()
          .map(p -> new Problem(p.field(), p.problem())).toList());
    }
  }

  @JsonPropertyOrder({"field", "problem"})
  record Problem(String field, String problem) {}

  /** In batch output a record whose decision failed unexpectedly yields this line. */
  @JsonPropertyOrder({"record", "internalError"})
  record FailedRecord(String record, String internalError) {}

}
