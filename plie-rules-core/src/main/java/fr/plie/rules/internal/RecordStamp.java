package fr.plie.rules.internal;

import java.time.Instant;
import java.util.UUID;

/** The identity a decision record is given when it is taken: its id and the time of decision. */
public record RecordStamp(UUID decisionId, Instant decidedAt) {}
