package fr.plie.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.api.RecordSigner;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.RouteStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code plie-rules report}: the audit report loaded in a browser engine (HtmlUnit, scripts off:
 * the page needs none) shows the outcome banner, one row per criterion or route, one SVG bar per
 * activity, the windows that decided or fell short, the index; it is compared with golden files
 * (decisions taken with a fixed clock and fixed ids); a record's text never becomes markup.
 */
class AuditReportTest {
  private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
  private static final PlieRules RULES = PlieRules.load()
      .withClock(Clock.fixed(Instant.parse("2019-01-15T09:30:00Z"), ZoneOffset.UTC));
  private static final PlieRulesCli CLI = new PlieRulesCli(
      new PrintStream(OUT, true, StandardCharsets.UTF_8),
      new PrintStream(ERR, true, StandardCharsets.UTF_8), RULES);
  private static final Path SAMPLES = Path.of("samples");
  /** Under target/, by a relative path: the report shows where each record was read. */
  private static final Path WORK = Path.of("target", "audit-report-test");
  private static final Path GOLDEN = Path.of("src/test/resources/fr/plie/rules/examples/report");
  /** Set to rewrite the golden files after a deliberate change of the report (then review the diff). */
  private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("report.golden.update");

  private static WebClient browser;

  @BeforeAll
  static void start() throws IOException {
    Files.createDirectories(WORK);
    browser = new WebClient();
    browser.getOptions().setJavaScriptEnabled(false);
    browser.getOptions().setCssEnabled(false);
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @BeforeEach
  void emptyBuffers() {
    OUT.reset();
    ERR.reset();
  }

  private static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
  }

  private static ExitDecision exit(String sample, int n) throws IOException {
    return RULES.withDecisionIds(() -> id(n))
        .assessExit(PlieJson.readExitCase(Files.readString(SAMPLES.resolve("exit/" + sample))));
  }

  private static EntryDecision entry(String sample, int n) throws IOException {
    return RULES.withDecisionIds(() -> id(n)).assessEntry(
        PlieJson.readEntryApplication(Files.readString(SAMPLES.resolve("entry/" + sample))));
  }

  /**
   * A record as stored, the library version fixed: it names this build's git revision, which
   * changes with every commit, and the golden files must not.
   */
  private static String stored(DecisionRecord decision) {
    ObjectNode tree = PlieJson.toTree(decision);
    ((ObjectNode) tree.get("ruleSet")).put("libraryVersion", "0.1.0-SNAPSHOT+git.golden");
    return PlieJson.writeLine(tree);
  }

  private static Path file(String name, DecisionRecord... decisions) throws IOException {
    Path file = WORK.resolve(name);
    Files.writeString(file, java.util.Arrays.stream(decisions).map(AuditReportTest::stored)
        .collect(Collectors.joining("\n", "", "\n")));
    return file;
  }

  private static int report(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "report";
    System.arraycopy(args, 0, all, 1, args.length);
    return CLI.run(all);
  }

  private static HtmlPage load(Path html) throws IOException {
    return browser.getPage(html.toAbsolutePath().toUri().toURL());
  }

  private static List<String> texts(HtmlPage page, String selector) {
    return page.querySelectorAll(selector).stream().map(DomNode::getTextContent)
        .map(String::strip).toList();
  }

  /** Each row's cells, their text joined by a space. */
  private static List<String> rows(HtmlPage page, String selector) {
    return page.querySelectorAll(selector).stream()
        .map(row -> ((org.htmlunit.html.HtmlTableRow) row).getCells().stream()
        .map(DomNode::getTextContent).map(String::strip).collect(Collectors.joining(" "))).toList();
  }

  private static String err() {
    return ERR.toString(StandardCharsets.UTF_8);
  }

  private static void assertGolden(Path html, String golden) throws IOException {
    String actual = Files.readString(html);
    Path expected = GOLDEN.resolve(golden);
    if (UPDATE_GOLDEN) {
      Files.writeString(expected, actual);
    }
    assertThat(actual).as("report compared with %s (rerun with -Dreport.golden.update=true after a"
        + " deliberate change, and review the diff)", expected).isEqualTo(Files.readString(expected));
  }

  @Test
  void anExitReportShowsTheBannerRoutesBarsAndTheWindowThatDecided() throws IOException {
    ExitDecision decision = exit("positive-cdd-then-cdi.json", 1);
    Path html = WORK.resolve("exit.html");
    assertThat(report(file("exit.json", decision).toString(), "-o", html.toString())).isZero();
    assertThat(err()).isEmpty();

    HtmlPage page = load(html);
    assertThat(texts(page, ".banner .outcome")).containsExactly("Sortie positive");
    assertThat(page.querySelector(".banner").getAttributes().getNamedItem("data-outcome")
        .getNodeValue()).isEqualTo("POSITIVE");
    assertThat(page.querySelectorAll("table.findings tr.finding")).hasSize(decision.routes().size());
    assertThat(page.querySelectorAll("table.findings tr.finding").stream()
        .map(r -> r.getAttributes().getNamedItem("data-code").getNodeValue()).toList())
        .containsExactlyElementsOf(decision.routes().stream().map(r -> r.route().name()).toList());
    // One bar per activity, the open-ended CDI drawn as such; all three counted.
    assertThat(page.querySelectorAll("svg rect.bar")).hasSize(decision.exitCase().activities().size());
    assertThat(page.querySelectorAll("svg rect.bar.counted")).hasSize(3);
    assertThat(page.querySelectorAll("svg rect.bar.open")).hasSize(1);
    // The CDD's 12-month window that decided (ending on the day six months are reached), and the
    // CDI's six months still projected.
    java.time.LocalDate cdd = decision.route(fr.plie.rules.model.ExitRoute.CDD).date();
    java.time.LocalDate cdi = decision.route(fr.plie.rules.model.ExitRoute.CDI).date();
    assertThat(texts(page, "svg rect.window.decided title")).containsExactly(
        "Fenêtre qui a décidé : 12 mois glissants du " + cdd.plusDays(1).minusMonths(12) + " au " + cdd);
    assertThat(texts(page, "svg rect.window.projected title"))
        .containsExactly("6 mois de CDI du 2018-10-01 au " + cdi + " (projetée)");
    // The decided window ends where the positive exit is marked.
    double windowEnd = number(page, "svg rect.window.decided", "x") + number(page, "svg rect.window.decided", "width");
    double positive = number(page, "svg line.marker.positive", "x1");
    assertThat(Math.abs(windowEnd - positive)).isLessThan(2.0);
    assertThat(texts(page, "svg text.markerlabel")).contains("Sortie positive " + decision.positiveExitDate(),
        "Évaluation 2018-12-31");
    assertThat(texts(page, ".signature")).containsExactly("non vérifiée");
    assertThat(page.querySelectorAll("ul.checklist li")).isEmpty();
    // The citation, verbatim, on the CDD's row.
    assertThat(texts(page, "tr.finding[data-code=CDD] blockquote")).containsExactly(
        "« " + decision.route(fr.plie.rules.model.ExitRoute.CDD).citation().text() + " »");
    assertThat(decision.route(fr.plie.rules.model.ExitRoute.CDD).status()).isEqualTo(RouteStatus.ACQUIRED);
    assertGolden(html, "exit-positive-cdd-then-cdi.html");
  }

  private static double number(HtmlPage page, String selector, String attribute) {
    return Double.parseDouble(page.querySelector(selector).getAttributes().getNamedItem(attribute)
        .getNodeValue());
  }

  @Test
  void aWindowThatFellShortIsDrawnAndUncountedActivitiesAreGrey() throws IOException {
    ExitDecision decision = exit("not-positive-short-contracts.json", 2);
    Path html = WORK.resolve("short.html");
    assertThat(report(file("short.json", decision).toString(), "-o", html.toString())).isZero();
    HtmlPage page = load(html);
    assertThat(texts(page, ".banner .outcome")).containsExactly("Sortie non positive");
    assertThat(page.querySelectorAll("svg rect.bar")).hasSize(decision.exitCase().activities().size());
    // The CDD of 12 hours a week without agreement, the short contrat aidé and the chantier of a
    // 28-year-old are set aside; the other CDD and the interim mission count (too little).
    assertThat(page.querySelectorAll("svg rect.bar.ignored").stream()
        .map(b -> b.getAttributes().getNamedItem("data-activity").getNodeValue()).toList())
        .containsExactly("2", "3", "4");
    assertThat(page.querySelectorAll("svg rect.bar.counted")).hasSize(2);
    assertThat(page.asNormalizedText()).contains("Le CDD activities[2] ne compte pas");
    assertThat(texts(page, "svg rect.window.short title")).contains(
        "Meilleure période, insuffisante : du 2017-04-01 au 2018-03-31");
    assertThat(page.querySelectorAll("svg rect.window.decided")).isEmpty();
  }

  @Test
  void thePathwayStartIsMarkedAndActivitiesBeforeItAreSetAside() throws IOException {
    ExitDecision decision = exit("not-positive-before-pathway.json", 16);
    assertThat(decision.exitCase().pathwayStartDate()).isNotNull();
    Path html = WORK.resolve("pathway.html");
    assertThat(report(file("pathway.json", decision).toString(), "-o", html.toString())).isZero();
    HtmlPage page = load(html);
    assertThat(texts(page, "svg text.markerlabel.pathway"))
        .containsExactly("Entrée dans le parcours " + decision.exitCase().pathwayStartDate());
    assertThat(page.querySelectorAll("svg line.marker.pathway")).hasSize(1);
    assertThat(texts(page, "dl.facts dd")).contains("8 janvier 2018");
    // The CDD of 2012 and the training begun before the pathway do not count; the interim does.
    assertThat(page.querySelectorAll("svg rect.bar.ignored").stream()
        .map(b -> b.getAttributes().getNamedItem("data-activity").getNodeValue()).toList())
        .containsExactly("0", "1");
    assertThat(page.querySelectorAll("svg rect.bar.counted")).hasSize(1);
  }

  @Test
  void anUndeterminedExitListsWhatToAsk() throws IOException {
    ExitDecision decision = exit("undetermined-cdd-agreement-unknown.json", 3);
    Path html = WORK.resolve("undetermined.html");
    assertThat(report(file("undetermined.json", decision).toString(), "-o", html.toString())).isZero();
    HtmlPage page = load(html);
    assertThat(decision.missingFacts()).isNotEmpty();
    assertThat(page.querySelectorAll("ul.checklist li.missing")).hasSize(decision.missingFacts().size());
    assertThat(texts(page, "ul.checklist li.missing code"))
        .containsExactlyElementsOf(decision.missingFacts());
    // The CDD of 17.4 hours whose agreement is unknown counts only if the fact allows.
    assertThat(page.querySelectorAll("svg rect.bar.uncertain")).hasSize(1);
    assertThat(texts(page, "ul.checklist li.missing").get(0))
        .startsWith("Le participant a-t-il accepté de travailler moins que le mi-temps ?");
  }

  @Test
  void anEntryReportShowsOneRowPerCriterion() throws IOException {
    EntryDecision decision = entry("eligible-dijon-long-term-unemployed.json", 4);
    Path html = WORK.resolve("entry.html");
    assertThat(report(file("entry.json", decision).toString(), "-o", html.toString())).isZero();
    HtmlPage page = load(html);
    assertThat(texts(page, ".banner .outcome")).containsExactly("Éligible");
    assertThat(page.querySelectorAll("table.findings tr.finding")).hasSize(decision.criteria().size());
    assertThat(page.querySelectorAll("svg")).isEmpty();
    assertThat(page.querySelectorAll("#index")).as("no index for one record").isEmpty();
    assertGolden(html, "entry-eligible-dijon-long-term-unemployed.html");
  }

  @Test
  void severalRecordsGetAnIndexWithCountsAndAnchors() throws IOException {
    ExitDecision positive = exit("positive-cdd-then-cdi.json", 5);
    ExitDecision inProgress = exit("in-progress-interim.json", 6);
    Path records = file("several.jsonl", positive, inProgress,
        exit("not-positive-short-contracts.json", 7), entry("eligible-dijon-long-term-unemployed.json", 8),
        entry("eligible-chenove-rsa-orientation.json", 9), entry("not-eligible-outside-perimeter.json", 10));
    Path html = WORK.resolve("several.html");
    assertThat(report(records.toString(), "-o", html.toString())).isZero();
    HtmlPage page = load(html);
    assertThat(rows(page, "#index tr.count")).containsExactly(
        "Entrée — Éligible 2", "Entrée — Non éligible 1", "Sortie — Sortie positive 1",
        "Sortie — En cours 1", "Sortie — Sortie non positive 1");
    assertThat(rows(page, "#index tr.total")).containsExactly("Total des décisions lues 6");
    assertThat(page.querySelectorAll("section.decision")).hasSize(6);
    // The positive exit's date and the interim's projected date are marked on their timelines.
    assertThat(texts(page, "svg text.markerlabel.positive"))
        .containsExactly("Sortie positive " + positive.positiveExitDate());
    assertThat(texts(page, "svg text.markerlabel.projected"))
        .containsExactly("Sortie positive projetée " + inProgress.projectedPositiveExitDate());
    // The interim's best 12 months so far, and the window in which it would reach six months.
    assertThat(page.querySelectorAll("section#d2 svg rect.window.short")).hasSize(1);
    assertThat(page.querySelectorAll("section#d2 svg rect.window.projected")).hasSize(1);
    // Every link of the index leads to a decision of the page.
    List<String> anchors = page.querySelectorAll("#index table.list a").stream()
        .map(a -> a.getAttributes().getNamedItem("href").getNodeValue().substring(1)).distinct().toList();
    assertThat(anchors).hasSize(6).allSatisfy(a -> assertThat(page.getElementById(a)).isNotNull());
    assertThat(texts(page, "#index table.list td.code")).startsWith(records + ":1", records + ":2");
  }

  @Test
  void aParticipantIdIsTextNeverMarkup() throws IOException {
    String[] hostile = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)", "&lt;b&gt; & </dd></dl><h1>faux</h1>"};
    for (String id : hostile) {
      ExitCase input = fr.plie.rules.model.ImmutableExitCase.copyOf(PlieJson.readExitCase(
          Files.readString(SAMPLES.resolve("exit/positive-cdd-then-cdi.json")))).withParticipantId(id);
      ExitDecision decision = RULES.withDecisionIds(() -> id(11)).assessExit(input);
      Path html = WORK.resolve("hostile.html");
      assertThat(report(file("hostile.json", decision).toString(), "-o", html.toString())).isZero();
      String raw = Files.readString(html);
      assertThat(raw).doesNotContain("<script", "<img", "<h1>faux", "onerror=alert", "onmouseover='");
      HtmlPage page = load(html);
      assertThat(page.querySelectorAll("script, img")).isEmpty();
      assertThat(texts(page, "h1")).containsExactly("Rapport d'audit des décisions PLIE");
      assertThat(texts(page, "dd.participant")).containsExactly(id);
    }
  }

  @Test
  void aPseudonymisedRecordShowsThePseudonym() throws IOException {
    ExitDecision decision = RULES.withDecisionIds(() -> id(15))
        .withPseudonymiser(fr.plie.rules.api.Pseudonymiser.hmacSha256(
            "thirty-two secret bytes, or more, for HMAC".getBytes(StandardCharsets.US_ASCII)))
        .assessExit(PlieJson.readExitCase(
            Files.readString(SAMPLES.resolve("exit/positive-cdd-then-cdi.json"))));
    Path html = WORK.resolve("pseudonymised.html");
    assertThat(report(file("pseudonymised.json", decision).toString(), "-o", html.toString())).isZero();
    HtmlPage page = load(html);
    assertThat(texts(page, "dl.facts dt").get(0)).isEqualTo("Pseudonyme");
    assertThat(texts(page, "dd.participant")).singleElement().asString().startsWith("hmac-sha256:");
    assertThat(Files.readString(html)).doesNotContain("DIJ-2018-0101");
  }

  @Test
  void theSignatureStatusIsShownWhenAPublicKeyIsGiven() throws IOException {
    Path keys = WORK.resolve("keys-" + System.nanoTime());
    assertThat(CLI.run(new String[] {"keys", "generate", keys.toString()})).isZero();
    PlieRules signing = RULES.withSigner(RecordSigner.ed25519(keys.resolve("private-key.pem")))
        .withDecisionIds(() -> id(12));
    ExitDecision signed = signing.assessExit(PlieJson.readExitCase(
        Files.readString(SAMPLES.resolve("exit/in-progress-interim.json"))));
    // Signed as decided; then a copy whose participant id was changed; then an unsigned one.
    String good = PlieJson.writeLine(signed);
    ObjectNode forged = (ObjectNode) PlieJson.parse(good);
    forged.put("participantId", "DIJ-2018-9999");
    Path records = WORK.resolve("signed.jsonl");
    Files.writeString(records, good + "\n" + PlieJson.writeLine(forged) + "\n"
        + PlieJson.writeLine(exit("positive-cdd-then-cdi.json", 13)) + "\n");
    Path html = WORK.resolve("signed.html");
    String key = keys.resolve("public-key.pem").toString();
    assertThat(report(records.toString(), "--public-key", key, "-o", html.toString()))
        .as("a forged record: exit code 6").isEqualTo(6);
    HtmlPage page = load(html);
    assertThat(texts(page, ".signature")).containsExactly("VALIDE", "INVALIDE", "NON SIGNÉE");
    assertThat(texts(page, ".signature + .muted").get(0)).startsWith("signée par sha256:");

    assertThat(report(records.toString(), "-o", html.toString())).isZero();
    assertThat(texts(load(html), ".signature")).containsExactly("non vérifiée", "non vérifiée",
        "non vérifiée");
  }

  @Test
  void aBadInputFileIsOneLineAndExitCode2() throws IOException {
    Path html = WORK.resolve("bad.html");
    Files.deleteIfExists(html);
    Path notJson = WORK.resolve("not-json.json");
    Files.writeString(notJson, "{\"decisionId\": <b>");
    assertThat(report(notJson.toString(), "-o", html.toString())).isEqualTo(2);
    assertThat(err().lines().toList()).hasSize(1);
    assertThat(err()).startsWith("plie-rules: invalid record in " + notJson)
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(html).as("nothing to report: nothing written").doesNotExist();

    ERR.reset();
    assertThat(report(WORK.resolve("absent.jsonl").toString(), "-o", html.toString())).isEqualTo(2);
    assertThat(err().lines().toList()).containsExactly(
        "plie-rules: " + WORK.resolve("absent.jsonl") + ": no such file");

    // An input (not a decision) is refused by name; the good record of the same file is reported.
    ERR.reset();
    Path mixed = WORK.resolve("mixed.jsonl");
    Files.writeString(mixed, Files.readString(SAMPLES.resolve("exit/in-progress-interim.json"))
        .replace("\n", " ") + "\n" + stored(exit("positive-cdd-then-cdi.json", 14)) + "\n");
    assertThat(report(mixed.toString(), "-o", html.toString())).isEqualTo(2);
    assertThat(err().lines().toList()).hasSize(1);
    assertThat(err()).contains(mixed + ":1").contains("is not a recorded decision");
    HtmlPage page = load(html);
    assertThat(page.querySelectorAll("section.decision")).hasSize(1);
    assertThat(texts(page, ".unreadable td.code")).containsExactly(mixed + ":1");
  }
}
