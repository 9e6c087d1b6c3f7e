package fr.plie.rules.examples;

import fr.plie.rules.api.CheckReport;
import fr.plie.rules.api.ImpactAnalysis;
import fr.plie.rules.api.ImpactReport;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetWorkbench;
import fr.plie.rules.api.RuleSetException;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.InputProblem;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.RuleSetVersion;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code plie-rules} command line.
 *
 * <pre>
 * plie-rules entry [--explain] FILE...   decide entry applications (.json: one; .jsonl: one per line)
 * plie-rules exit [--explain] FILE...    decide positive exits (.json: one; .jsonl: one per line)
 * plie-rules versions                    list the rule-set versions
 * plie-rules replay [--explain] DECISION.json   re-decide a recorded decision and compare
 * </pre>
 *
 * Exit codes: 0 all decided (replay: identical); 2 invalid input or usage (each bad record is
 * reported by field, the others are still decided); 3 replay differs; 4 replay names rules this
 * library does not ship; 1 an internal error.
 */
public final class PlieRulesCli {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int INVALID = 2;
  static final int REPLAY_DIFFERENT = 3;
  static final int REPLAY_UNKNOWN_RULES = 4;
  static final int CHECK_FAILED = 5;

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
    System.exit(new PlieRulesCli(out, err).run(args));
  }

  int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
      usage(args.length == 0 ? err : out);
      return args.length == 0 ? INVALID : OK;
    }
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    boolean explain = rest.remove("--explain");
    try {
      return switch (args[0]) {
        case "entry" -> decideFiles(rest, explain, "entry", json -> {
          EntryApplication application = PlieJson.read(json, EntryApplication.class);
          return rules().assessEntry(application);
        });
        case "exit" -> decideFiles(rest, explain, "exit", json -> {
          ExitCase exitCase = PlieJson.readExitCase(json);
          return rules().assessExit(exitCase);
        });
        case "decide" -> decideFiles(rest, explain, "decide", json -> {
          // One command for mixed files: an exit case is the input that lists activities.
          JsonNode tree = readTree(json);
          return tree.has("activities")
              ? rules().assessExit(PlieJson.fromTree(tree, ExitCase.class))
              : rules().assessEntry(PlieJson.fromTree(tree, EntryApplication.class));
        });
        case "versions" -> versions();
        case "replay" -> replay(rest, explain);
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
      err.println("plie-rules: " + e.getMessage());
      return INVALID;
    } catch (RuntimeException e) {
      err.println("plie-rules: internal error: " + e);
      return INTERNAL_ERROR;
    }
  }

  private PlieRules rules;

  private PlieRules rules() {
    if (rules == null) {
      rules = PlieRules.load();
    }
    return rules;
  }

  /** One line per revision: which one decides new cases, which are kept for replay only. */
  private int versions() {
    for (RuleSetVersion v : rules().versions()) {
      out.println(v.id() + "\t" + v.version() + "\t" + "r" + v.revision() + "\t"
          + (v.current() ? "current" : "replay-only") + "\t" + v.validFrom() + "\t"
          + (v.validTo() == null ? "(open)" : v.validTo()) + "\t" + v.fingerprint());
    }
    return OK;
  }

  private int replay(List<String> files, boolean explain) {
    if (files.size() != 1) {
      err.println("plie-rules replay: give exactly one recorded DECISION.json");
      return INVALID;
    }
    String json;
    try {
      json = Files.readString(Path.of(files.get(0)), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("plie-rules: " + files.get(0) + ": no such file");
      return INVALID;
    } catch (IOException e) {
      err.println("plie-rules: " + files.get(0) + ": cannot be read (" + e.getMessage() + ")");
      return INVALID;
    }
    ReplayReport report;
    try {
      report = replayDecision(json);
    } catch (InvalidInputException e) {
      err.println("plie-rules: invalid recorded decision in " + files.get(0) + ": " + e.getMessage());
      return INVALID;
    }
    if (explain) {
      out.println(report.status() + ": " + report.summary());
      report.differences().forEach(d -> out.println("  " + d.path() + ": recorded "
          + d.recorded() + ", replayed " + d.replayed()));
    } else {
      out.println(PlieJson.write(report));
    }
    return switch (report.status()) {
      case IDENTICAL -> OK;
      case DIFFERENT -> REPLAY_DIFFERENT;
      case UNKNOWN_RULE_SET -> REPLAY_UNKNOWN_RULES;
    };
  }

  private int check(List<String> args) {
    if (args.size() != 1) {
      err.println("plie-rules check: give one TABLE.xlsx, rule-set version folder or rule-set root");
      return INVALID;
    }
    CheckReport report = RuleSetWorkbench.check(Path.of(args.get(0)));
    out.print(report.text());
    return report.ok() ? OK : CHECK_FAILED;
  }

  private int table(List<String> args) {
    if (args.size() == 2 && args.get(0).equals("show")) {
      if (!Files.isRegularFile(Path.of(args.get(1)))) {
        err.println("plie-rules table show: " + args.get(1) + ": no such file");
        return INVALID;
      }
      out.print(RuleSetWorkbench.tableAsMarkdown(Path.of(args.get(1))));
      return OK;
    }
    if (args.size() == 5 && args.get(0).equals("set")) {
      int row;
      try {
        row = Integer.parseInt(args.get(2));
      } catch (NumberFormatException e) {
        err.println("plie-rules table set: ROW must be a row number, not '" + args.get(2) + "'");
        return INVALID;
      }
      try {
        String previous = RuleSetWorkbench.setCell(Path.of(args.get(1)), row, args.get(3), args.get(4));
        out.println(args.get(1) + ", row " + row + ", column '" + args.get(3) + "': '" + previous
            + "' → '" + args.get(4) + "'");
        return OK;
      } catch (IllegalArgumentException e) {
        err.println("plie-rules table set: " + e.getMessage());
        return INVALID;
      }
    }
    err.println("plie-rules table: usage: table show FILE.xlsx | table set FILE.xlsx ROW COLUMN VALUE");
    return INVALID;
  }

  private int rulesets(List<String> args) {
    if (args.size() != 2 || !args.get(0).equals("export")) {
      err.println("plie-rules rulesets: usage: rulesets export DIR");
      return INVALID;
    }
    List<Path> written = RuleSetWorkbench.exportShipped(Path.of(args.get(1)));
    out.println("exported " + written.size() + " files to " + args.get(1));
    return OK;
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
    if (!Files.isRegularFile(Path.of(cohort))) {
      err.println("plie-rules impact: " + cohort + ": no such file");
      return INVALID;
    }
    ImpactReport report;
    try {
      report = ImpactAnalysis.run(from, to, Path.of(cohort));
    } catch (IllegalArgumentException e) {
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

  private static JsonNode readTree(String json) {
    try {
      return PlieJson.mapper().readTree(json);
    } catch (IOException e) {
      // Let the strict reader produce its precise message (line, column).
      PlieJson.read(json, EntryApplication.class);
      throw new InvalidInputException("(document)", "is not valid JSON");
    }
  }

  private ReplayReport replayDecision(String json) {
    JsonNode tree;
    try {
      tree = PlieJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new InvalidInputException("(document)", "is not valid JSON");
    }
    if (tree != null && tree.has("application")) {
      return rules().replay(PlieJson.fromTree(tree, EntryDecision.class));
    }
    if (tree != null && tree.has("exitCase")) {
      return rules().replay(PlieJson.fromTree(tree, ExitDecision.class));
    }
    throw new InvalidInputException("(document)", "is not a recorded decision (an entry decision"
        + " embeds its \"application\", an exit decision its \"exitCase\")");
  }

  private int decideFiles(List<String> files, boolean explain, String kind,
      Function<String, Object> decide) {
    if (files.isEmpty()) {
      err.println("plie-rules " + kind + ": give at least one FILE (.json or .jsonl)");
      return INVALID;
    }
    boolean batch = files.size() > 1 || files.stream().anyMatch(f -> f.endsWith(".jsonl"));
    int status = OK;
    for (String file : files) {
      List<Map.Entry<String, String>> records;
      try {
        records = records(Path.of(file));
      } catch (NoSuchFileException e) {
        err.println("plie-rules: " + file + ": no such file");
        status = INVALID;
        continue;
      } catch (IOException e) {
        err.println("plie-rules: " + file + ": cannot be read (" + e.getMessage() + ")");
        status = INVALID;
        continue;
      }
      for (Map.Entry<String, String> record : records) {
        try {
          Object decision = decide.apply(record.getValue());
          if (explain) {
            out.println(explanationOf(decision));
          } else {
            out.println(batch ? PlieJson.writeLine(decision) : PlieJson.write(decision));
          }
        } catch (InvalidInputException e) {
          status = INVALID;
          err.println("plie-rules: invalid input in " + record.getKey() + ": " + e.getMessage());
          if (batch && !explain) {
            out.println(PlieJson.writeLine(errorRecord(record.getKey(), e)));
          }
        }
      }
    }
    return status;
  }

  private static String explanationOf(Object decision) {
    if (decision instanceof EntryDecision entry) {
      return entry.explanation();
    }
    if (decision instanceof ExitDecision exit) {
      return exit.explanation();
    }
    throw new IllegalStateException("no explanation for " + decision.getClass());
  }

  /** In batch output every input record yields one line: its decision or this. */
  private static Map<String, Object> errorRecord(String where, InvalidInputException e) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("record", where);
    List<Map<String, String>> problems = new ArrayList<>();
    for (InputProblem p : e.problems()) {
      problems.add(Map.of("field", p.field(), "problem", p.problem()));
    }
    record.put("invalidInput", problems);
    return record;
  }

  /** (where, json) pairs: the whole file for .json, each non-blank line for .jsonl. */
  private static List<Map.Entry<String, String>> records(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (!file.toString().endsWith(".jsonl")) {
      out.add(Map.entry(file.toString(), text));
      return out;
    }
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        out.add(Map.entry(file + ":" + (i + 1), lines[i]));
      }
    }
    return out;
  }

  private static void usage(PrintStream stream) {
    stream.println("""
        usage: plie-rules COMMAND [OPTIONS] [FILE...]

          decide [--explain] FILE...  decide entry applications and exit cases (an exit case
                                      is recognised by its "activities")
          entry [--explain] FILE...   decide PLIE entry applications
                                      (FILE.json: one application; FILE.jsonl: one per line)
          exit [--explain] FILE...    decide whether participants' exits are positive (§I.C.2)
                                      (FILE.json: one exit case; FILE.jsonl: one per line)
          versions                    list the rule-set versions and revisions: validity, fingerprint,
                                      which revision is current (the others only replay)
          bench startup [RUNS]        time to first decision in fresh JVMs, precompiled vs DRL

        For analysts:
          rulesets export DIR         copy the shipped rule sets (rules, tables, scenarios) to DIR
          table show FILE.xlsx        print a decision table as Markdown (for review and diffs)
          table set FILE.xlsx ROW COLUMN VALUE
                                      change one cell (row number and column label as shown)
          check TABLE.xlsx|VERSION-DIR|RULESETS-DIR
                                      report every problem in the tables and rules, then run the
                                      scenarios and say which fail or change
          impact --from VERSION|DIR --to VERSION|DIR COHORT.jsonl [--json]
                                      decide a cohort under both and report what changes
                                      (2018.1: its current revision; 2018.1-r1: its revision 1)
          replay [--explain] DECISION.json
                                      re-decide a recorded decision with the revision whose
                                      fingerprint it names and report IDENTICAL, DIFFERENT (where) or UNKNOWN_RULE_SET

        Decisions are printed as JSON on stdout (one per line for several records);
        --explain prints the French explanation instead.
        Exit codes: 0 all decided (replay: identical; check: sound), 2 invalid input (named by
        field; other records still decided), 3 replay differs, 4 replay names rules this library
        does not ship, 5 check found problems or failing scenarios, 1 internal error.""");
  }
}
