package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ImmutableEntryDecision;
import fr.plie.rules.model.ImmutableExitDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RecordSignature;
import fr.plie.rules.model.SignatureStatus;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * Signs and verifies decision records. What is signed is the canonical form ({@link
 * CanonicalJson}) of the record's JSON without {@code signature.value}: the algorithm and the key
 * id are signed with the record, so neither can be changed unnoticed.
 */
public final class SignedRecords {
  private static final int SIGNATURE_BYTES = 64;

  private SignedRecords() {}

  /** What checking one record found; {@code malformed} when the signature itself is unreadable. */
  public record Check(SignatureStatus status, String detail, boolean malformed) {}

  /** The record, signed (any previous signature is replaced). */
  @SuppressWarnings("unchecked")
  public static <D extends DecisionRecord> D sign(D record, PrivateKey key, String keyId) {
    RecordSignature unsigned = RecordSignature.builder().algorithm(Ed25519Keys.ALGORITHM)
        .keyId(keyId).value("").build();
    D draft = withSignature(record, unsigned);
    byte[] signature = Ed25519Keys.sign(key, signedBytes(PlieJson.toTree(draft)));
    return withSignature(record, RecordSignature.builder().from(unsigned)
        .value(Base64.getEncoder().encodeToString(signature)).build());
  }

  @SuppressWarnings("unchecked")
  public static <D extends DecisionRecord> D withSignature(D record, RecordSignature signature) {
    if (record instanceof EntryDecision entry) {
      return (D) ImmutableEntryDecision.copyOf(entry).withSignature(signature);
    }
    if (record instanceof ExitDecision exit) {
      return (D) ImmutableExitDecision.copyOf(exit).withSignature(signature);
    }
    throw new IllegalArgumentException("not a decision record: " + record.getClass().getSimpleName());
  }

  /** Checks a record as read from a file (a JSON object), against one public key. */
  public static Check verify(JsonNode record, PublicKey key, String keyId) {
    JsonNode signature = record.get("signature");
    if (signature == null || signature.isNull()) {
      return new Check(SignatureStatus.UNSIGNED, "the record carries no signature", false);
    }
    if (!signature.isObject() || !signature.path("algorithm").isTextual()
        || !signature.path("keyId").isTextual() || !signature.path("value").isTextual()) {
      return malformed("signature must be an object with the strings algorithm, keyId and value");
    }
    if (!Ed25519Keys.ALGORITHM.equals(signature.get("algorithm").textValue())) {
      return malformed("signature.algorithm: only Ed25519 is known");
    }
    byte[] value;
    try {
      value = Base64.getDecoder().decode(signature.get("value").textValue());
    } catch (IllegalArgumentException e) {
      return malformed("signature.value is not base64");
    }
    if (value.length != SIGNATURE_BYTES) {
      return malformed("signature.value holds " + value.length + " bytes; an Ed25519 signature has "
          + SIGNATURE_BYTES + (value.length < SIGNATURE_BYTES ? " (truncated?)" : ""));
    }
    String signedBy = signature.get("keyId").textValue();
    if (!signedBy.equals(keyId)) {
      return new Check(SignatureStatus.INVALID, "signed by another key (" + signedBy
          + "), not by the public key given (" + keyId + ")", false);
    }
    byte[] signed;
    try {
      signed = signedBytes(record);
    } catch (IllegalArgumentException e) {
      return malformed("the record has no canonical form: " + e.getMessage());
    }
    if (!Ed25519Keys.verify(key, signed, value)) {
      return new Check(SignatureStatus.INVALID,
          "the signature does not match: the record was changed after it was signed", false);
    }
    return new Check(SignatureStatus.VALID, "signed by " + keyId + ", unchanged since", false);
  }

  /** The bytes a signature covers: the canonical form without {@code signature.value}. */
  public static byte[] signedBytes(JsonNode record) {
    ObjectNode copy = ((ObjectNode) record).deepCopy();
    JsonNode signature = copy.get("signature");
    if (signature instanceof ObjectNode object) {
      object.remove("value");
    }
    return CanonicalJson.bytes(copy);
  }

  private static Check malformed(String detail) {
    return new Check(SignatureStatus.INVALID, detail, true);
  }
}
