package fr.plie.rules.records;

import static fr.plie.rules.records.RecordFixtures.RULES;
import static fr.plie.rules.records.RecordFixtures.SIGNER;
import static fr.plie.rules.records.RecordFixtures.VERIFIER;
import static fr.plie.rules.records.RecordFixtures.cddThenCdi;
import static fr.plie.rules.records.RecordFixtures.healthAndBenefits;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.api.RecordSigner;
import fr.plie.rules.api.RecordVerifier;
import fr.plie.rules.internal.Ed25519Keys;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordSchemas;
import fr.plie.rules.model.ReplayReport;
import fr.plie.rules.model.SignatureStatus;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signed record shows whether it was changed: the forgery an auditor tried (participant id,
 * employer and birth date changed consistently, so that it still replays IDENTICAL) no longer
 * verifies, while the same record written with other whitespace or key order still does.
 */
class SignatureTest {
  private static JsonNode tree(String json) {
    try {
      return PlieJson.mapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The auditor's forgery: another person, employer and birth date, consistently everywhere. */
  private static String forge(String stored) {
    ObjectNode record = (ObjectNode) tree(stored);
    record.put("participantId", "DIJ-2018-0999");
    record.put("explanation", record.get("explanation").textValue()
        .replace("DIJ-2018-0101", "DIJ-2018-0999"));
    ObjectNode exitCase = (ObjectNode) record.get("exitCase");
    exitCase.put("participantId", "DIJ-2018-0999");
    exitCase.put("birthDate", "1988-07-14");
    ((ObjectNode) exitCase.get("activities").get(0)).put("employer", "Garage Dupont");
    return PlieJson.write(record);
  }

  @Test
  void the_consistent_forgery_replays_identical_but_does_not_verify() {
    ExitDecision decision = RULES.assessExit(cddThenCdi());
    String forgedUnsigned = forge(PlieJson.write(decision));
    // What issue 10 found: nothing in an unsigned record shows it was altered.
    assertThat(RULES.replay(PlieJson.readExitDecision(forgedUnsigned)).status())
        .isEqualTo(ReplayReport.Status.IDENTICAL);

    String signed = PlieJson.write(SIGNER.sign(decision));
    assertThat(VERIFIER.verify(tree(signed)).status()).isEqualTo(SignatureStatus.VALID);
    String forged = forge(signed);
    RecordVerifier.Verification check = VERIFIER.verify(tree(forged));
    assertThat(check.status()).isEqualTo(SignatureStatus.INVALID);
    assertThat(check.detail()).contains("changed after it was signed");
    assertThat(check.malformed()).isFalse();

    ReplayReport replay = RULES.withVerifier(VERIFIER).replay(PlieJson.readExitDecision(forged));
    assertThat(replay.status()).isEqualTo(ReplayReport.Status.SIGNATURE_INVALID);
    assertThat(replay.signature()).isEqualTo(SignatureStatus.INVALID);
    assertThat(replay.summary()).contains("not re-decided");
  }

  @Test
  void a_signed_record_written_with_other_whitespace_and_key_order_stays_valid() {
    EntryDecision signed = SIGNER.sign(RULES.assessEntry(healthAndBenefits()));
    RecordSchemas.assertValid(signed);
    String pretty = PlieJson.write(signed);
    String oneLine = PlieJson.writeLine(signed);
    String reordered = PlieJson.writeLine(reversed(tree(pretty)));
    String spaced = otherWhitespace(signed);
    assertThat(reordered).isNotEqualTo(oneLine);
    assertThat(spaced).contains("\r\n\t").isNotEqualTo(pretty);
    for (String form : List.of(pretty, oneLine, reordered, spaced)) {
      assertThat(VERIFIER.verify(tree(form)).status()).as(form).isEqualTo(SignatureStatus.VALID);
      // Read into the model and checked there: the same bytes are signed.
      assertThat(VERIFIER.verify(PlieJson.readEntryDecision(form)).status()).isEqualTo(SignatureStatus.VALID);
    }
    // The hours 35 written 35.00: the same number, the same canonical form.
    ExitDecision exit = SIGNER.sign(RULES.assessExit(cddThenCdi()));
    String hours = PlieJson.write(exit).replace("\"weeklyHours\" : 35", "\"weeklyHours\" : 35.00");
    assertThat(hours).contains("35.00");
    assertThat(VERIFIER.verify(tree(hours)).status()).isEqualTo(SignatureStatus.VALID);
  }

  @Test
  void every_part_of_the_record_is_covered_even_the_signature_s_key_id_and_algorithm() {
    String signed = PlieJson.write(SIGNER.sign(RULES.assessEntry(healthAndBenefits())));
    ObjectNode outcome = (ObjectNode) tree(signed);
    outcome.put("outcome", "NOT_ELIGIBLE");
    assertThat(VERIFIER.verify(outcome).status()).isEqualTo(SignatureStatus.INVALID);

    ObjectNode fact = (ObjectNode) tree(signed);
    ((ObjectNode) fact.get("application")).put("underJusticeMandate", false);
    assertThat(VERIFIER.verify(fact).status()).isEqualTo(SignatureStatus.INVALID);

    ObjectNode time = (ObjectNode) tree(signed);
    time.put("decidedAt", "2018-04-10T09:00:00Z");
    assertThat(VERIFIER.verify(time).status()).isEqualTo(SignatureStatus.INVALID);

    ObjectNode added = (ObjectNode) tree(signed);
    added.putArray("notes").add("ajoutée après coup");
    assertThat(VERIFIER.verify(added).status()).isEqualTo(SignatureStatus.INVALID);

    ObjectNode keyId = (ObjectNode) tree(signed);
    ((ObjectNode) keyId.get("signature")).put("keyId", "sha256:" + "0".repeat(64));
    assertThat(VERIFIER.verify(keyId).detail()).contains("another key");
  }

  @Test
  void a_record_signed_by_another_key_is_invalid_and_says_so() {
    String[] other = Ed25519Keys.generatePem();
    EntryDecision signed = RecordSigner.ed25519(other[0]).sign(RULES.assessEntry(healthAndBenefits()));
    RecordVerifier.Verification check = VERIFIER.verify(signed);
    assertThat(check.status()).isEqualTo(SignatureStatus.INVALID);
    assertThat(check.detail()).contains("another key").contains(RecordVerifier.ed25519(other[1]).keyId());
    assertThat(RecordVerifier.ed25519(other[1]).verify(signed).status()).isEqualTo(SignatureStatus.VALID);
  }

  @Test
  void a_truncated_or_garbled_signature_is_malformed() {
    ObjectNode record = (ObjectNode) tree(PlieJson.write(SIGNER.sign(RULES.assessEntry(healthAndBenefits()))));
    ObjectNode signature = (ObjectNode) record.get("signature");
    String value = signature.get("value").textValue();
    byte[] bytes = Base64.getDecoder().decode(value);

    signature.put("value", Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 63)));
    RecordVerifier.Verification truncated = VERIFIER.verify(record);
    assertThat(truncated.status()).isEqualTo(SignatureStatus.INVALID);
    assertThat(truncated.malformed()).isTrue();
    assertThat(truncated.detail()).contains("63 bytes").contains("truncated");

    signature.put("value", "not-base64!" + value.substring(11));
    assertThat(VERIFIER.verify(record).detail()).contains("not base64");

    signature.put("algorithm", "RS256");
    signature.put("value", value);
    assertThat(VERIFIER.verify(record).detail()).contains("only Ed25519");

    record.put("signature", "yes");
    assertThat(VERIFIER.verify(record).malformed()).isTrue();
  }

  @Test
  void an_unsigned_record_is_unsigned_and_its_replay_says_the_signature_was_not_checked_when_signed() {
    EntryDecision plain = RULES.assessEntry(healthAndBenefits());
    assertThat(VERIFIER.verify(plain).status()).isEqualTo(SignatureStatus.UNSIGNED);
    assertThat(RULES.withVerifier(VERIFIER).replay(plain).signature()).isEqualTo(SignatureStatus.UNSIGNED);

    EntryDecision signed = SIGNER.sign(plain);
    ReplayReport unchecked = RULES.replay(signed);
    assertThat(unchecked.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    assertThat(unchecked.signature()).isEqualTo(SignatureStatus.NOT_CHECKED);
    ReplayReport checked = RULES.withVerifier(VERIFIER).replay(signed);
    assertThat(checked.status()).isEqualTo(ReplayReport.Status.IDENTICAL);
    assertThat(checked.signature()).isEqualTo(SignatureStatus.VALID);
  }

  @Test
  void a_facade_with_a_signer_signs_every_decision_and_the_signer_s_key_id_is_the_public_key_s() {
    EntryDecision d = RULES.withSigner(SIGNER).assessEntry(healthAndBenefits());
    assertThat(d.signature()).isNotNull();
    assertThat(d.signature().keyId()).isEqualTo(VERIFIER.keyId()).isEqualTo(SIGNER.keyId());
    assertThat(d.signature().value()).hasSize(88);
    assertThat(VERIFIER.verify(d).status()).isEqualTo(SignatureStatus.VALID);
    RecordSchemas.assertValid(d);
  }

  /** The same JSON indented with tabs and CRLF, arrays with two spaces and LF, no space before ':'. */
  static String otherWhitespace(Object value) {
    com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer =
        new com.fasterxml.jackson.core.util.DefaultPrettyPrinter(
            com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
    printer.indentObjectsWith(new com.fasterxml.jackson.core.util.DefaultIndenter("\t", "\r\n"));
    printer.indentArraysWith(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
    try {
      return PlieJson.mapper().writer(printer).writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** The same JSON with every object's members in reverse order. */
  static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.reverse(names);
      ObjectNode out = PlieJson.mapper().createObjectNode();
      for (String name : names) {
        out.set(name, reversed(node.get(name)));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = PlieJson.mapper().createArrayNode();
      node.forEach(e -> out.add(reversed(e)));
      return out;
    }
    return node;
  }
}
