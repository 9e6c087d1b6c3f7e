package fr.plie.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.RecordVerifier;
import fr.plie.rules.examples.report.AuditReport;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.InputLimits;
import fr.plie.rules.model.InputRecord;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordReader;
import fr.plie.rules.model.SafeText;
import fr.plie.rules.model.SignatureStatus;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code report RECORDS.json[l]... [--public-key KEY] -o report.html}: reads the records with the
 * library's streaming reader and strict model, then writes the HTML audit report.
 *
 * <p>Exit code: 2 when a file or a record cannot be read (one line each on stderr; the report
 * still shows the other records and lists the unreadable ones), else 6 when a signature does
 * not verify, else 0. When no record at all can be read, nothing is written.
 */
final class ReportCommand {
  private ReportCommand() {}

  /** What was read: the decisions, the records that could not be, and how it went. */
  record Read(List<AuditReport.Item> items, List<AuditReport.Unreadable> unreadable,
      boolean problem, boolean invalidSignature) {}

  static Read read(List<String> files, RecordVerifier verifier, PrintStream err,
      Supplier<RecordReader> stdin) {
    List<AuditReport.Item> items = new ArrayList<>();
    List<AuditReport.Unreadable> unreadable = new ArrayList<>();
    boolean problem = false;
    boolean invalid = false;
    for (String file : files) {
      String shownFile = SafeText.line(file);
      try (RecordReader reader = file.equals(PlieRulesCli.STDIN) ? stdin.get()
          : RecordReader.open(Path.of(file), InputLimits.MAX_DECISION_BYTES)) {
        while (reader.hasNext()) {
          InputRecord record = reader.next();
          String where = SafeText.line(record.source());
          try {
            if (!record.readable()) {
              throw record.problem();
            }
            DecisionRecord decision = decision(record.json());
            AuditReport.Signature signature;
            if (verifier == null) {
              signature = AuditReport.Signature.notChecked(decision);
            } else {
              RecordVerifier.Verification check = verifier.verify(record.json());
              signature = new AuditReport.Signature(check.status(), detail(check, decision));
              invalid |= check.status() == SignatureStatus.INVALID;
            }
            items.add(new AuditReport.Item(record.source(), decision, signature));
          } catch (InvalidInputException e) {
            String message = SafeText.line(e.getMessage());
            err.println("plie-rules: invalid record in " + where + ": " + message);
            unreadable.add(new AuditReport.Unreadable(record.source(), e.getMessage()));
            problem = true;
          }
        }
      } catch (NoSuchFileException e) {
        err.println("plie-rules: " + shownFile + ": no such file");
        unreadable.add(new AuditReport.Unreadable(file, "fichier introuvable"));
        problem = true;
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        err.println("plie-rules: " + shownFile + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        unreadable.add(new AuditReport.Unreadable(file, "fichier illisible"));
        problem = true;
      }
    }
    return new Read(items, unreadable, problem, invalid);
  }

  /** Why, in French; the verifier's own words (English, technical) follow an invalid status. */
  private static String detail(RecordVerifier.Verification check, DecisionRecord decision) {
    return switch (check.status()) {
      case VALID -> "signée par " + decision.signature().keyId() + ", inchangée depuis";
      case UNSIGNED -> "aucune signature";
      default -> "modifiée après la signature, signée par une autre clé ou signature mal formée ("
          + check.detail() + ")";
    };
  }

  /** A recorded decision, of the kind its embedded input tells, read by the strict model. */
  static DecisionRecord decision(JsonNode tree) {
    boolean entry = tree != null && tree.has("application");
    boolean exit = tree != null && tree.has("exitCase");
    if (entry && !exit) {
      return PlieJson.fromTree(tree, EntryDecision.class);
    }
    if (exit && !entry) {
      return PlieJson.fromTree(tree, ExitDecision.class);
    }
    throw new InvalidInputException("(document)", "is not a recorded decision (an entry decision"
        + " embeds its \"application\", an exit decision its \"exitCase\", never both)");
  }

  /** Writes the report of what was read to {@code out}. */
  static void write(Read read, PrintStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    AuditReport.write(read.items(), read.unreadable(), writer);
    writer.flush();
  }
}
