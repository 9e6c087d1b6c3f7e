package fr.plie.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over the exact bytes of a rule set's resources, each preceded by its path and length,
 * in the manifest's order (the manifest itself first). Any changed byte, renamed file or reordered
 * list changes it; nothing else does (no timestamps, no machine paths).
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(Map<String, byte[]> resourcesInOrder) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
    for (Map.Entry<String, byte[]> resource : resourcesInOrder.entrySet()) {
      digest.update(resource.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Integer.toString(resource.getValue().length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) 0);
      digest.update(resource.getValue());
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }
}
