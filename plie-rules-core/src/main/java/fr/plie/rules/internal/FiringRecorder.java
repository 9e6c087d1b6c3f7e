package fr.plie.rules.internal;

import fr.plie.rules.model.FiredRule;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records, from the engine's own events, each rule fired, in firing order. One per session. */
final class FiringRecorder extends DefaultAgendaEventListener {
  private final List<FiredRule> fired = new ArrayList<>();
  private final CompiledRuleSet ruleSet;

  FiringRecorder(CompiledRuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    Rule rule = event.getMatch().getRule();
    // A DRL rule cites its section; a row of a decision table cites its 'Référence' column.
    Object section = rule.getMetaData().getOrDefault("section", rule.getMetaData().get("reference"));
    fired.add(FiredRule.builder()
        .name(rule.getName())
        .file(ruleSet.fileOfRule(rule.getName()))
        .section(section == null ? "" : section.toString())
        .build());
  }

  List<FiredRule> fired() {
    return List.copyOf(fired);
  }
}
