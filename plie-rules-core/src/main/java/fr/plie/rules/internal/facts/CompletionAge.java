package fr.plie.rules.internal.facts;

/**
 * Whether the participant is of the senior age on the day a {@link ChantierCompletion} is
 * completed (true, false, or unknown without the birth date), as a rule of the senior route found.
 */
public record CompletionAge(ChantierCompletion completion, Finding finding) {}
