/**
 * The immutable values that cross the library's boundary: what a caller sends (an {@link
 * fr.plie.rules.model.EntryApplication}, an {@link fr.plie.rules.model.ExitCase}) and what the rules
 * answer (an {@link fr.plie.rules.model.EntryDecision}, an {@link fr.plie.rules.model.ExitDecision}),
 * with their strict JSON form ({@link fr.plie.rules.model.PlieJson}).
 *
 * <p>Every value type is built the same way: {@code Type.builder()...build()}. A fact that is
 * {@code null} (absent from the JSON) is <em>unknown</em>, never false.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
package fr.plie.rules.model;

import org.immutables.value.Value;
