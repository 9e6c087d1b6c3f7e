package fr.plie.rules.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.api.Batch;
import fr.plie.rules.api.BatchInput;
import fr.plie.rules.api.BatchResult;
import fr.plie.rules.api.BatchResults;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitOutcome;
import fr.plie.rules.model.InputLimits;
import fr.plie.rules.model.InputRecord;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordReader;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import fr.plie.rules.model.RuleSetReference;
import fr.plie.rules.model.SafeText;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code plie-rules batch IN -o OUT}: decides a JSON Lines or CSV file of entry applications and
 * exit cases on several threads through the public {@link Batch}, streaming (the file is never
 * held), one output line per input record in input order, the same bytes on any number of
 * threads. Decisions are written in the compact form by default, the full record with
 * {@code --full}; a record that is not decided gives its error line in its place.
 */
final class BatchCommand {
  private BatchCommand() {}

  /** What the command line gave. */
  record Options(String input, Path output, int threads, String format, boolean full,
      Path summary, boolean noProgress, RecordOptions records, boolean signing) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static int run(PlieRulesCli cli, Options options) throws Exception {
    PrintStream err = cli.err();
    if (options.signing() && !options.full()) {
      throw new RecordOptions.UsageError("--sign-key signs the full decision record: add --full");
    }
    if (options.threads() < 1 || options.threads() > 1024) {
      throw new RecordOptions.UsageError("--threads must be from 1 to 1024, not "
          + options.threads());
    }
    String shownInput = SafeText.line(options.input());
    boolean csv = switch (options.format()) {
      case "csv" -> true;
      case "jsonl" -> false;
      default -> options.input().toLowerCase(Locale.ROOT).endsWith(".csv");
    };
    // The input is opened first: a missing input leaves no output file behind.
    Iterator<BatchInput> inputs;
    Closeable source;
    Long total = null;
    try {
      boolean stdin = options.input().equals(PlieRulesCli.STDIN);
      if (csv) {
        InputStream in = stdin ? cli.in() : Files.newInputStream(Path.of(options.input()));
        CsvRecords records = CsvRecords.open(stdin ? "stdin" : options.input(), in);
        inputs = records;
        source = records;
      } else {
        RecordReader reader = stdin ? cli.standardInput(InputLimits.MAX_RECORD_BYTES)
            : RecordReader.open(Path.of(options.input()));
        inputs = new Iterator<>() {
          @Override
          public boolean hasNext() {
            return reader.hasNext();
          }

          @Override
          public BatchInput next() {
            InputRecord record = reader.next();
            return BatchInput.of(record);
          }
        };
        source = reader;
        // Counting reads the file once more: only a regular file can be (a named pipe would be
        // drained by the count and give the batch nothing).
        if (!stdin && reader.jsonLines() && progressBar(options)
            && Files.isRegularFile(Path.of(options.input()))) {
          total = countRecords(Path.of(options.input()));
        }
      }
    } catch (NoSuchFileException e) {
      err.println("plie-rules batch: " + shownInput + ": no such file");
      return PlieRulesCli.INVALID;
    } catch (CsvRecords.HeaderException e) {
      err.println("plie-rules batch: " + SafeText.line(e.getMessage()));
      return PlieRulesCli.INVALID;
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      err.println("plie-rules batch: " + shownInput + ": cannot be read ("
          + PlieRulesCli.shortly(e) + ")");
      return PlieRulesCli.INVALID;
    }
    PlieRules rules = options.records().apply(cli.rules());
    Batch batch = rules.batch().threads(options.threads());
    BatchSummary summary = new BatchSummary();
    long started = System.nanoTime();
    boolean[] unreadable = {false};
    Long knownTotal = total;
    try (source) {
      cli.writingTo(options.output(), () -> {
        Writer out = new BufferedWriter(new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8),
            1 << 16);
        try (ProgressBar bar = progressBar(options) ? bar(err, knownTotal) : null;
            BatchResults<Line> lines = batch.decide(inputs, r -> Line.of(r, options.full()))) {
          while (true) {
            Line line;
            try {
              if (!lines.hasNext()) {
                break;
              }
              line = lines.next();
            } catch (UncheckedIOException e) {
              err.println("plie-rules batch: " + shownInput + ": cannot be read any further ("
                  + PlieRulesCli.shortly(e) + "); the records before were decided");
              unreadable[0] = true;
              break;
            }
            out.write(line.text());
            out.write('\n');
            summary.add(line);
            if (bar != null) {
              bar.step();
            }
          }
        }
        out.flush();
        return PlieRulesCli.OK;
      });
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.println(summary.oneLine(seconds, options.threads()));
    if (options.summary() != null) {
      try {
        Files.writeString(options.summary(), PlieJson.write(summary.json(seconds,
            options.threads())) + "\n", StandardCharsets.UTF_8);
      } catch (IOException | InvalidPathException e) {
        throw new PlieRulesCli.UserError(SafeText.line(options.summary().toString())
            + ": cannot be written (" + PlieRulesCli.shortly(e) + ")");
      }
      err.print(summary.frenchTable());
    }
    return summary.internalErrors() > 0 ? PlieRulesCli.INTERNAL_ERROR
        : summary.rejected() > 0 || unreadable[0] ? PlieRulesCli.INVALID : PlieRulesCli.OK;
  }

  /**
   * A bar only when stderr is a terminal, unless --no-progress, and not when the decisions
   * themselves go to that terminal (they would be mixed with it).
   */
  private static boolean progressBar(Options options) {
    boolean toStdout = options.output() == null || options.output().toString().equals("-");
    return !options.noProgress() && isTerminal(org.jline.terminal.spi.SystemStream.Error)
        && !(toStdout && isTerminal(org.jline.terminal.spi.SystemStream.Output));
  }

  private static final java.util.Map<org.jline.terminal.spi.SystemStream, Boolean> TERMINALS =
      new java.util.EnumMap<>(org.jline.terminal.spi.SystemStream.class);

  /**
   * Whether stderr (or stdout) is a terminal: Java 17's console says only whether stdin and stdout
   * both are, so ask jline (which the progress bar brings) for each stream, falling back on the
   * console.
   */
  private static synchronized boolean isTerminal(org.jline.terminal.spi.SystemStream stream) {
    return TERMINALS.computeIfAbsent(stream, s -> {
      try {
        return org.jline.terminal.spi.TerminalProvider.load("exec").isSystemStream(s);
      } catch (IOException | RuntimeException | LinkageError e) {
        return System.console() != null;
      }
    });
  }

  private static ProgressBar bar(PrintStream err, Long total) {
    return new ProgressBarBuilder().setTaskName("plie-rules batch")
        .setInitialMax(total == null ? -1 : total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" records", 1)
        .showSpeed(new java.text.DecimalFormat("#,##0"))
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(err))
        .build();
  }

  /** The records of a JSON Lines file (its lines with something on them), read once, fast. */
  static long countRecords(Path file) throws IOException {
    long count = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n' || b == '\r') {
            if (content) {
              count++;
            }
            content = false;
          } else if (b != ' ' && b != '\t') {
            content = true;
          }
        }
      }
    }
    return content ? count + 1 : count;
  }

  /**
   * One output line and what the summary counts of it, made on a deciding thread (so the JSON
   * is written in parallel, not by the thread that writes the file).
   */
  record Line(String text, BatchResult.Status status, String kind, String outcome,
      String positiveRoute, RuleSetReference ruleSet, List<String> reasons) {
    static Line of(BatchResult result, boolean full) {
      try {
        return written(result, full);
      } catch (RuntimeException e) {
        // A decision that cannot be written costs only its own line.
        return new Line(PlieJson.writeLine(new PlieRulesCli.FailedRecord(result.record(),
            PlieRulesCli.shortly(e))), BatchResult.Status.INTERNAL_ERROR, null, null, null, null,
            List.of());
      }
    }

    private static Line written(BatchResult result, boolean full) {
      DecisionRecord decision = result.decision();
      return switch (result.status()) {
        case DECIDED -> new Line(full ? PlieJson.writeLine(decision) : compact(result.record(),
            decision), result.status(), decision instanceof ExitDecision ? "exit" : "entry",
            outcomeOf(decision), BatchCommand.positiveRoute(decision), decision.ruleSet(), List.of());
        case INVALID_INPUT -> new Line(PlieJson.writeLine(new PlieRulesCli.InvalidRecord(
            result.record(), result.problems().stream()
                .map(p -> new PlieRulesCli.Problem(p.field(), p.problem())).toList())),
            result.status(), null, null, null, null, result.problems().stream()
                .map(p -> p.field().replaceAll("\\[[0-9]+\\]", "[]") + " : " + p.problem())
                .distinct().toList());
        case INTERNAL_ERROR -> new Line(PlieJson.writeLine(new PlieRulesCli.FailedRecord(
            result.record(), result.internalError())), result.status(), null, null, null, null,
            List.of());
      };
    }
  }

  private static String outcomeOf(DecisionRecord decision) {
    return decision instanceof EntryDecision entry ? entry.outcome().name()
        : ((ExitDecision) decision).outcome().name();
  }

  /**
   * The route that made a positive exit: the acquired route with the earliest date (the positive
   * exit date), the first in the order of §I.C.2 when several share it.
   */
  private static String positiveRoute(DecisionRecord decision) {
    if (!(decision instanceof ExitDecision exit) || exit.outcome() != ExitOutcome.POSITIVE) {
      return null;
    }
    RouteAssessment best = null;
    for (RouteAssessment route : exit.routes()) {
      if (route.status() == RouteStatus.ACQUIRED && (best == null || (route.date() != null
          && (best.date() == null || route.date().isBefore(best.date()))))) {
        best = route;
      }
    }
    return best == null ? null : best.route().name();
  }

  /** One JSON line: made once (an ObjectWriter is immutable and thread-safe), not per record. */
  private static final com.fasterxml.jackson.databind.ObjectWriter ONE_LINE = PlieJson.mapper()
      .writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  /**
   * The compact line: what was decided, when, by which rules, without the trace (facts, fired
   * rules, explanation, input). The full record ({@code --full}) is what replay and verify take.
   */
  static String compact(String record, DecisionRecord decision) {
    ObjectNode line = NODES.objectNode();
    line.put("record", record);
    line.put("kind", decision instanceof ExitDecision ? "exit" : "entry");
    line.put("decisionId", decision.decisionId() == null ? null
        : decision.decisionId().toString());
    line.put("decidedAt", decision.decidedAt() == null ? null : decision.decidedAt().toString());
    line.put("participantId", decision.participantId());
    line.put("assessmentDate", decision.assessmentDate().toString());
    line.put("outcome", outcomeOf(decision));
    if (decision instanceof EntryDecision entry) {
      ObjectNode criteria = line.putObject("criteria");
      for (CriterionAssessment c : entry.criteria()) {
        criteria.put(c.id().name(), c.status().name());
      }
    } else {
      ExitDecision exit = (ExitDecision) decision;
      putDate(line, "positiveExitDate", exit.positiveExitDate());
      putDate(line, "projectedPositiveExitDate", exit.projectedPositiveExitDate());
      ObjectNode routes = line.putObject("routes");
      for (RouteAssessment r : exit.routes()) {
        ObjectNode route = routes.putObject(r.route().name());
        route.put("status", r.status().name());
        putDate(route, "date", r.date());
        putDate(route, "possibleDate", r.possibleDate());
      }
    }
    RuleSetReference ruleSet = decision.ruleSet();
    ObjectNode rules = line.putObject("ruleSet");
    rules.put("id", ruleSet.id());
    rules.put("version", ruleSet.version());
    rules.put("revision", ruleSet.revision());
    rules.put("fingerprint", ruleSet.fingerprint());
    try {
      return ONE_LINE.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a compact decision", e);
    }
  }

  private static void putDate(ObjectNode node, String name, LocalDate date) {
    if (date != null) {
      node.put(name, date.toString());
    }
  }

  /** Used by the summary: how long a run took, in words. */
  static String duration(double seconds) {
    Duration d = Duration.ofMillis((long) (seconds * 1000));
    return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s"
        : String.format(Locale.FRANCE, "%.1f s", seconds);
  }
}
