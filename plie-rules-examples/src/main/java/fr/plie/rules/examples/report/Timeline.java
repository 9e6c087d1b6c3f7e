package fr.plie.rules.examples.report;

import fr.plie.rules.model.Activity;
import fr.plie.rules.model.ActivityReference;
import fr.plie.rules.model.ExitDecision;
import fr.plie.rules.model.ExitRoute;
import fr.plie.rules.model.RouteAssessment;
import fr.plie.rules.model.RouteStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The geometry of an exit's timeline: one bar per activity, one rectangle per window the decision
 * exposes, one line per marked date, month ticks. Only numbers and the model's words come out of
 * here; the template escapes every text.
 */
final class Timeline {
  /** SVG user units: the label column, then the plot. */
  static final int WIDTH = 1000;
  static final int PLOT_LEFT = 230;
  static final int PLOT_RIGHT = 985;
  static final int TOP = 52;
  static final int ROW = 26;
  static final int BAR = 16;

  record Bar(int index, String label, String detail, String title, String state, boolean open,
      double x, double y, double width, double textY) {
    public String cssClass() {
      return "bar " + state + (open ? " open" : "");
    }

    /** The hours inside the bar when it is wide enough, else just after it. */
    private boolean inside() {
      return width >= 7 * detail.length() + 8;
    }

    /** Outside a bar: after it, or before it when the plot's edge is too close. */
    private boolean before() {
      return !inside() && x + width + 4 + 6.5 * detail.length() > PLOT_RIGHT;
    }

    public double hoursX() {
      return Math.round((inside() ? x + 4 : before() ? x - 4 : x + width + 4) * 10) / 10.0;
    }

    public String hoursAnchor() {
      return before() ? "end" : "start";
    }

    public String hoursClass() {
      // White on the dark blue of a counted activity, dark on the paler bars and outside them.
      return inside() && state.equals("counted") ? "hours" : "hours outside";
    }
  }

  record Window(String label, String title, String kind, double x, double y, double width,
      double textY) {
    public String cssClass() {
      return "window " + kind;
    }
  }

  record Marker(String label, String kind, double x, double top, double bottom, double textY,
      String anchor) {
    public String cssClass() {
      return "marker " + kind;
    }
  }

  record Tick(String label, double x, double top, double bottom, double textY) {}

  final List<Bar> bars = new ArrayList<>();
  final List<Window> windows = new ArrayList<>();
  final List<Marker> markers = new ArrayList<>();
  final List<Tick> ticks = new ArrayList<>();
  final int height;

  private final LocalDate from;
  private final LocalDate to;

  /** A window the decision exposes: its route, dates and whether it decided or fell short. */
  record Span(ExitRoute route, String label, LocalDate start, LocalDate end, String kind, String title) {}

  private static final Pattern SLIDING = Pattern.compile("(\\d+) mois glissants");
  private static final Pattern WINDOW_START =
      Pattern.compile("(?:glissants|fenêtre) commençant le (\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern BEST = Pattern.compile(
      "meilleure période : du (\\d{4}-\\d{2}-\\d{2}) au (\\d{4}-\\d{2}-\\d{2})");
  /** The same, as rule sets from 2018.1 revision 2 word it. */
  private static final Pattern BEST_ENDING = Pattern.compile(
      "glissants qui s'achèvent le (\\d{4}-\\d{2}-\\d{2}) \\(depuis le (\\d{4}-\\d{2}-\\d{2})\\)");
  /** Revision 2's projected window: « 6 mois seront atteints le E (N jours de travail depuis le S) ». */
  private static final Pattern PROJECTED = Pattern.compile(
      "seront atteints le (\\d{4}-\\d{2}-\\d{2}) \\(\\d+ jours de travail depuis le (\\d{4}-\\d{2}-\\d{2})\\)");
  private static final Pattern MONTHS_AT_LEAST = Pattern.compile("(\\d+) mois au moins");

  /**
   * The windows a decision exposes. For the cumulated routes (interim, CDD) the reason names the
   * sliding window that reached the months (« … 12 mois glissants commençant le … ») or, falling
   * short, the best one (« meilleure période : du … au … »). For a route measured on one activity
   * (CDI, creation, chantier) with a date, the months from that activity's start to the date.
   */
  static List<Span> spans(ExitDecision decision) {
    List<Span> spans = new ArrayList<>();
    for (RouteAssessment route : decision.routes()) {
      String reason = route.reason();
      String name = Labels.routeShort(route.route());
      Matcher sliding = SLIDING.matcher(reason);
      Matcher start = WINDOW_START.matcher(reason);
      if (sliding.find() && start.find()) {
        int months = Integer.parseInt(sliding.group(1));
        LocalDate first = LocalDate.parse(start.group(1));
        LocalDate last = first.plusMonths(months).minusDays(1);
        boolean decided = route.status() == RouteStatus.ACQUIRED;
        spans.add(new Span(route.route(), name + " : " + months + " mois glissants",
            first, last, decided ? "decided" : "projected",
            (decided ? "Fenêtre qui a décidé" : "Fenêtre où la voie serait acquise") + " : "
                + months + " mois glissants du " + first + " au " + last));
      }
      Matcher projected = PROJECTED.matcher(reason);
      if (projected.find()) {
        LocalDate first = LocalDate.parse(projected.group(2));
        LocalDate last = LocalDate.parse(projected.group(1));
        spans.add(new Span(route.route(), name + " : fenêtre projetée", first, last, "projected",
            "Fenêtre où la voie serait acquise : du " + first + " au " + last));
      }
      Matcher best = BEST.matcher(reason);
      Matcher ending = BEST_ENDING.matcher(reason);
      LocalDate[] shortfall = best.find()
          ? new LocalDate[] {LocalDate.parse(best.group(1)), LocalDate.parse(best.group(2))}
          : ending.find()
          ? new LocalDate[] {LocalDate.parse(ending.group(2)), LocalDate.parse(ending.group(1))}
          : null;
      if (shortfall != null) {
        spans.add(new Span(route.route(), name + " : meilleure période", shortfall[0], shortfall[1],
            "short", "Meilleure période, insuffisante : du " + shortfall[0] + " au " + shortfall[1]));
      }
      boolean measuredOnOne = route.route() == ExitRoute.CDI
          || route.route() == ExitRoute.CREATION_ENTREPRISE
          || route.route() == ExitRoute.SENIOR_CHANTIER_INSERTION;
      if (measuredOnOne && route.date() != null && route.activitiesUsed().size() == 1) {
        int index = route.activitiesUsed().get(0).index();
        if (index >= 0 && index < decision.exitCase().activities().size()) {
          // Months are counted from the pathway's start when the activity began before it.
          LocalDate first = decision.exitCase().activities().get(index).start();
          LocalDate pathway = decision.exitCase().pathwayStartDate();
          if (pathway != null && pathway.isAfter(first)) {
            first = pathway;
          }
          String months = route.tableRows().stream().map(MONTHS_AT_LEAST::matcher)
              .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse("");
          if (!first.isAfter(route.date())) {
            boolean decided = route.status() == RouteStatus.ACQUIRED;
            String what = months.isEmpty() ? "Durée" : months + " mois";
            spans.add(new Span(route.route(), name + " : " + what, first, route.date(),
                decided ? "decided" : "projected",
                what + " de " + name + " du " + first + " au " + route.date()
                    + (decided ? " (a décidé)" : " (projetée)")));
          }
        }
      }
    }
    return spans;
  }

  Timeline(ExitDecision decision, LocalDate pathwayStart, List<Span> spans, List<Row> rows) {
    LocalDate assessed = decision.assessmentDate();
    List<LocalDate> dates = new ArrayList<>();
    dates.add(assessed);
    for (Activity a : decision.exitCase().activities()) {
      dates.add(a.start());
      if (a.end() != null) {
        dates.add(a.end());
      }
    }
    spans.forEach(s -> {
      dates.add(s.start());
      dates.add(s.end());
    });
    Stream.of(pathwayStart, decision.positiveExitDate(), decision.projectedPositiveExitDate())
        .filter(d -> d != null).forEach(dates::add);
    LocalDate min = dates.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate max = dates.stream().max(LocalDate::compareTo).orElseThrow();
    // Whole months either side, and one more on the right for open-ended activities.
    from = min.withDayOfMonth(1);
    to = max.withDayOfMonth(1).plusMonths(2);

    double y = TOP;
    for (Row row : rows) {
      Activity a = row.activity();
      LocalDate end = a.end() == null ? to.minusDays(1) : a.end();
      double x = x(a.start());
      bars.add(new Bar(row.index(), row.label(), row.hours(), row.title(), row.state(),
          a.end() == null, x, y + (ROW - BAR) / 2.0, Math.max(1.5, x(end.plusDays(1)) - x),
          y + ROW / 2.0 + 4));
      y += ROW;
    }
    if (!spans.isEmpty()) {
      y += 8;
    }
    for (Span s : spans) {
      double x = x(s.start());
      windows.add(new Window(s.label(), s.title(), s.kind(), x, y + (ROW - BAR) / 2.0,
          Math.max(1.5, x(s.end().plusDays(1)) - x), y + ROW / 2.0 + 4));
      y += ROW;
    }
    double bottom = y + 6;
    // Marked dates: labels on two lines above the plot so that close dates do not overlap.
    List<Marker> wanted = new ArrayList<>();
    if (pathwayStart != null) {
      wanted.add(marker("Entrée dans le parcours " + pathwayStart, "pathway", pathwayStart, bottom));
    }
    if (decision.positiveExitDate() != null) {
      wanted.add(marker("Sortie positive " + decision.positiveExitDate(), "positive",
          decision.positiveExitDate(), bottom));
    }
    if (decision.projectedPositiveExitDate() != null) {
      wanted.add(marker("Sortie positive projetée " + decision.projectedPositiveExitDate(),
          "projected", decision.projectedPositiveExitDate(), bottom));
    }
    wanted.add(marker("Évaluation " + assessed, "assessment", assessed, bottom));
    wanted.sort((p, q) -> Double.compare(p.x(), q.x()));
    for (int i = 0; i < wanted.size(); i++) {
      Marker m = wanted.get(i);
      double textY = i % 2 == 0 ? 18 : 36;
      String anchor = m.x() > PLOT_RIGHT - 150 ? "end" : m.x() < PLOT_LEFT + 150 ? "start" : "middle";
      markers.add(new Marker(m.label(), m.kind(), m.x(), textY + 4, bottom, textY, anchor));
    }
    long months = ChronoUnit.MONTHS.between(from, to);
    int step = months <= 18 ? 1 : months <= 36 ? 2 : months <= 72 ? 6 : 12;
    DateTimeFormatter month = DateTimeFormatter.ofPattern(step >= 12 ? "yyyy" : "MMM yy", Locale.FRENCH);
    for (LocalDate d = from; d.isBefore(to); d = d.plusMonths(step)) {
      ticks.add(new Tick(month.format(d), x(d), TOP - 4, bottom, bottom + 16));
    }
    height = (int) Math.ceil(bottom + 26);
  }

  /** An activity as the timeline and the table show it. */
  /** {@code state}: counted, uncertain or ignored (the CSS class of its bar). */
  record Row(int index, Activity activity, String label, String hours, String title,
      String state) {}

  private Marker marker(String label, String kind, LocalDate date, double bottom) {
    return new Marker(label, kind, Math.round((x(date) + 0.5 * dayWidth()) * 10) / 10.0, 0, bottom,
        0, "middle");
  }

  private double dayWidth() {
    return (PLOT_RIGHT - PLOT_LEFT) / (double) ChronoUnit.DAYS.between(from, to);
  }

  /** The left edge of a day; rounded so that the golden files do not depend on floating noise. */
  private double x(LocalDate date) {
    double days = ChronoUnit.DAYS.between(from, date);
    double x = PLOT_LEFT + days * dayWidth();
    return Math.round(Math.min(Math.max(x, PLOT_LEFT), PLOT_RIGHT) * 10) / 10.0;
  }

  static boolean usedBy(RouteAssessment route, int index) {
    for (ActivityReference ref : route.activitiesUsed()) {
      if (ref.index() == index) {
        return true;
      }
    }
    return false;
  }

}
