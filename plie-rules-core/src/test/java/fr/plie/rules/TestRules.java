package fr.plie.rules;

import fr.plie.rules.api.PlieRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Facades that decide deterministically: a fixed clock and one decision id, so that a test can
 * compare two decisions of the same input, or a decision with its replay, as values.
 */
public final class TestRules {
  public static final Instant DECIDED_AT = Instant.parse("2018-06-01T09:30:00.125Z");
  public static final UUID DECISION_ID = UUID.fromString("0b7e1c52-3d7a-4c61-9f0e-5a2b8c4d6e71");
  public static final Clock CLOCK = Clock.fixed(DECIDED_AT, ZoneOffset.UTC);

  private TestRules() {}

  public static PlieRules deterministic(PlieRules rules) {
    return rules.withClock(CLOCK).withDecisionIds(() -> DECISION_ID);
  }
}
