package fr.plie.rules.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input cannot be decided because it is malformed or self-contradictory. It names
 * every field at fault; the rules are never run on such an input.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<InputProblem> problems;

  /**
   * An input refused for the problems listed.
   *
   * @param problems every field at fault with its problem (at least one)
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public InvalidInputException(List<InputProblem> problems) {
    super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * An input refused for one problem.
   *
   * @param field the field at fault, by input path (e.g. {@code activities[0].end})
   * @param problem what is wrong with it, never its value
   */
  public InvalidInputException(String field, String problem) {
    this(List.of(new InputProblem(field, problem)));
  }

  /** {@return every problem found, in the order of the fields} */
  public List<InputProblem> problems() {
    return problems;
  }
}
