package fr.plie.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.TestRules;
import fr.plie.rules.api.BatchInput;
import fr.plie.rules.api.BatchResult;
import fr.plie.rules.api.BatchResults;
import fr.plie.rules.api.PlieRules;
import fr.plie.rules.criteria.Applications;
import fr.plie.rules.exit.ExitCaseGenerator;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import fr.plie.rules.model.InputProblem;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public batch: entry applications and exit cases mixed, decided on several threads, every
 * input giving exactly one result in its place, the same decisions as one by one.
 */
class BatchTest {
  private static final PlieRules LOADED = Applications.rules();

  /** Ids 1, 2, 3... in the order they are taken. */
  private static Supplier<UUID> counter() {
    AtomicLong next = new AtomicLong();
    return () -> new UUID(0, next.incrementAndGet());
  }

  private static PlieRules rules() {
    return LOADED.withClock(TestRules.CLOCK).withDecisionIds(counter());
  }

  /** 240 inputs and, for each valid one, the value it holds (null for an invalid one). */
  private record Inputs(List<BatchInput> inputs, List<Object> values) {}

  /** Applications, cases, their JSON, and every third one invalid in some way. */
  private static Inputs mixedInputs() {
    Random random = new Random(12);
    List<BatchInput> inputs = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      switch (i % 6) {
        case 0 -> {
          EntryApplication a = Applications.eligible().withParticipantId("E" + i)
              .withAssessmentDate(Applications.ASSESSED.plusDays(i));
          inputs.add(BatchInput.entry(a));
          values.add(a);
        }
        case 1 -> {
          ExitCase c = ExitCaseGenerator.valid(random);
          inputs.add(BatchInput.exit(c));
          values.add(c);
        }
        case 2 -> {
          ExitCase c = ExitCaseGenerator.valid(random);
          inputs.add(BatchInput.json("in:" + i, PlieJson.toTree(c)));
          values.add(c);
        }
        case 3 -> {
          EntryApplication a = Applications.eligible().withHousingProblems(i % 12 == 3);
          inputs.add(BatchInput.json("in:" + i, PlieJson.toTree(a)));
          values.add(a);
        }
        case 4 -> {
          // An exit case whose first activity ends before it starts.
          ObjectNode json = PlieJson.toTree(ExitCaseGenerator.valid(random));
          json.putArray("activities").addObject().put("type", "CDI")
              .put("start", "2018-03-10").put("end", "2018-03-01");
          inputs.add(BatchInput.json("in:" + i, json));
          values.add(null);
        }
        default -> {
          inputs.add(BatchInput.unreadable("in:" + i,
              new InvalidInputException("(document)", "is not JSON")));
          values.add(null);
        }
      }
    }
    return new Inputs(inputs, values);
  }

  private static String shown(BatchResult r) {
    return r.decision() != null ? PlieJson.write(r.decision()) : r.problems().toString();
  }

  private static String withoutId(String decision) {
    return decision.replaceAll("\"decisionId\" : \"[^\"]*\"", "");
  }

  @Test
  void every_input_gives_one_result_in_its_place_identical_to_deciding_it_alone() {
    Inputs mixed = mixedInputs();
    List<BatchInput> inputs = mixed.inputs();
    List<BatchResult> results;
    try (Stream<BatchResult> stream = rules().batch().threads(4).window(7)
        .decide(inputs.stream())) {
      results = stream.collect(Collectors.toList());
    }

    assertThat(results).hasSize(inputs.size());
    assertThat(results).extracting(BatchResult::recordNumber).containsExactlyElementsOf(
        LongStream.rangeClosed(1, inputs.size()).boxed().toList());
    PlieRules alone = rules();
    for (int i = 0; i < inputs.size(); i++) {
      BatchResult r = results.get(i);
      Object value = mixed.values().get(i);
      switch (i % 6) {
        case 4 -> {
          assertThat(r.status()).isEqualTo(BatchResult.Status.INVALID_INPUT);
          assertThat(r.record()).isEqualTo("in:" + i);
          assertThat(r.problems()).extracting(InputProblem::field).contains("activities[0].end");
          // The problem names the field, never its value.
          assertThat(r.problems().toString()).doesNotContain("2018-03-01");
        }
        case 5 -> {
          assertThat(r.status()).isEqualTo(BatchResult.Status.INVALID_INPUT);
          assertThat(r.problems()).containsExactly(new InputProblem("(document)", "is not JSON"));
        }
        default -> {
          assertThat(r.status()).as(r.toString()).isEqualTo(BatchResult.Status.DECIDED);
          String decidedAlone = PlieJson.write(value instanceof EntryApplication a
              ? alone.assessEntry(a) : alone.assessExit((ExitCase) value));
          assertThat(withoutId(shown(r))).isEqualTo(withoutId(decidedAlone));
        }
      }
    }
  }

  @Test
  void one_thread_and_four_give_the_same_results_ids_included() {
    List<BatchInput> inputs = mixedInputs().inputs();
    List<String> one;
    List<String> four;
    try (BatchResults<String> r = rules().batch().threads(1).decide(inputs.iterator(),
        BatchTest::shown)) {
      one = new ArrayList<>();
      r.forEachRemaining(one::add);
    }
    try (BatchResults<String> r = rules().batch().threads(4).window(5)
        .decide(inputs.iterator(), BatchTest::shown)) {
      four = new ArrayList<>();
      r.forEachRemaining(four::add);
    }
    assertThat(four).hasSize(inputs.size()).containsExactlyElementsOf(one);
    assertThat(one.get(0)).contains("\"00000000-0000-0000-0000-000000000001\"");
  }

  @Test
  void a_slow_consumer_never_has_more_than_the_window_read_and_not_taken() throws Exception {
    int window = 6;
    AtomicLong pulled = new AtomicLong();
    Iterator<BatchInput> source = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pulled.get() < 200;
      }

      @Override
      public BatchInput next() {
        pulled.incrementAndGet();
        return BatchInput.entry(Applications.eligible());
      }
    };
    long taken = 0;
    long mostAhead = 0;
    try (BatchResults<BatchResult> results = rules().batch().threads(3).window(window)
        .decide(source)) {
      while (results.hasNext()) {
        results.next();
        taken++;
        mostAhead = Math.max(mostAhead, pulled.get() - taken);
        assertThat(results.inFlight()).isLessThanOrEqualTo(window);
        if (taken % 20 == 0) {
          Thread.sleep(20); // the threads run ahead only as far as the window lets them
        }
      }
    }
    assertThat(taken).isEqualTo(200);
    assertThat(mostAhead).isLessThanOrEqualTo(window).isEqualTo(window);
  }

  @Test
  void an_input_that_cannot_be_decided_costs_only_itself() {
    List<BatchInput> inputs = List.of(
        BatchInput.entry(Applications.eligible()),
        // No rule-set version is in force in 1990.
        BatchInput.entry(Applications.eligible().withAssessmentDate(LocalDate.of(1990, 1, 2)))
            .withSource("old"),
        BatchInput.json("empty", PlieJson.parse("{}")),
        BatchInput.json("array", PlieJson.parse("[1]")),
        BatchInput.entry(Applications.eligible()));
    List<BatchResult> results;
    try (Stream<BatchResult> s = rules().batch().threads(2).decide(inputs.stream())) {
      results = s.toList();
    }
    assertThat(results).extracting(BatchResult::status).containsExactly(
        BatchResult.Status.DECIDED, BatchResult.Status.INVALID_INPUT,
        BatchResult.Status.INVALID_INPUT, BatchResult.Status.INVALID_INPUT,
        BatchResult.Status.DECIDED);
    assertThat(results.get(1).record()).isEqualTo("old");
    assertThat(results.get(1).problems()).extracting(InputProblem::field)
        .containsExactly("assessmentDate");
    assertThat(results.get(2).problems()).extracting(InputProblem::field)
        .containsExactly("(document)");
    assertThat(results.get(0).record()).isEqualTo("record 1");
  }

  @Test
  void when_the_inputs_fail_the_results_already_read_still_come_first() {
    AtomicLong given = new AtomicLong();
    Iterator<BatchInput> failing = new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (given.get() == 5) {
          throw new UncheckedIOException(new java.io.IOException("disk gone"));
        }
        return true;
      }

      @Override
      public BatchInput next() {
        given.incrementAndGet();
        return BatchInput.entry(Applications.eligible());
      }
    };
    List<BatchResult> taken = new ArrayList<>();
    BatchResults<BatchResult> results = rules().batch().threads(2).decide(failing);
    assertThatThrownBy(() -> results.forEachRemaining(taken::add))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
    assertThat(taken).hasSize(5).allMatch(r -> r.status() == BatchResult.Status.DECIDED);
    assertThat(results.hasNext()).isFalse();
  }

  @Test
  void closing_early_stops_reading_and_ends_the_threads() throws InterruptedException {
    AtomicLong pulled = new AtomicLong();
    Stream<BatchInput> endless = Stream.generate(() -> {
      pulled.incrementAndGet();
      return BatchInput.entry(Applications.eligible());
    });
    try (Stream<BatchResult> results = rules().batch().threads(2).window(4).decide(endless)) {
      assertThat(results.limit(3).count()).isEqualTo(3);
    }
    assertThat(pulled.get()).isLessThanOrEqualTo(3 + 4);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (batchThreadsAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(batchThreadsAlive()).as("batch threads still alive after close").isFalse();
  }

  private static boolean batchThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("plie-batch-"));
  }

  @Test
  void threads_and_window_must_be_positive() {
    assertThatThrownBy(() -> LOADED.batch().threads(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LOADED.batch().window(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LOADED.batch().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(LOADED.batch().threads(2).window()).isEqualTo(64);
  }
}
