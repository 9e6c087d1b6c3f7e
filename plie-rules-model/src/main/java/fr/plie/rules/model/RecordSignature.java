package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The signature of a decision record: computed over the record's canonical form, which leaves this
 * member out (docs/records.md, "Canonical form").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordSignature.class)
@JsonDeserialize(as = ImmutableRecordSignature.class)
@JsonPropertyOrder({"algorithm", "keyId", "value"})
public abstract class RecordSignature {
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableRecordSignature.Builder builder() {
    return ImmutableRecordSignature.builder();
  }

  /** {@return the signature algorithm: {@code Ed25519} (RFC 8032)} */
  public abstract String algorithm();

  /**
   * Which key signed: {@code sha256:} followed by the hexadecimal SHA-256 of the public key's X.509
   * SubjectPublicKeyInfo encoding (the DER inside {@code public-key.pem}).
   *
   * @return the key id
   */
  public abstract String keyId();

  /** {@return the 64-byte signature, in standard base64 with padding} */
  public abstract String value();
}
