package fr.plie.rules.examples;

import fr.plie.rules.api.PlieRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command line in the test's JVM, with its exit status and what it printed. */
record CliRun(int status, String out, String err) {

  /** The lines it printed on stdout. */
  List<String> lines() {
    return out.lines().toList();
  }

  /** Runs {@code args} deciding with {@code rules}, stdin being the JVM's. */
  static CliRun of(PlieRules rules, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PlieRulesCli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), rules).run(args);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code args} deciding with {@code rules}, {@code stdin} as standard input. */
  static CliRun withInput(PlieRules rules, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PlieRulesCli(new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), rules).run(args);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
