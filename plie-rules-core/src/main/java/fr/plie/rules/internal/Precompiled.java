package fr.plie.rules.internal;

import fr.plie.rules.model.RuleSetReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * The rules compiled at build time into Drools executable models, one kjar per rule-set version
 * and kind, stored under {@code precompiled/} in the library jar and named by the fingerprint of
 * the exact sources they were compiled from. A kjar is used only when that fingerprint is the one
 * computed from the DRL files and tables loaded now, so the DRL stays the source of truth: edit a
 * rule and the stale kjar is simply not found, and the rules are compiled at run time instead.
 */
final class Precompiled {
  /** Set to {@code false} to ignore precompiled rules (for measuring the difference). */
  static final String PROPERTY = "plie.rules.precompiled";

  private Precompiled() {}

  static boolean usable() {
    return !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
  }

  static String resourceName(RuleSetReference reference, String kind) {
    return "precompiled/" + reference.id() + "/" + reference.version() + "/" + kind + "-"
        + reference.fingerprint().substring("sha256:".length()) + ".kjar";
  }

  static ReleaseId releaseId(KieServices services, RuleSetReference reference, String kind) {
    return services.newReleaseId("fr.plie.rulesets", reference.id() + "-" + kind,
        reference.version() + "-" + reference.fingerprint().substring(7, 19));
  }

  static byte[] find(RuleSetReference reference, String kind) {
    try (InputStream in = Precompiled.class.getClassLoader()
        .getResourceAsStream(resourceName(reference, kind))) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
