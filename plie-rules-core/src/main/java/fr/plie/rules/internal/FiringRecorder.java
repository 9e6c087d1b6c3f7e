package fr.plie.rules.internal;

import fr.plie.rules.model.FiredRule;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records, from the engine's own events, each rule fired, in firing order. One per session. */
final class FiringRecorder extends DefaultAgendaEventListener {
  private final List<FiredRule> fired = new ArrayList<>();
  private final CompiledRuleSet ruleSet;

  FiringRecorder(CompiledRuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  /** A recorder whose record starts with rules that fired before, elsewhere (shared table rows). */
  FiringRecorder(CompiledRuleSet ruleSet, List<FiredRule> firedBefore) {
    this(ruleSet);
    fired.addAll(firedBefore);
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    fired.add(ruleSet.firedRule(event.getMatch().getRule()));
  }

  List<FiredRule> fired() {
    return List.copyOf(fired);
  }
}
