package fr.plie.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

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

  /** True for the rule sets shipped in the library (trusted); false for a user's folder. */
  default boolean shipped() {
    return false;
  }

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
    Path root = version.getParent() == null ? null : version.getParent().getParent();
    if (root == null) {
      throw new IllegalArgumentException(folder + " is not a version folder laid out as"
          + " ROOT/ID/VERSION (like rules/plie-dijon/2018.1)");
    }
    return new VersionFolder(root,
        root.relativize(version.resolve("ruleset.json")).toString().replace('\\', '/'));
  }

  /** Resolves {@code relative} against the folder of {@code base} and normalises "..". */
  static String resolve(String base, String relative) {
    if (relative == null || relative.startsWith("/") || relative.contains(":")
        || relative.contains("\\")) {
      throw new IllegalArgumentException("'" + Texts.echo(relative) + "' is not a relative path"
          + " (from " + base + ")");
    }
    String resolved;
    try {
      resolved = URI.create("root:/" + base).resolve(relative).getPath();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + Texts.echo(relative) + "' is not a relative path"
          + " (from " + base + ")");
    }
    if (resolved == null || resolved.startsWith("/..") || resolved.contains("/../")) {
      throw new IllegalArgumentException("'" + Texts.echo(relative) + "' leaves the rule-set folder"
          + " (from " + base + ")");
    }
    return resolved.substring(1);
  }

  /** The rule sets shipped in the library jar, under {@code rulesets/}. */
  static RuleResources classpath() {
    return classpath(RuleResources.class.getClassLoader(), "rulesets");
  }

  /**
   * Rule sets packaged as class-path resources under {@code root/} (the library's own, or an
   * application's). Trusted like the classes beside them: whoever can put a file on the class path
   * can put code there.
   */
  static RuleResources classpath(ClassLoader loader, String root) {
    String prefix = root.isEmpty() || root.endsWith("/") ? root : root + "/";
    return new RuleResources() {
      @Override
      public byte[] read(String path) {
        String name = prefix + path;
        try (InputStream in = loader.getResourceAsStream(name)) {
          if (in == null) {
            throw new Missing("rule-set resource not found on the class path: " + name);
          }
          return in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + name, e);
        }
      }

      @Override
      public String describe(String path) {
        return "classpath:" + prefix + path;
      }

      @Override
      public boolean shipped() {
        return true;
      }
    };
  }

  /** At most this many bytes per file read from a folder (rule-set files weigh a few kB). */
  int MAX_FILE_BYTES = 4 * 1024 * 1024;

  /** A rule-set file that is not there (a version without scenarios, a missing table). */
  final class Missing extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Missing(String message) {
      super(message);
    }
  }

  /**
   * Rule sets in a folder on disk laid out like {@code rulesets/}. A user's folder: no path may
   * leave it, no symbolic link is followed (a link could point anywhere), and each file is
   * checked to be a plain file of reasonable size before it is read.
   */
  static RuleResources directory(Path root) {
    return new RuleResources() {
      @Override
      public byte[] read(String path) {
        Path file = inside(root, path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          throw new Missing("rule-set file not found: " + file);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          throw new IllegalArgumentException(file + " is not a file");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
          long size = Files.size(file);
          byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
          if (bytes.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(file + ": is " + String.format(Locale.ROOT,
                "%.1f MB", Math.max(size, bytes.length) / (1024.0 * 1024.0)) + "; a rule-set file"
                + " holds at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
          }
          return bytes;
        } catch (IOException e) {
          throw new IllegalArgumentException(file + " cannot be read (" + e.getMessage() + ")");
        }
      }

      @Override
      public String describe(String path) {
        return root.resolve(path).toString();
      }
    };
  }

  /**
   * The file at {@code path} (relative, with '/') under {@code root}, refused before anything is
   * read when the path leaves the folder or passes through a symbolic link.
   */
  static Path inside(Path root, String path) {
    String problem = relativeProblem(path);
    if (problem != null) {
      throw new IllegalArgumentException("'" + Texts.echo(path) + "' " + problem);
    }
    // The folder itself is taken as the user names it; nothing inside it is reached by a link.
    Path file = root;
    for (String segment : path.split("/")) {
      file = file.resolve(segment);
      if (Files.isSymbolicLink(file)) {
        throw new IllegalArgumentException(file + " is a symbolic link; a rule-set folder holds"
            + " its files themselves (links are not followed)");
      }
    }
    return file;
  }

  /** Why a path is not a plain path inside a rule-set folder, or null. */
  static String relativeProblem(String path) {
    if (path == null || path.isEmpty()) {
      return "is not a path";
    }
    if (path.startsWith("/") || path.contains("\\") || path.contains(":")
        || path.chars().anyMatch(Character::isISOControl)) {
      return "is not a relative path inside the rule-set folder";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "leaves the rule-set folder or is not a plain path (write it like"
            + " plie-dijon/2018.1/ruleset.json)";
      }
    }
    return null;
  }
}
