package fr.plie.rules.internal;

import fr.plie.rules.internal.facts.AssessmentDay;
import fr.plie.rules.model.FiredRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The exit table rows in force on a day, evaluated by Drools once per rule set and day and shared
 * by every exit decision of that day (issue 12), instead of firing again in each decision's
 * session: an exit decision fired 11 rows re-creating the same parameter and route-condition
 * facts. Sharing them saves 3 to 7 % of an exit decision (docs/performance.md, "Third round"):
 * less than the rows' firing cost, since their facts still propagate through each session.
 *
 * <p>The rows still fire in Drools, from the tables' own DRL: once, in a session holding only the
 * {@link AssessmentDay}. What they insert (immutable facts) is inserted as it was, in the same
 * order, after the case and its activities, and the rows' firings head the decision's
 * {@code firedRules} as they did: a table row has a higher salience than every rule (the tables
 * are « Sequential »), reads nothing but the day, and no rule of the case can make it fire, so
 * in a decision's own session all of them fired first. The decisions are identical, reasons,
 * fired rules and table rows included ({@code SharedTableRowsTest} decides generated cases both
 * ways for every shipped version).
 *
 * <p>That reasoning is about the rule files, and a later revision of them could break it (a
 * folder cannot: it brings tables, whose code cells are checked, never rule files). Sharing is
 * therefore used only when no exit rule file mentions the day, the commune lookup (the only other
 * fact a table row reads), a salience or a rule attribute that orders or gates firings; and a day
 * is shared only when what fired there were table rows that only inserted facts. Otherwise the
 * decisions of that rule set or day fire their rows in their own sessions, as before.
 */
final class SharedTableRows {
  /** What the day's rows inserted, in order, and the rows that fired, in firing order. */
  record Rows(List<Object> facts, List<FiredRule> fired) {}

  /**
   * What in an exit rule file turns sharing off (see the class comment), outside its comments and
   * strings: the facts a table row reads, and the rule attributes that order or gate firings.
   */
  static final Pattern UNSHAREABLE = Pattern.compile("\\b(?:AssessmentDay|CommuneLookup|salience"
      + "|agenda-group|activation-group|ruleflow-group|auto-focus|lock-on-active|no-loop|timer"
      + "|duration|calendars|date-effective|date-expires|enabled)\\b");
  /** A DRL string, block comment or line comment, whichever starts first. */
  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"|(?s:/\\*.*?\\*/)|//[^\n]*");
  /**
   * Bounded, like every cache fed by the input (a few KB a day: over five years of days); past it,
   * a new day's decisions fire their rows themselves, as before.
   */
  private static final int DAYS_KEPT = 2_000;

  private final CompiledRuleSet ruleSet;
  private final Map<String, byte[]> exitRuleFiles;
  /** Worked out on the first exit decision, not when the rule set is loaded (start-up). */
  private volatile Boolean shareable;
  private final Map<LocalDate, Optional<Rows>> byDay = new ConcurrentHashMap<>();

  SharedTableRows(CompiledRuleSet ruleSet, Map<String, byte[]> exitRuleFiles) {
    this.ruleSet = ruleSet;
    this.exitRuleFiles = exitRuleFiles;
  }

  /** Whether this rule set's exit decisions share their table rows. */
  boolean shareable() {
    Boolean known = shareable;
    if (known == null) {
      known = exitRuleFiles.values().stream()
          .map(CompiledRuleSet::utf8)
          .map(text -> COMMENT_OR_STRING.matcher(text).replaceAll(" "))
          .noneMatch(code -> UNSHAREABLE.matcher(code).find());
      shareable = known;
    }
    return known;
  }

  /** The rows in force on {@code day}, or null when that day's decisions fire their own. */
  Rows on(LocalDate day) {
    if (!shareable()) {
      return null;
    }
    Optional<Rows> rows = byDay.get(day);
    if (rows == null) {
      if (byDay.size() >= DAYS_KEPT) {
        return null;
      }
      rows = evaluate(day);
      byDay.putIfAbsent(day, rows);
    }
    return rows.orElse(null);
  }

  private Optional<Rows> evaluate(LocalDate day) {
    KieSession session = ruleSet.newExitSession();
    Recorder recorder = new Recorder();
    try {
      session.insert(new AssessmentDay(day));
      // Listening from here: what the rows insert, not the day.
      session.addEventListener((AgendaEventListener) recorder);
      session.addEventListener((RuleRuntimeEventListener) recorder);
      session.fireAllRules();
      return recorder.onlyTableRows ? Optional.of(new Rows(List.copyOf(recorder.inserted),
          List.copyOf(recorder.fired))) : Optional.empty();
    } catch (RuntimeException e) {
      // A failing row is reported by the decision's own session, which fires it again.
      return Optional.empty();
    } finally {
      session.removeEventListener((AgendaEventListener) recorder);
      session.removeEventListener((RuleRuntimeEventListener) recorder);
      session.dispose();
    }
  }

  private final class Recorder extends DefaultAgendaEventListener
      implements RuleRuntimeEventListener {
    final List<Object> inserted = new ArrayList<>();
    final List<FiredRule> fired = new ArrayList<>();
    boolean onlyTableRows = true;

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      onlyTableRows &= TableSchemas.PACKAGE.equals(event.getMatch().getRule().getPackageName());
      fired.add(ruleSet.firedRule(event.getMatch().getRule()));
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      inserted.add(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      onlyTableRows = false;
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      onlyTableRows = false;
    }
  }
}
