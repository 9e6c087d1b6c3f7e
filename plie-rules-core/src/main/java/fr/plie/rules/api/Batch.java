package fr.plie.rules.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.plie.rules.internal.RecordStamp;
import fr.plie.rules.model.DecisionRecord;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.InputKind;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import fr.plie.rules.model.SafeText;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Decides a stream of inputs, entry applications and exit cases mixed, on several threads, giving
 * the results back in the inputs' order, one result per input: the decision, or why that input was
 * not decided (the others still are).
 *
 * <pre>{@code
 * try (BatchResults<BatchResult> results = rules.batch().threads(4)
 *     .decide(inputs.iterator())) {
 *   results.forEachRemaining(r -> store(r));
 * }
 * }</pre>
 *
 * <p>Inputs are read from the caller's iterator on the caller's thread, only as results are taken:
 * at most {@link #window()} inputs are read and not yet handed back, so memory follows the
 * window, not the input. The decisions are those {@link PlieRules#assessEntry} and {@link
 * PlieRules#assessExit} give one by one, with the facade's clock, decision ids (taken in input
 * order, so a run with fixed ids gives the same records on any number of threads), pseudonymiser
 * and signer. Immutable: the setters return a new batch.
 */
public final class Batch {
  /** The most deciding threads a batch may have (the command line's bound too). */
  public static final int MAX_THREADS = 1024;

  private final PlieRules rules;
  private final int threads;
  private final int window;

  Batch(PlieRules rules) {
    this(rules, Runtime.getRuntime().availableProcessors(), 0);
  }

  private Batch(PlieRules rules, int threads, int window) {
    this.rules = rules;
    this.threads = threads;
    this.window = window;
  }

  /**
   * The same batch on {@code threads} deciding threads.
   *
   * @param threads from 1 to {@value #MAX_THREADS} (default: the processors available)
   * @return a new batch
   * @throws IllegalArgumentException when {@code threads} is below 1 or above {@value
   *     #MAX_THREADS}
   */
  public Batch threads(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", not "
          + threads);
    }
    return new Batch(rules, threads, window);
  }

  /**
   * The same batch with at most {@code window} inputs read and not yet handed back at any time.
   *
   * @param window at least 1 (default: 32 per thread, at least 64, at most 65,536)
   * @return a new batch
   * @throws IllegalArgumentException when {@code window} is below 1
   */
  public Batch window(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, not " + window);
    }
    return new Batch(rules, threads, window);
  }

  /** {@return the deciding threads} */
  public int threads() {
    return threads;
  }

  /** {@return the most inputs read and not yet handed back} */
  public int window() {
    return window > 0 ? window : (int) Math.min(1 << 16, Math.max(64, 32L * threads));
  }

  /**
   * Decides {@code inputs}, the results in their order.
   *
   * @param inputs the inputs, read on the caller's thread as results are taken
   * @return the results, to close if not read to the end (closing stops the threads)
   */
  public BatchResults<BatchResult> decide(Iterator<BatchInput> inputs) {
    return decide(inputs, Function.identity());
  }

  /**
   * Decides {@code inputs} and hands each result to {@code then} on the deciding thread, e.g. to
   * write it as JSON in parallel; what {@code then} returns comes back in the inputs' order.
   *
   * @param <T> what {@code then} makes of a result
   * @param inputs the inputs, read on the caller's thread as results are taken
   * @param then what to make of each result, called on a deciding thread (so thread-safe); an
   *     exception it throws is thrown back by {@link BatchResults#next()} in that result's place
   * @return what {@code then} made of each result, to close if not read to the end
   */
  public <T> BatchResults<T> decide(Iterator<BatchInput> inputs,
      Function<? super BatchResult, ? extends T> then) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(then, "then");
    return new BatchResults<>(inputs, threads, window(), rules::newStamp,
        (number, input, stamp) -> then.apply(decideOne(number, input, stamp)));
  }

  /**
   * Decides {@code inputs} as a sequential, ordered stream of results; closing the stream stops
   * the threads.
   *
   * @param inputs the inputs, consumed lazily
   * @return the results, in the inputs' order
   */
  public Stream<BatchResult> decide(Stream<BatchInput> inputs) {
    BatchResults<BatchResult> results = decide(inputs.iterator());
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
        Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(results::close).onClose(inputs::close);
  }

  private BatchResult decideOne(long number, BatchInput input, RecordStamp stamp) {
    String source = input.source();
    try {
      if (input.problem() != null) {
        return BatchResult.invalid(number, source, input.problem().problems());
      }
      Object value = input.value();
      DecisionRecord decision;
      if (value instanceof EntryApplication application) {
        decision = rules.assessEntry(application, stamp);
      } else if (value instanceof ExitCase exitCase) {
        decision = rules.assessExit(exitCase, stamp);
      } else {
        JsonNode json = (JsonNode) value;
        decision = InputKind.of(json) == InputKind.EXIT
            ? rules.assessExit(PlieJson.fromTree(json, ExitCase.class), stamp)
            : rules.assessEntry(PlieJson.fromTree(json, EntryApplication.class), stamp);
      }
      return BatchResult.decided(number, source, decision);
    } catch (InvalidInputException e) {
      return BatchResult.invalid(number, source, e.problems());
    } catch (RuntimeException | StackOverflowError e) {
      // One input that breaks the engine costs only itself.
      return BatchResult.failed(number, source, SafeText.failureLine(e));
    }
  }
}
