package fr.plie.rules.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys in PEM files, with the JDK's own provider: PKCS#8 {@code PRIVATE KEY} and X.509
 * SubjectPublicKeyInfo {@code PUBLIC KEY}. Messages name the key and the problem, never its bytes.
 */
public final class Ed25519Keys {
  public static final String ALGORITHM = "Ed25519";
  private static final String PRIVATE = "PRIVATE KEY";
  private static final String PUBLIC = "PUBLIC KEY";

  private Ed25519Keys() {}

  /** A new key pair as PEM texts: private (PKCS#8) then public (SubjectPublicKeyInfo). */
  public static String[] generatePem() {
    KeyPair pair = generator().generateKeyPair();
    return new String[] {pem(PRIVATE, pair.getPrivate().getEncoded()),
        pem(PUBLIC, pair.getPublic().getEncoded())};
  }

  public static String readFile(Path file, String what) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new KeyProblem(what + " " + file, "no such file");
    } catch (IOException e) {
      throw new KeyProblem(what + " " + file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  public static PrivateKey privateKey(String pem, String name) {
    byte[] der = body(pem, PRIVATE, name);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new KeyProblem(name, "is not an Ed25519 private key in PKCS#8 form"
          + " (plie-rules keys generate writes one)");
    }
  }

  public static PublicKey publicKey(String pem, String name) {
    byte[] der = body(pem, PUBLIC, name);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new KeyProblem(name, "is not an Ed25519 public key (X.509 SubjectPublicKeyInfo)"
          + " (plie-rules keys generate writes one)");
    }
  }

  /** {@code sha256:} and the hexadecimal SHA-256 of the public key's SubjectPublicKeyInfo DER. */
  public static String keyId(PublicKey key) {
    try {
      return "sha256:" + HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * The public key of a private key. JDK 17 has no call for it, but an Ed25519 key pair is
   * generated from a 32-byte seed (RFC 8032 §5.1.5), which is what the PKCS#8 key holds: the
   * JDK's generator, fed that seed as its randomness, computes the public key. A signature made
   * with the private key and checked with the result proves they belong together.
   */
  public static PublicKey publicKeyOf(PrivateKey privateKey) {
    byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
        .orElseThrow(() -> new IllegalStateException("the private key does not expose its seed"));
    KeyPairGenerator generator = generator();
    try {
      generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate Ed25519 keys", e);
    }
    PublicKey publicKey = generator.generateKeyPair().getPublic();
    byte[] probe = "plie-rules key check".getBytes(StandardCharsets.US_ASCII);
    if (!verify(publicKey, probe, sign(privateKey, probe))) {
      throw new IllegalStateException("cannot derive the public key of this Ed25519 private key");
    }
    return publicKey;
  }

  public static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  public static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(message);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static KeyPairGenerator generator() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no Ed25519", e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  private static byte[] body(String pem, String label, String name) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new KeyProblem(name, "is not " + (PRIVATE.equals(label) ? "a private" : "a public")
          + " key in PEM form (" + begin + " … " + end + ")" + hint(pem, label));
    }
    try {
      // Strict: the MIME decoder would skip any character that is not base64.
      return Base64.getDecoder().decode(pem.substring(from + begin.length(), to).replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new KeyProblem(name, "the body of its PEM block is not base64");
    }
  }

  private static String hint(String pem, String expected) {
    if (PRIVATE.equals(expected) && pem.contains("-----BEGIN PUBLIC KEY-----")) {
      return ": it is a public key; signing needs the private key (private-key.pem)";
    }
    if (PUBLIC.equals(expected) && pem.contains("PRIVATE KEY-----")) {
      return ": it is a private key; verifying needs the public key (public-key.pem),"
          + " and a private key should not be handed to whoever verifies";
    }
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
      return ": it is encrypted; give an unencrypted PKCS#8 key";
    }
    if (pem.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
      return ": it is an OpenSSH key; convert it to PKCS#8 PEM";
    }
    return "";
  }

  /** Yields the seed as randomness, so that the generator rebuilds the key pair of that seed. */
  private static final class SeedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    SeedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, bytes.length);
    }
  }
}
