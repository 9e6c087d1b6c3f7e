package fr.plie.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where rule-set files are read from: the library's own class path (the shipped versions) or a
 * folder on disk (a rule set an analyst is editing). Paths use '/' and are relative to the root of
 * all rule sets, so that a fingerprint does not depend on where the files sit.
 */
public interface RuleResources {

  /** The bytes of a resource, exactly as stored. */
  byte[] read(String path);

  /** A human-readable location for messages. */
  String describe(String path);

  /**
   * The root and manifest path of a rule-set version folder laid out as {@code ROOT/ID/VERSION/}
   * (the layout of {@code rulesets/} and of {@code plie-rules rulesets export}).
   */
  record VersionFolder(Path root, String manifestPath) {
    public RuleResources resources() {
      return directory(root);
    }
  }

  static VersionFolder versionFolder(Path folder) {
    Path version = folder.toAbsolutePath().normalize();
    Path root = version.getParent().getParent();
    return new VersionFolder(root,
        root.relativize(version.resolve("ruleset.json")).toString().replace('\\', '/'));
  }

  /** Resolves {@code relative} against the folder of {@code base} and normalises "..". */
  static String resolve(String base, String relative) {
    URI baseUri = URI.create("root:/" + base);
    String resolved = baseUri.resolve(relative).getPath();
    if (resolved == null || resolved.startsWith("/..") || resolved.contains("/../")) {
      throw new IllegalArgumentException("'" + relative + "' leaves the rule-set root from " + base);
    }
    return resolved.substring(1);
  }

  /** The rule sets shipped in the library jar, under {@code rulesets/}. */
  static RuleResources classpath() {
    return new RuleResources() {
      @Override
      public byte[] read(String path) {
        String name = "rulesets/" + path;
        try (InputStream in = RuleResources.class.getClassLoader().getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("rule-set resource not found on the class path: " + name);
          }
          return in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + name, e);
        }
      }

      @Override
      public String describe(String path) {
        return "classpath:rulesets/" + path;
      }
    };
  }

  /** Rule sets in a folder on disk laid out like {@code rulesets/}. */
  static RuleResources directory(Path root) {
    return new RuleResources() {
      @Override
      public byte[] read(String path) {
        Path file = root.resolve(path);
        try {
          return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
          throw new IllegalStateException("rule-set file not found: " + file);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }

      @Override
      public String describe(String path) {
        return root.resolve(path).toString();
      }
    };
  }
}
