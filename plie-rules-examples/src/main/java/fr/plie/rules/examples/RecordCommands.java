package fr.plie.rules.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.plie.rules.api.RecordKeys;
import fr.plie.rules.api.RecordSigner;
import fr.plie.rules.api.RecordVerifier;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.SignatureStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        err.println("plie-rules: " + file + ": no such file");
        unreadable = true;
        continue;
      } catch (IOException e) {
        err.println("plie-rules: " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        unreadable = true;
        continue;
      }
      // A .json file holds one record (pretty-printed); a .jsonl file one record per line.
      List<String> records = file.endsWith(".jsonl") ? lines : List.of(String.join("\n", lines));
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i).isBlank()) {
          continue;
        }
        String where = file.endsWith(".jsonl") ? file + ":" + (i + 1) : file;
        JsonNode record;
        try {
          record = READER.readTree(records.get(i));
        } catch (IOException e) {
          out.println(where + "\tINVALID\t-\tnot a JSON record");
          err.println("plie-rules: invalid record in " + where + ": not JSON");
          unreadable = true;
          continue;
        }
        RecordVerifier.Verification check = verifier.verify(record);
        String id = record != null && record.path("decisionId").isTextual()
            ? record.get("decisionId").textValue() : "-";
        out.println(where + "\t" + check.status() + "\t" + id + "\t" + check.detail());
        if (check.malformed()) {
          err.println("plie-rules: invalid signature in " + where + ": " + check.detail());
          unreadable = true;
        } else if (check.status() == SignatureStatus.INVALID) {
          invalid = true;
        }
      }
    }
    return unreadable ? PlieRulesCli.INVALID : invalid ? PlieRulesCli.SIGNATURE_INVALID : PlieRulesCli.OK;
  }

  /** Numbers exactly as written, keys given twice refused, nothing after the record. */
  private static final ObjectReader READER = PlieJson.mapper().reader()
      .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
}
