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
  public static ImmutableActivityReference.Builder builder() {
    return ImmutableActivityReference.builder();
  }

  public static ActivityReference of(int index, ActivityType type) {
    return builder().index(index).type(type).build();
  }

  public abstract int index();

  public abstract ActivityType type();
}
