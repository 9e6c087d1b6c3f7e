package fr.plie.rules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.api.RecordKeys;
import fr.plie.rules.api.RecordSigner;
import fr.plie.rules.api.RecordVerifier;
import fr.plie.rules.model.InputLimits;
import fr.plie.rules.model.InputRecord;
import fr.plie.rules.model.RecordReader;
import fr.plie.rules.model.SafeText;
import fr.plie.rules.model.SignatureStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code keys generate DIR} and {@code verify RECORDS.json[l] --public-key KEY}. */
final class RecordCommands {
  private RecordCommands() {}

  static int keys(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 2 || !args.get(0).equals("generate")) {
      err.println("plie-rules keys: usage: keys generate DIR");
      return PlieRulesCli.INVALID;
    }
    List<Path> written = RecordKeys.generate(Path.of(args.get(1)));
    out.println("wrote " + written.get(0) + " (keep it secret: it signs) and " + written.get(1)
        + " (hand it to whoever verifies); key id "
        + RecordSigner.ed25519(written.get(0)).keyId());
    return PlieRulesCli.OK;
  }

  /**
   * Prints one line per record: where, VALID / INVALID / UNSIGNED, its decision id and why.
   * Exit code: 2 when a record cannot be read or its signature is malformed (truncated, not
   * base64), else {@link PlieRulesCli#SIGNATURE_INVALID} when a signature does not verify, else 0.
   */
  static int verify(List<String> files, RecordVerifier verifier, PrintStream out, PrintStream err) {
    return verify(files, verifier, out, err, null);
  }

  /** As above, {@code -} read from {@code stdin}. */
  static int verify(List<String> files, RecordVerifier verifier, PrintStream out, PrintStream err,
      java.util.function.Supplier<RecordReader> stdin) {
    if (verifier == null) {
      err.println("plie-rules verify: give --public-key PUBLIC.pem (the public key of the key"
          + " that signed the records)");
      return PlieRulesCli.INVALID;
    }
    if (files.isEmpty()) {
      err.println("plie-rules verify: usage: verify RECORDS.json|RECORDS.jsonl... --public-key PUBLIC.pem");
      return PlieRulesCli.INVALID;
    }
    boolean unreadable = false;
    boolean invalid = false;
    for (String file : files) {
      String shownFile = SafeText.line(file);
      // The records' reader: streamed, bounded, a bad line rejects only itself; decimals exact.
      try (RecordReader reader = file.equals(PlieRulesCli.STDIN) && stdin != null
          ? stdin.get() : RecordReader.open(Path.of(file), InputLimits.MAX_DECISION_BYTES)) {
        while (reader.hasNext()) {
          InputRecord record = reader.next();
          String where = SafeText.line(record.source());
          if (!record.readable()) {
            out.println(where + "\tINVALID\t-\tnot a readable JSON record");
            err.println("plie-rules: invalid record in " + where + ": "
                + SafeText.line(record.problem().getMessage()));
            unreadable = true;
            continue;
          }
          JsonNode json = record.json();
          RecordVerifier.Verification check = verifier.verify(json);
          String id = json.path("decisionId").isTextual()
              ? SafeText.line(SafeText.cut(json.get("decisionId").textValue(), 40)) : "-";
          out.println(where + "\t" + check.status() + "\t" + id + "\t" + check.detail());
          if (check.malformed()) {
            err.println("plie-rules: invalid signature in " + where + ": " + check.detail());
            unreadable = true;
          } else if (check.status() == SignatureStatus.INVALID) {
            invalid = true;
          }
        }
      } catch (NoSuchFileException e) {
        err.println("plie-rules: " + shownFile + ": no such file");
        unreadable = true;
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        err.println("plie-rules: " + shownFile + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        unreadable = true;
      }
    }
    return unreadable ? PlieRulesCli.INVALID : invalid ? PlieRulesCli.SIGNATURE_INVALID : PlieRulesCli.OK;
  }
}
