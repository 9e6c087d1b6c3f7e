package fr.plie.rules.internal;

/**
 * A key that cannot be used, as the internals find it; the api reports it as its {@code
 * RecordKeyException} (same message: the key's name and the problem, never the key's content).
 */
public final class KeyProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final String problem;

  public KeyProblem(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
    this.problem = problem;
  }

  public String key() {
    return key;
  }

  public String problem() {
    return problem;
  }
}
