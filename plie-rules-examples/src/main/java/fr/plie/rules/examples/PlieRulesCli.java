package fr.plie.rules.examples;

import fr.plie.rules.api.CheckReport;
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

/**
 * The {@code plie-rules} command line.
 *
 * <pre>
 * plie-rules entry [--explain] FILE...   decide entry applications (.json: one; .jsonl: one per line)
 * plie-rules exit [--explain] FILE...    decide positive exits (.json: one; .jsonl: one per line)
 * plie-rules versions                    list the rule-set versions
 * plie-rules replay [--explain] DECISION.json   re-decide a recorded decision and compare
 * plie-rules keys generate DIR           an Ed25519 key pair to sign decision records
 * plie-rules verify RECORDS.json[l] --public-key PUBLIC.pem   check records' signatures
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

  private final PrintStream out;
  private final PrintStream err;

  PlieRulesCli(PrintStream out, PrintStream err) {
    this(out, err, null);
  }

  /** With rules already loaded (tests share one facade rather than compile per run). */
  PlieRulesCli(PrintStream out, PrintStream err, PlieRules rules) {
    this.out = out;
    this.err = err;
    this.rules = rules;
  }

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
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
      usage(args.length == 0 ? err : out);
      return args.length == 0 ? INVALID : OK;
    }
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    boolean explain = rest.remove("--explain");
    RecordOptions records;
    try {
      records = RecordOptions.extract(args[0], rest);
    } catch (RecordOptions.UsageError e) {
      err.println("plie-rules " + SafeText.line(args[0]) + ": " + SafeText.line(e.getMessage()));
      return INVALID;
    } catch (RecordKeyException e) {
      err.println("plie-rules: " + SafeText.line(e.getMessage()));
      return INVALID;
    }
    try {
      return switch (args[0]) {
        // The facade writes records as the options ask: pseudonymised, signed.
        case "entry" -> decideFiles(rest, explain, "entry", json -> records.apply(rules())
            .assessEntry(PlieJson.fromTree(json, EntryApplication.class)));
        case "exit" -> decideFiles(rest, explain, "exit", json -> records.apply(rules())
            .assessExit(PlieJson.fromTree(json, ExitCase.class)));
        // One command for mixed files: the kind comes from all the fields of each record.
        case "decide" -> decideFiles(rest, explain, "decide",
            json -> InputKind.of(json) == InputKind.EXIT
                ? records.apply(rules()).assessExit(PlieJson.fromTree(json, ExitCase.class))
                : records.apply(rules()).assessEntry(PlieJson.fromTree(json, EntryApplication.class)));
        case "versions" -> versions();
        case "replay" -> replay(rest, explain, records);
        case "keys" -> RecordCommands.keys(rest, out, err);
        case "verify" -> RecordCommands.verify(rest, records.verifier, out, err);
        case "bench" -> bench(rest);
        case "check" -> check(rest);
        case "table" -> table(rest);
        case "rulesets" -> rulesets(rest);
        case "impact" -> impact(rest);
        default -> {
          err.println("plie-rules: unknown command '" + args[0] + "'");
          usage(err);
          yield INVALID;
        }
      };
    } catch (RuleSetException e) {
      // One problem a line, each line escaped.
      err.println("plie-rules: " + e.getMessage().lines().map(SafeText::line)
          .collect(java.util.stream.Collectors.joining(System.lineSeparator())));
      return INVALID;
    } catch (RecordKeyException e) {
      err.println("plie-rules: " + SafeText.line(e.getMessage()));
      return INVALID;
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

  private static String outOfMemory(String record) {
    return "plie-rules: out of memory" + (record == null ? "" : " while deciding "
        + SafeText.line(record)) + "; give Java more memory (java -Xmx2g -jar …) or split the input";
  }

  /**
   * An unexpected failure in one line: the kind and the start of the message of its root cause
   * (the engine wraps what a rule threw), escaped.
   */
  static String shortly(Throwable e) {
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + SafeText.cut(root.getMessage(), 200);
    return SafeText.line(root.getClass().getSimpleName() + message);
  }

  private PlieRules rules;

  private PlieRules rules() {
    if (rules == null) {
      rules = PlieRules.load();
    }
    return rules;
  }

  private int versions() {
    for (RuleSetVersion v : rules().versions()) {
      out.println(v.id() + "\t" + v.version() + "\t" + v.validFrom() + "\t"
          + (v.validTo() == null ? "(open)" : v.validTo()) + "\t" + v.fingerprint());
    }
    return OK;
  }

  private int replay(List<String> files, boolean explain, RecordOptions records) {
    if (files.size() != 1) {
      err.println("plie-rules replay: give exactly one recorded DECISION.json");
      return INVALID;
    }
    String file = SafeText.line(files.get(0));
    InputRecord recorded;
    try (RecordReader reader = RecordReader.document(Files.newInputStream(Path.of(files.get(0))),
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

  private int check(List<String> args) {
    if (args.size() != 1) {
      err.println("plie-rules check: give one TABLE.xlsx, rule-set version folder or rule-set root");
      return INVALID;
    }
    Path path = path(args.get(0));
    if (path == null || !Files.exists(path)) {
      err.println("plie-rules check: " + shown(args.get(0)) + ": no such file or folder");
      return INVALID;
    }
    CheckReport report = RuleSetWorkbench.check(path);
    out.print(report.text());
    return report.ok() ? OK : CHECK_FAILED;
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

  private int table(List<String> args) {
    if (args.size() >= 2 && (args.get(0).equals("show") || args.get(0).equals("set"))) {
      Path file = path(args.get(1));
      if (file == null || !Files.isRegularFile(file)) {
        err.println("plie-rules table " + args.get(0) + ": " + shown(args.get(1))
            + ": no such file");
        return INVALID;
      }
    }
    if (args.size() == 2 && args.get(0).equals("show")) {
      try {
        out.print(RuleSetWorkbench.tableAsMarkdown(Path.of(args.get(1))));
      } catch (IllegalArgumentException e) {
        err.println("plie-rules table show: " + e.getMessage());
        return INVALID;
      }
      return OK;
    }
    if (args.size() == 5 && args.get(0).equals("set")) {
      int row;
      try {
        row = Integer.parseInt(args.get(2));
      } catch (NumberFormatException e) {
        err.println("plie-rules table set: ROW must be a row number, not " + shown(args.get(2)));
        return INVALID;
      }
      try {
        String previous = RuleSetWorkbench.setCell(Path.of(args.get(1)), row, args.get(3), args.get(4));
        out.println(args.get(1) + ", row " + row + ", column " + shown(args.get(3)) + ": "
            + shown(previous) + " → " + shown(args.get(4)));
        return OK;
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        err.println("plie-rules table set: " + e.getMessage());
        return INVALID;
      }
    }
    err.println("plie-rules table: usage: table show FILE.xlsx | table set FILE.xlsx ROW COLUMN VALUE");
    return INVALID;
  }

  private int rulesets(List<String> args) {
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

  private int impact(List<String> args) {
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
      err.println("plie-rules impact: usage: impact --from VERSION|DIR --to VERSION|DIR COHORT.jsonl [--json]");
      return INVALID;
    }
    Path cohortPath = path(cohort);
    if (cohortPath == null || !Files.isRegularFile(cohortPath)) {
      err.println("plie-rules impact: " + shown(cohort) + ": no such file");
      return INVALID;
    }
    ImpactReport report;
    try {
      report = ImpactAnalysis.run(from, to, cohortPath);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("plie-rules impact: " + e.getMessage());
      return INVALID;
    }
    out.print(json ? PlieJson.write(report) + "\n" : report.text());
    return OK;
  }

  private int bench(List<String> args) {
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
  private int decideFiles(List<String> files, boolean explain, String kind,
      Function<JsonNode, Object> decide) {
    if (files.isEmpty()) {
      err.println("plie-rules " + kind + ": give at least one FILE (.json, or .jsonl/.ndjson)");
      return INVALID;
    }
    boolean batch = files.size() > 1 || files.stream().anyMatch(PlieRulesCli::isJsonLinesName);
    boolean invalid = false;
    boolean failed = false;
    for (String file : files) {
      String shownFile = SafeText.line(file);
      try (RecordReader reader = RecordReader.open(Path.of(file))) {
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

  private static boolean isJsonLinesName(String file) {
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

  private static void usage(PrintStream stream) {
    stream.println("""
        usage: plie-rules COMMAND [OPTIONS] [FILE...]

          decide [--explain] FILE...  decide entry applications and exit cases, each record's
                                      kind told by its fields (ambiguous records are refused)
          entry [--explain] FILE...   decide PLIE entry applications (FILE.json: one
                                      application; FILE.jsonl or .ndjson: one per line)
          exit [--explain] FILE...    decide whether participants' exits are positive (§I.C.2)
                                      (FILE.json: one exit case; FILE.jsonl or .ndjson: one per line)
          versions                    list the rule-set versions with their validity and fingerprint
          bench startup [RUNS]        time to first decision in fresh JVMs, precompiled vs DRL

        For analysts:
          rulesets export [--force] DIR
                                      copy the shipped rule sets (rules, tables, scenarios) to
                                      DIR, new or empty (--force: overwrite its files)
          table show FILE.xlsx        print a decision table as Markdown (for review and diffs)
          table set FILE.xlsx ROW COLUMN VALUE
                                      change one cell (row number and column label as shown)
          check TABLE.xlsx|VERSION-DIR|RULESETS-DIR
                                      report every problem in the tables and rules, then run the
                                      scenarios and say which fail or change
          impact --from VERSION|DIR --to VERSION|DIR COHORT.jsonl [--json]
                                      decide a cohort under both and report what changes
          replay [--explain] DECISION.json [--public-key PUBLIC.pem]
                                      re-decide a recorded decision with the version it names and
                                      report IDENTICAL, DIFFERENT (where) or UNKNOWN_RULE_SET;
                                      with --public-key, first check its signature and report
                                      SIGNATURE_INVALID (not re-decided) if it does not verify

        Decision records:
          keys generate DIR           write DIR/private-key.pem and DIR/public-key.pem (Ed25519;
                                      never overwrites)
          verify RECORDS.json|RECORDS.jsonl... --public-key PUBLIC.pem
                                      print VALID, INVALID or UNSIGNED for each record

        Decisions are printed as JSON on stdout (one per line for several records);
        --explain prints the French explanation instead. In a batch every record gets exactly
        one entry on stdout: its decision, or why it was not decided.
        Exit codes: 0 all decided (replay: identical; check: sound), 2 invalid input (named by
        field; other records still decided), 3 replay differs, 4 replay names rules this library
        does not ship, 5 check found problems or failing scenarios, 1 internal error (a record
        could not be decided; the others were).""");
  }
}
