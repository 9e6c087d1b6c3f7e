package fr.plie.rules.examples;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RuleSetException;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.InputProblem;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RuleSetReference;
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
 * </pre>
 *
 * Exit codes: 0 all decided; 2 invalid input or usage (each bad record is reported by field, the
 * others are still decided); 1 an internal error.
 */
public final class PlieRulesCli {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int INVALID = 2;

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
        case "versions" -> versions();
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

  private int versions() {
    for (RuleSetReference v : rules().versions()) {
      out.println(v.id() + "\t" + v.version() + "\t" + v.validFrom() + "\t"
          + (v.validTo() == null ? "(open)" : v.validTo()) + "\t" + v.fingerprint());
    }
    return OK;
  }

  /** A decision or an explanation, for one decided record. */
  private interface Decided {
    String explanation();

    Object value();
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

          entry [--explain] FILE...   decide PLIE entry applications
                                      (FILE.json: one application; FILE.jsonl: one per line)
          exit [--explain] FILE...    decide whether participants' exits are positive (§I.C.2)
                                      (FILE.json: one exit case; FILE.jsonl: one per line)
          versions                    list the rule-set versions with their validity and fingerprint

        Decisions are printed as JSON on stdout (one per line for several records);
        --explain prints the French explanation instead.
        Exit codes: 0 all decided, 2 invalid input (named by field; other records still decided),
        1 internal error.""");
  }
}
