package fr.plie.rules.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * Build-time step (run by Maven in {@code process-classes}): compiles every shipped rule-set
 * version into Drools executable models and writes them beside the classes, so that applications
 * embedding the library do not compile DRL at start-up. Prints nothing on success ({@code ./mvnw
 * -Dplie.precompiler.verbose=true package} lists each model written); a rule set that does not
 * compile fails the build with its problems.
 */
final class Precompiler {
  private Precompiler() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Precompiler OUTPUT_DIRECTORY");
      System.exit(2);
    }
    Path output = Path.of(args[0]);
    for (CompiledRuleSet ruleSet : RuleSetRegistry.shipped().versions()) {
      for (String kind : new String[] {"entry", "exit"}) {
        if (!ruleSet.hasRules(kind)) {
          continue;
        }
        Path target = output.resolve(Precompiled.resourceName(ruleSet.reference(), kind));
        Files.createDirectories(target.getParent());
        Files.write(target, ruleSet.executableModel(kind, ExecutableModelProject.class));
        // Silent on success, like the compiler: the README's first command (./mvnw -q package)
        // shows a newcomer the decisions, not a line per precompiled model.
        if (Boolean.getBoolean("plie.precompiler.verbose")) {
          System.out.println("precompiled " + ruleSet.reference().id() + " "
              + ruleSet.reference().version() + " " + kind + " -> " + output.relativize(target));
        }
      }
    }
  }
}
