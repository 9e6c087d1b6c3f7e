package fr.plie.rules.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import fr.plie.rules.model.Activity;
import fr.plie.rules.model.Citation;
import fr.plie.rules.model.CriterionAssessment;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.RecordForm;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.SignatureStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTML audit report of decision records ({@code plie-rules report}): one self-contained file
 * in French — inline CSS and SVG, no script, no network — that prints on A4.
 *
 * <p>Records are untrusted: every value reaches the page through a Mustache variable
 * ({@code {{…}}}), which escapes it for HTML; the template has no triple mustache. The SVG's
 * numbers are computed here from dates, never taken from the record as text.
 */
public final class AuditReport {
  private AuditReport() {}

  /**
   * A decision read from a file, with the result of checking its signature.
   *
   * @param source where it was read ({@code FILE} or {@code FILE:LINE}), shown as text
   * @param decision the decision record, as the strict model read it
   * @param signature its signature status as the report shows it
   */
  public record Item(String source, DecisionRecord decision, Signature signature) {}

  /**
   * The signature as the report shows it: checked against a key ({@code VALID}, {@code INVALID},
   * {@code UNSIGNED}) or not checked (no key given).
   *
   * @param status the status against the key given, or null when no key was given
   * @param detail why, in French, shown beside the status
   */
  public record Signature(SignatureStatus status, String detail) {
    /**
     * The signature of a record read without a public key: « non vérifiée ».
     *
     * @param record the record read
     * @return a status that says whether the record is signed at all, and by which key id
     */
    public static Signature notChecked(DecisionRecord record) {
      return new Signature(null, record.signature() == null ? "aucune signature"
          : "signée par " + record.signature().keyId() + " ; donnez --public-key pour la vérifier");
    }
  }

  /**
   * A record that could not be read: where, and the problem (field and what is wrong).
   *
   * @param source where it was ({@code FILE} or {@code FILE:LINE})
   * @param problem the field and what is wrong with it
   */
  public record Unreadable(String source, String problem) {}

  private static final Mustache TEMPLATE = new DefaultMustacheFactory("fr/plie/rules/examples/report")
      .compile("report.mustache");

  /**
   * Writes the report of {@code items} (in their order) and {@code unreadable} records.
   *
   * @param items the decisions, each with its signature status
   * @param unreadable the records that could not be read, listed at the top of the report
   * @param out where the HTML goes (flushed, not closed)
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static void write(List<Item> items, List<Unreadable> unreadable, Writer out) {
    Map<String, Object> scope = new LinkedHashMap<>();
    List<Object> decisions = new ArrayList<>();
    // Counts in a fixed order: entry outcomes, then exit outcomes, each in the model's order.
    java.util.TreeMap<Integer, Count> counts = new java.util.TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String anchor = "d" + (i + 1);
      DecisionView view = item.decision() instanceof EntryDecision entry
          ? entry(entry, item, anchor) : exit((ExitDecision) item.decision(), item, anchor);
      decisions.add(view);
      int order = item.decision() instanceof EntryDecision entry ? entry.outcome().ordinal()
          : 100 + ((ExitDecision) item.decision()).outcome().ordinal();
      Count count = counts.get(order);
      counts.put(order, new Count(view.kind() + " — " + view.outcome(), view.tone(),
          count == null ? 1 : count.count() + 1));
    }
    scope.put("decisions", decisions);
    scope.put("several", items.size() + unreadable.size() > 1);
    scope.put("total", items.size());
    scope.put("counts", List.copyOf(counts.values()));
    scope.put("unreadable", unreadable);
    scope.put("hasUnreadable", !unreadable.isEmpty());
    try {
      TEMPLATE.execute(out, scope).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Count(String label, String tone, int count) {}

  /** What the template shows of one decision. */
  record DecisionView(String anchor, String source, String kind, String outcome, String outcomeCode,
      String tone, String participant, boolean pseudonymised, String assessmentDate,
      String decidedAt, String decisionId, String ruleSet, String revision, String fingerprint,
      String libraryVersion, String signatureStatus, String signatureTone, String signatureDetail,
      String positiveDate, String projectedDate, List<FindingView> findings,
      List<MissingView> missing, List<String> notes, ExitView exit) {
    public boolean isExit() {
      return exit != null;
    }

    public boolean hasMissing() {
      return !missing.isEmpty();
    }

    public boolean hasNotes() {
      return !notes.isEmpty();
    }

    public String findingsTitle() {
      return exit == null ? "Critères d'entrée (§I.C.1)" : "Voies de sortie positive (§I.C.2)";
    }

    public String findingName() {
      return exit == null ? "Critère" : "Voie";
    }
  }

  /** A criterion or a route: its row in the table. */
  record FindingView(String name, String code, String status, String statusCode, String tone,
      String date, String reason, String section, String quote, String source,
      List<String> tableRows, List<String> rules, List<String> missing) {
    public boolean hasTableRows() {
      return !tableRows.isEmpty();
    }

    public boolean hasMissing() {
      return !missing.isEmpty();
    }
  }

  record MissingView(String path, String question) {}

  record ExitView(Timeline timeline, int width, List<ActivityView> activities, boolean hasWindows,
      boolean hasActivities, String pathwayStart) {
    public List<Timeline.Bar> bars() {
      return timeline == null ? List.of() : timeline.bars;
    }

    public List<Timeline.Window> windows() {
      return timeline == null ? List.of() : timeline.windows;
    }

    public List<Timeline.Marker> markers() {
      return timeline == null ? List.of() : timeline.markers;
    }

    public List<Timeline.Tick> ticks() {
      return timeline == null ? List.of() : timeline.ticks;
    }

    public int height() {
      return timeline == null ? 0 : timeline.height;
    }

    public int plotLeft() {
      return Timeline.PLOT_LEFT;
    }

    public int plotRight() {
      return Timeline.PLOT_RIGHT;
    }
  }

  record ActivityView(String reference, String type, String start, String end, String hours,
      boolean counted, boolean uncertain, String countedFor, List<String> why) {}

  /**
   * Whether a route counted an activity, as its reason says: the reasons name each activity they
   * examined in a sentence, and say so when it is set aside (« ne compte pas », « est exclu »,
   * « pas plus de 6 mois ; il faudrait … ») or counts only if a missing fact allows
   * (« il ne compte qu'avec l'accord … »). The report quotes those sentences beside the verdict.
   */
  enum Counted {
    NOT_EXAMINED, YES, UNCERTAIN, NO;

    private static final List<String> SET_ASIDE =
        List.of("ne compte pas", "exclu", "il faudrait", "pas plus de",
            "avant l'entrée dans le parcours");
    private static final List<String> IF_KNOWN = List.of("ne compte qu", "renseign");

    static Counted of(String sentence) {
      if (SET_ASIDE.stream().anyMatch(sentence::contains)) {
        return NO;
      }
      return IF_KNOWN.stream().anyMatch(sentence::contains) ? UNCERTAIN : YES;
    }

    /** The least favourable of two findings on one route: set aside wins. */
    Counted and(Counted other) {
      return compareTo(other) >= 0 ? this : other;
    }
  }

  private static DecisionView entry(EntryDecision d, Item item, String anchor) {
    List<FindingView> findings = new ArrayList<>();
    for (CriterionAssessment c : d.criteria()) {
      findings.add(finding(Labels.criterion(c.id()), c.id().name(), Labels.status(c.status()),
          c.status().name(), Labels.tone(c.status()), "", c.reason(), c.citation(), c.tableRows(),
          c.rules(), c.missingFacts()));
    }
    return view(d, item, anchor, "Entrée", Labels.outcome(d.outcome()), d.outcome().name(),
        Labels.tone(d.outcome()), null, null, findings, d.missingFacts(), d.notes(), null);
  }

  private static DecisionView exit(ExitDecision d, Item item, String anchor) {
    List<FindingView> findings = new ArrayList<>();
    for (RouteAssessment r : d.routes()) {
      findings.add(finding(Labels.route(r.route()), r.route().name(), Labels.status(r.status()),
          r.status().name(), Labels.tone(r.status()), routeDates(r),
          r.reason(), r.citation(), r.tableRows(), r.rules(), r.missingFacts()));
    }
    LocalDate pathwayStart = d.exitCase().pathwayStartDate();
    List<Timeline.Row> rows = new ArrayList<>();
    List<ActivityView> activities = new ArrayList<>();
    List<Activity> list = d.exitCase().activities();
    for (int i = 0; i < list.size(); i++) {
      Activity a = list.get(i);
      String ref = "activities[" + i + "]";
      List<String> routes = new ArrayList<>();
      List<String> uncertainFor = new ArrayList<>();
      List<String> why = new ArrayList<>();
      for (RouteAssessment r : d.routes()) {
        Counted counted = Counted.NOT_EXAMINED;
        for (String sentence : SENTENCE.split(r.reason())) {
          if (sentence.contains(ref)) {
            why.add(Labels.route(r.route()) + " : " + sentence);
            counted = counted.and(Counted.of(sentence));
          }
        }
        if (Timeline.usedBy(r, i) && counted == Counted.NOT_EXAMINED) {
          // Examined, and no sentence sets it aside (or the reason is withheld).
          counted = Counted.YES;
        }
        if (counted == Counted.YES) {
          routes.add(Labels.route(r.route()));
        } else if (counted == Counted.UNCERTAIN) {
          uncertainFor.add(Labels.route(r.route()));
        }
      }
      String hours = a.weeklyHours() == null ? "heures non renseignées"
          : a.weeklyHours().toPlainString().replace('.', ',') + " h/sem.";
      String state = !routes.isEmpty() ? "counted" : !uncertainFor.isEmpty() ? "uncertain" : "ignored";
      String countedFor = String.join(", ", !routes.isEmpty() ? routes : uncertainFor);
      String dates = "du " + a.start() + (a.end() == null ? ", sans fin" : " au " + a.end());
      rows.add(new Timeline.Row(i, a, ref + " · " + Labels.activityShort(a.type()), hours,
          ref + " " + Labels.activity(a.type()) + " " + dates + ", " + hours + ", "
              + switch (state) {
                case "counted" -> "retenue pour " + countedFor;
                case "uncertain" -> "retenue seulement si les faits manquants le permettent : " + countedFor;
                default -> "non retenue";
              },
          state));
      activities.add(new ActivityView(ref, Labels.activity(a.type()), a.start().toString(),
          a.end() == null ? "sans fin" : a.end().toString(), hours, state.equals("counted"),
          state.equals("uncertain"), countedFor, why));
    }
    List<Timeline.Span> spans = Timeline.spans(d);
    Timeline timeline = new Timeline(d, pathwayStart, spans, rows);
    ExitView exit = new ExitView(timeline, Timeline.WIDTH, activities, !spans.isEmpty(),
        !activities.isEmpty(), pathwayStart == null ? null : Labels.date(pathwayStart));
    return view(d, item, anchor, "Sortie", Labels.outcome(d.outcome()), d.outcome().name(),
        Labels.tone(d.outcome()), d.positiveExitDate(), d.projectedPositiveExitDate(), findings,
        d.missingFacts(), d.notes(), exit);
  }

  /** The route's date, and the earlier date missing facts could give. */
  private static String routeDates(RouteAssessment r) {
    String date = r.date() == null ? "" : Labels.date(r.date());
    if (r.possibleDate() != null) {
      date += (date.isEmpty() ? "" : " ; ") + "possible le " + Labels.date(r.possibleDate());
    }
    return date;
  }

  /** Sentences of a reason: the report lists those that name an activity beside it. */
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.;])\\s+(?=[A-ZÀ-ÖØ-Þ«(])");

  private static FindingView finding(String name, String code, String status, String statusCode,
      String tone, String date, String reason, Citation citation, List<String> tableRows,
      List<String> rules, List<String> missing) {
    return new FindingView(name, code, status, statusCode, tone, date, reason, citation.section(),
        citation.text(), citation.source(), tableRows, rules, missing);
  }

  private static DecisionView view(DecisionRecord d, Item item, String anchor, String kind,
      String outcome, String outcomeCode, String tone, LocalDate positive, LocalDate projected,
      List<FindingView> findings, List<String> missingFacts, List<String> notes, ExitView exit) {
    Signature s = item.signature();
    String status = s.status() == null ? "non vérifiée" : switch (s.status()) {
      case VALID -> "VALIDE";
      case INVALID -> "INVALIDE";
      case UNSIGNED -> "NON SIGNÉE";
      case NOT_CHECKED -> "non vérifiée";
    };
    String signatureTone = s.status() == null ? "unknown" : switch (s.status()) {
      case VALID -> "good";
      case INVALID -> "bad";
      default -> "unknown";
    };
    int revision = d.ruleSet().revision();
    return new DecisionView(anchor, item.source(), kind, outcome, outcomeCode, tone,
        d.participantId(), d.form() == RecordForm.PSEUDONYMISED, Labels.date(d.assessmentDate()),
        d.decidedAt().toString(), d.decisionId().toString(),
        d.ruleSet().id() + " " + d.ruleSet().version(),
        revision > 1 ? Integer.toString(revision) : null, d.ruleSet().fingerprint(),
        d.ruleSet().libraryVersion(), status, signatureTone, s.detail(),
        positive == null ? null : Labels.date(positive),
        projected == null ? null : Labels.date(projected), findings,
        missingFacts.stream().map(m -> new MissingView(m, Labels.question(m))).toList(), notes,
        exit);
  }
}
