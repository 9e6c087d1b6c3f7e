package fr.plie.rules.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.plie.rules.api.Pseudonymiser;
import fr.plie.rules.api.RecordKeyException;
import fr.plie.rules.api.RecordKeys;
import fr.plie.rules.api.RecordSigner;
import fr.plie.rules.api.RecordVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys come from files a person handles: each wrong one gets a message naming it and the problem. */
class KeyFilesTest {
  @TempDir
  Path tmp;

  private static String refused(ThrowingCallable call) {
    RecordKeyException e = catchThrowableOfType(RecordKeyException.class, call);
    assertThat(e).as("a RecordKeyException").isNotNull();
    return e.getMessage();
  }

  @Test
  void keys_generate_writes_a_pem_pair_that_signs_and_verifies_and_never_overwrites() throws Exception {
    List<Path> written = RecordKeys.generate(tmp.resolve("keys"));
    Path privateKey = tmp.resolve("keys/private-key.pem");
    Path publicKey = tmp.resolve("keys/public-key.pem");
    assertThat(written).containsExactly(privateKey, publicKey);
    assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----\n");
    if (Files.getFileStore(privateKey).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
          .isEqualTo("rw-------");
    }
    assertThat(RecordSigner.ed25519(privateKey).keyId())
        .isEqualTo(RecordVerifier.ed25519(publicKey).keyId());

    String before = Files.readString(privateKey);
    String message = refused(() -> RecordKeys.generate(tmp.resolve("keys")));
    assertThat(message).contains("private-key.pem").contains("already exists");
    assertThat(Files.readString(privateKey)).isEqualTo(before);

    Files.delete(privateKey);
    assertThat(refused(() -> RecordKeys.generate(tmp.resolve("keys"))))
        .as("half a pair left: still refused").contains("public-key.pem");
    assertThat(privateKey).doesNotExist();
  }

  @Test
  void a_public_key_given_to_sign_or_a_private_key_given_to_verify_is_named_as_such() {
    assertThat(refused(() -> RecordSigner.ed25519(RecordFixtures.PUBLIC_PEM)))
        .startsWith("private key: ").contains("it is a public key");
    assertThat(refused(() -> RecordVerifier.ed25519(RecordFixtures.PRIVATE_PEM)))
        .startsWith("public key: ").contains("it is a private key");
  }

  @Test
  void a_key_of_another_algorithm_or_a_broken_pem_is_refused_without_showing_the_key() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    String body = Base64.getMimeEncoder().encodeToString(rsa.generateKeyPair().getPrivate().getEncoded());
    String rsaPem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    String message = refused(() -> RecordSigner.ed25519(rsaPem));
    assertThat(message).contains("not an Ed25519 private key");
    assertThat(message).doesNotContain(body.substring(0, 20));

    assertThat(refused(() -> RecordSigner.ed25519("hello")))
        .contains("not a private key in PEM form");
    assertThat(refused(() -> RecordVerifier.ed25519(
        "-----BEGIN PUBLIC KEY-----\n%%%%\n-----END PUBLIC KEY-----\n"))).contains("not base64");
    assertThat(refused(() -> RecordVerifier.ed25519(
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")))
        .contains("not an Ed25519 public key");
  }

  @Test
  void a_missing_key_file_is_named() {
    Path missing = tmp.resolve("nowhere/public-key.pem");
    assertThat(refused(() -> RecordVerifier.ed25519(missing)))
        .isEqualTo("public key " + missing + ": no such file");
    assertThat(refused(() -> Pseudonymiser.fromKeyFile(missing))).contains("no such file");
  }

  @Test
  void a_pseudonymisation_key_needs_32_secret_bytes() throws Exception {
    Path shortKey = tmp.resolve("short.key");
    Files.write(shortKey, new byte[31]);
    assertThat(refused(() -> Pseudonymiser.fromKeyFile(shortKey)))
        .contains("31 bytes").contains("at least 32");
    Path key = tmp.resolve("ok.key");
    Files.write(key, new byte[32]);
    assertThat(Pseudonymiser.fromKeyFile(key).pseudonym("X")).matches("hmac-sha256:[0-9a-f]{64}");
  }
}
