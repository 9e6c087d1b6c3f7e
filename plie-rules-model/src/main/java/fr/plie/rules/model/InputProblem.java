package fr.plie.rules.model;

/**
 * One thing wrong with an input: the field (a JSON path such as {@code activities[2].end}) and
 * what is wrong with it, in words a caller can act on.
 */
public record InputProblem(String field, String problem) {
  @Override
  public String toString() {
    return field + ": " + problem;
  }
}
