package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The text a rule implements: the source document, its section and the passage, verbatim. */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
@JsonPropertyOrder({"source", "section", "text"})
public abstract class Citation {
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableCitation.Builder builder() {
    return ImmutableCitation.builder();
  }

  /** {@return the document, e.g. "Appel à projets PLIE Dijon 2018"} */
  public abstract String source();

  /** {@return the section, e.g. "§I.C.1"} */
  public abstract String section();

  /** {@return the passage, quoted as written} */
  public abstract String text();
}
