package fr.plie.rules.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** An activity of the exit case a route used: its index in {@code activities} and its type. */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityReference.class)
@JsonDeserialize(as = ImmutableActivityReference.class)
@JsonPropertyOrder({"index", "type"})
public abstract class ActivityReference {
  /** {@return a new builder; {@code build()} checks the value} */
  public static ImmutableActivityReference.Builder builder() {
    return ImmutableActivityReference.builder();
  }

  /**
   * A reference to one activity of the exit case.
   *
   * @param index its position in {@link ExitCase#activities()}
   * @param type its type
   * @return the reference
   */
  public static ActivityReference of(int index, ActivityType type) {
    return builder().index(index).type(type).build();
  }

  /** {@return the activity's position in {@link ExitCase#activities()}, from 0} */
  public abstract int index();

  /** {@return the activity's type} */
  public abstract ActivityType type();
}
