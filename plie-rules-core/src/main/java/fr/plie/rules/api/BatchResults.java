package fr.plie.rules.api;

import fr.plie.rules.internal.RecordStamp;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The results of a {@link Batch}, in the inputs' order, as they are taken. Taking one reads more
 * inputs (on the caller's thread) until {@link Batch#window()} are in flight, then waits for the
 * oldest. When the inputs' iterator throws (say, the file cannot be read any further), the results
 * of the inputs read before are still given, then {@link #next()} throws that exception.
 *
 * <p>Not thread-safe: one consumer takes the results. Close it when not reading it to the end; it
 * closes itself (its threads end) once the last result is taken.
 *
 * @param <T> what each result is made into
 */
public final class BatchResults<T> implements Iterator<T>, AutoCloseable {
  /** What a batch does with one input on a deciding thread. */
  interface Task<T> {
    T run(long recordNumber, BatchInput input, RecordStamp stamp);
  }

  private static final AtomicInteger BATCHES = new AtomicInteger();

  private final Iterator<BatchInput> inputs;
  private final int window;
  private final Supplier<RecordStamp> stamps;
  private final Task<T> task;
  private final ExecutorService threads;
  private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
  private long read;
  private boolean inputsDone;
  private RuntimeException inputsFailure;
  private boolean closed;

  BatchResults(Iterator<BatchInput> inputs, int threadCount, int window,
      Supplier<RecordStamp> stamps, Task<T> task) {
    this.inputs = inputs;
    this.window = window;
    this.stamps = stamps;
    this.task = task;
    int batch = BATCHES.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "plie-batch-" + batch + "-" + thread.incrementAndGet());
      t.setDaemon(true); // an abandoned batch never keeps the JVM alive
      return t;
    };
    // Idle threads end after a while, so that a batch abandoned without close() leaves none.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threadCount, threadCount, 10,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    this.threads = pool;
  }

  /** {@return how many inputs have been read so far} */
  public long inputsRead() {
    return read;
  }

  /** {@return how many inputs are read and their results not yet taken} */
  public int inFlight() {
    return inFlight.size();
  }

  @Override
  public boolean hasNext() {
    fill();
    if (inFlight.isEmpty()) {
      if (inputsFailure != null) {
        return true; // next() throws it
      }
      close();
      return false;
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (inFlight.isEmpty()) {
      RuntimeException failure = inputsFailure;
      inputsFailure = null;
      close();
      throw failure;
    }
    Future<T> oldest = inFlight.poll();
    try {
      T result = oldest.get();
      fill(); // keep the threads busy while the caller handles this one
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CancellationException("interrupted while waiting for a batch result");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void fill() {
    if (closed) {
      return;
    }
    while (!inputsDone && inFlight.size() < window) {
      BatchInput input;
      try {
        if (!inputs.hasNext()) {
          inputsDone = true;
          break;
        }
        input = java.util.Objects.requireNonNull(inputs.next(), "an input of the batch is null");
      } catch (RuntimeException e) {
        inputsDone = true;
        inputsFailure = e;
        break;
      }
      long number = read + 1;
      try {
        // Stamps are taken here, in input order, so ids follow the input on any number of threads.
        RecordStamp stamp = stamps.get();
        inFlight.add(threads.submit(() -> task.run(number, input, stamp)));
      } catch (RuntimeException e) {
        // The caller's id supplier failed, or no thread could take it: as when the inputs fail,
        // the results already in flight still come out first (none is dropped), then this.
        inputsDone = true;
        inputsFailure = e;
        break;
      }
      read = number;
    }
  }

  /** Stops the threads; results not yet taken are dropped. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      inputsDone = true;
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
      threads.shutdownNow();
    }
  }
}
