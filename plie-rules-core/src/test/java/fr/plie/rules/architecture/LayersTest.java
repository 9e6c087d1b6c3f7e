package fr.plie.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.api.PlieRules;
import fr.plie.rules.internal.CompiledRuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers point one way: the api uses the internals, never the reverse. Read from the compiled
 * classes' constant pools, where every class a class refers to (imports, fully qualified names,
 * signatures, exceptions) is named in its internal form ({@code fr/plie/rules/api/...}).
 */
class LayersTest {
  private static final String API = "fr/plie/rules/api/";
  private static final String INTERNAL = "fr/plie/rules/internal/";

  @Test
  void no_internal_class_depends_on_the_api() throws Exception {
    List<Path> internal = classesUnder(CompiledRuleSet.class, "fr/plie/rules/internal");
    assertThat(internal).hasSizeGreaterThan(40);
    List<String> offenders = internal.stream().filter(c -> refersTo(c, API))
        .map(Path::toString).collect(Collectors.toList());
    assertThat(offenders).as("internal classes referring to fr.plie.rules.api").isEmpty();
  }

  @Test
  void the_scan_sees_a_dependency_where_there_is_one() throws Exception {
    // The api does depend on the internals: the same scan must find it, or it proves nothing.
    List<Path> api = classesUnder(PlieRules.class, "fr/plie/rules/api");
    assertThat(api).filteredOn(c -> c.getFileName().toString().equals("PlieRules.class"))
        .singleElement().matches(c -> refersTo(c, INTERNAL));
  }

  private static List<Path> classesUnder(Class<?> anchor, String folder)
      throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root.resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".class")).sorted()
          .collect(Collectors.toList());
    }
  }

  private static boolean refersTo(Path classFile, String prefix) {
    try {
      // Constant-pool names are modified UTF-8; ASCII names read the same in ISO-8859-1.
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
