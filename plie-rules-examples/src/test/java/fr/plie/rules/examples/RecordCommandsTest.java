package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordSchemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed and pseudonymised records from the command line: {@code keys generate}, {@code --sign-key},
 * {@code --pseudonymise}, {@code verify} and {@code replay --public-key}, on the bundled samples;
 * and every wrong key or record gives one clear line and exit code 2, never a stack trace.
 */
class RecordCommandsTest {
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
  private static final PlieRulesCli CLI = new PlieRulesCli(
      new PrintStream(OUT, true, StandardCharsets.UTF_8),
      new PrintStream(ERR, true, StandardCharsets.UTF_8), PlieRules.load());

  @TempDir
  static Path keys;
  @TempDir
  Path tmp;
  private static Path privateKey;
  private static Path publicKey;
  private static Path pseudonymKey;

  @BeforeAll
  static void generateKeys() throws IOException {
    assertThat(CLI.run(new String[] {"keys", "generate", keys.resolve("k").toString()})).isZero();
    privateKey = keys.resolve("k/private-key.pem");
    publicKey = keys.resolve("k/public-key.pem");
    pseudonymKey = keys.resolve("pseudonym.key");
    Files.write(pseudonymKey, "thirty-two secret bytes, or more, for HMAC".getBytes(StandardCharsets.US_ASCII));
  }

  @BeforeEach
  void emptyBuffers() {
    OUT.reset();
    ERR.reset();
  }

  private static int run(String... args) {
    return CLI.run(args);
  }

  private static String out() {
    return OUT.toString(StandardCharsets.UTF_8);
  }

  private static String err() {
    return ERR.toString(StandardCharsets.UTF_8);
  }

  /** A usage error: what is wrong on the first line, then the usage line, no stack trace. */
  private static void assertUsageError(String expected) {
    assertThat(err().lines().findFirst()).hasValueSatisfying(first -> assertThat(first).contains(expected));
    assertThat(err()).contains("Usage: plie-rules").doesNotContain("\tat ").doesNotContain("Exception");
  }

  private static void assertCleanError(String expected) {
    assertThat(err()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("internal error");
    assertThat(err().lines().count()).as("one line").isEqualTo(1);
  }

  private static List<String> samples() throws IOException {
    List<String> files = new ArrayList<>();
    for (String folder : List.of("samples/entry", "samples/exit")) {
      try (Stream<Path> list = Files.list(Path.of(folder))) {
        list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> files.add(f.toString()));
      }
    }
    return files;
  }

  /** Decides every sample with the options given and returns the records written. */
  private Path decided(String name, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("decide"));
    args.addAll(List.of(options));
    args.addAll(samples());
    assertThat(run(args.toArray(String[]::new))).as(err()).isZero();
    Path records = tmp.resolve(name);
    Files.writeString(records, out());
    OUT.reset();
    return records;
  }

  @Test
  void every_sample_full_signed_or_pseudonymised_matches_its_schema_and_verifies() throws IOException {
    Path full = decided("full.jsonl");
    Path signed = decided("signed.jsonl", "--sign-key", privateKey.toString());
    Path both = decided("both.jsonl", "--sign-key", privateKey.toString(),
        "--pseudonymise", pseudonymKey.toString());
    for (Path records : List.of(full, signed, both)) {
      List<String> lines = Files.readAllLines(records);
      assertThat(lines).hasSize(samples().size());
      lines.forEach(RecordSchemas::assertValidJson);
    }
    assertThat(Files.readString(both)).contains("\"form\":\"PSEUDONYMISED\"")
        .doesNotContain("DIJ-2018-").doesNotContain("\"employer\"");

    assertThat(run("verify", signed.toString(), both.toString(), "--public-key", publicKey.toString()))
        .isZero();
    List<String> report = out().lines().collect(Collectors.toList());
    assertThat(report).hasSize(2 * samples().size()).allMatch(line -> line.contains("\tVALID\t"));
    assertThat(report.get(0)).startsWith(signed + ":1\tVALID\t");

    OUT.reset();
    assertThat(run("verify", full.toString(), "--public-key", publicKey.toString())).isZero();
    assertThat(out().lines()).allMatch(line -> line.contains("\tUNSIGNED\t"));
  }

  @Test
  void a_changed_record_is_invalid_and_replay_refuses_to_re_decide_it() throws IOException {
    Path signed = decided("signed.jsonl", "--sign-key", privateKey.toString());
    List<String> lines = new ArrayList<>(Files.readAllLines(signed));
    ObjectNode forged = (ObjectNode) PlieJson.mapper().readTree(lines.get(0));
    forged.put("participantId", "DIJ-2018-0999");
    ((ObjectNode) forged.get("application")).put("participantId", "DIJ-2018-0999");
    lines.set(0, PlieJson.writeLine(forged));
    Path changed = tmp.resolve("changed.jsonl");
    Files.write(changed, lines);

    assertThat(run("verify", changed.toString(), "--public-key", publicKey.toString()))
        .isEqualTo(PlieRulesCli.SIGNATURE_INVALID);
    assertThat(out()).contains(changed + ":1\tINVALID\t").contains("changed after it was signed")
        .contains(changed + ":2\tVALID\t");

    Path one = tmp.resolve("forged.json");
    Files.writeString(one, lines.get(0));
    OUT.reset();
    assertThat(run("replay", "--explain", one.toString(), "--public-key", publicKey.toString()))
        .isEqualTo(PlieRulesCli.SIGNATURE_INVALID);
    assertThat(out()).startsWith("SIGNATURE_INVALID: ").contains("not re-decided");
  }

  @Test
  void replay_checks_the_signature_first_and_says_when_it_was_not_checked() throws IOException {
    Path both = decided("both.jsonl", "--sign-key", privateKey.toString(),
        "--pseudonymise", pseudonymKey.toString());
    for (String line : Files.readAllLines(both)) {
      Path one = tmp.resolve("one.json");
      Files.writeString(one, line);
      OUT.reset();
      assertThat(run("replay", one.toString(), "--public-key", publicKey.toString())).as(out()).isZero();
      JsonNode report = PlieJson.mapper().readTree(out());
      assertThat(report.get("status").asText()).isEqualTo("IDENTICAL");
      assertThat(report.get("signature").asText()).isEqualTo("VALID");
    }
    assertThat(err()).isEmpty();
    Path one = tmp.resolve("one.json");
    assertThat(run("replay", one.toString())).isZero();
    assertThat(err()).contains("signature was not checked").contains("--public-key");
  }

  @Test
  void a_truncated_signature_a_missing_or_wrong_key_give_a_clear_message_and_exit_code_2() throws IOException {
    Path signed = decided("signed.jsonl", "--sign-key", privateKey.toString());
    ObjectNode record = (ObjectNode) PlieJson.mapper().readTree(Files.readAllLines(signed).get(0));
    ObjectNode signature = (ObjectNode) record.get("signature");
    byte[] value = Base64.getDecoder().decode(signature.get("value").asText());
    signature.put("value", Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(value, 48)));
    Path truncated = tmp.resolve("truncated.json");
    Files.writeString(truncated, PlieJson.write(record));

    assertThat(run("verify", truncated.toString(), "--public-key", publicKey.toString())).isEqualTo(2);
    assertThat(out()).contains("\tINVALID\t").contains("48 bytes");
    assertCleanError("invalid signature in " + truncated + ": signature.value holds 48 bytes");

    emptyBuffers();
    assertThat(run("verify", truncated.toString())).isEqualTo(2);
    assertUsageError("Missing required option: '--public-key=PUBLIC.pem'");

    emptyBuffers();
    assertThat(run("verify", truncated.toString(), "--public-key", tmp.resolve("none.pem").toString()))
        .isEqualTo(2);
    assertCleanError("public key " + tmp.resolve("none.pem") + ": no such file");

    emptyBuffers();
    assertThat(run("verify", truncated.toString(), "--public-key", privateKey.toString())).isEqualTo(2);
    assertCleanError("it is a private key");

    emptyBuffers();
    Path garbage = tmp.resolve("garbage.pem");
    Files.writeString(garbage, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertThat(run("entry", "--sign-key", garbage.toString(), "samples/entry/x.json")).isEqualTo(2);
    assertCleanError("is not an Ed25519 private key");

    emptyBuffers();
    assertThat(run("entry", "--sign-key")).isEqualTo(2);
    assertUsageError("plie-rules entry: Missing required parameter for option '--sign-key'");

    emptyBuffers();
    Path shortKey = tmp.resolve("short.key");
    Files.write(shortKey, new byte[16]);
    assertThat(run("exit", "--pseudonymise", shortKey.toString(), "samples/exit/x.json")).isEqualTo(2);
    assertCleanError("16 bytes");

    emptyBuffers();
    Path notJson = tmp.resolve("broken.jsonl");
    Files.writeString(notJson, "{\"decisionId\": \n");
    assertThat(run("verify", notJson.toString(), "--public-key", publicKey.toString())).isEqualTo(2);
    assertThat(out()).contains(notJson + ":1\tINVALID\t-\tnot a readable JSON record");
  }

  @Test
  void keys_are_never_overwritten() throws IOException {
    String before = Files.readString(privateKey);
    assertThat(run("keys", "generate", keys.resolve("k").toString())).isEqualTo(2);
    assertCleanError("already exists");
    assertThat(Files.readString(privateKey)).isEqualTo(before);
    emptyBuffers();
    assertThat(run("keys", "rotate")).isEqualTo(2);
    assertThat(err()).contains("Unmatched argument at index 1: 'rotate'")
        .contains("Usage: plie-rules keys").contains("generate");
  }

  @Test
  void record_options_belong_to_their_commands() {
    assertThat(run("versions", "--public-key", publicKey.toString())).isEqualTo(2);
    assertUsageError("plie-rules versions: Unknown options: '--public-key'");
    emptyBuffers();
    assertThat(run("replay", "x.json", "--sign-key", privateKey.toString())).isEqualTo(2);
    assertUsageError("plie-rules replay: Unknown options: '--sign-key'");
  }
}
