package fr.plie.rules.criteria;

import static fr.plie.rules.criteria.Applications.assess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.EntryDecision;
import fr.plie.rules.model.EntryOutcome;
import fr.plie.rules.model.ImmutableEntryApplication;
import fr.plie.rules.model.InputProblem;
import fr.plie.rules.model.InvalidInputException;
import fr.plie.rules.model.PlieJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of entry decisions over generated applications. The generated facts stay close to
 * the rules (communes inside and outside the perimeter, end dates around the one-year boundary,
 * unknown facts) so that every outcome is exercised; other properties throw arbitrary strings,
 * dates and JSON at the library.
 */
public class EntryProperties {
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
  private static final List<String> INSIDE = List.of("21231", "21617", "21213", "21166", "21515");
  private static final List<String> OUTSIDE = List.of("21408", "21462", "21657", "21555", "2A004");

  /** Outcomes ordered from worst to best, for monotonicity. */
  private static int rank(EntryOutcome outcome) {
    return switch (outcome) {
      case NOT_ELIGIBLE -> 0;
      case UNDETERMINED -> 1;
      case ELIGIBLE -> 2;
    };
  }

  // --- Generators -----------------------------------------------------------------------------

  /** What a builder needs that depends on the assessment date, kept until {@code build}. */
  private static final class Draft {
    final ImmutableEntryApplication.Builder builder = EntryApplication.builder();
    LocalDate assessed = FIRST_DAY;
    Integer daysSinceLastActivity;
    Integer ageInYears;
    Boolean neverWorked;

    EntryApplication build() {
      builder.assessmentDate(assessed).neverWorked(neverWorked);
      if (ageInYears != null) {
        builder.birthDate(assessed.minusYears(ageInYears));
      }
      // neverWorked = true with an end date is invalid input: generate consistent facts here.
      if (daysSinceLastActivity != null && !Boolean.TRUE.equals(neverWorked)) {
        builder.lastProfessionalActivityEnd(assessed.minusDays(daysSinceLastActivity));
      }
      return builder.build();
    }
  }

  private static Arbitrary<Boolean> mostlyTrue() {
    return Arbitraries.frequency(
        Tuple.of(7, Boolean.TRUE), Tuple.of(1, Boolean.FALSE))
        .injectNull(0.15);
  }

  private static Arbitrary<Boolean> anyBoolean() {
    return Arbitraries.of(true, false).injectNull(0.3);
  }

  private static Arbitrary<Boolean> mostlyFalse() {
    return Arbitraries.frequency(
        Tuple.of(1, Boolean.TRUE), Tuple.of(4, Boolean.FALSE))
        .injectNull(0.2);
  }

  /** Valid applications whose facts sit around the rules' boundaries (also used by the records' properties). */
  @Provide
  public Arbitrary<EntryApplication> applications() {
    Arbitrary<String> residence = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(INSIDE)),
        Tuple.of(2, Arbitraries.of(OUTSIDE))).injectNull(0.15);
    // Around one year (365/366 days) and well beyond, plus a few activities still going on.
    Arbitrary<Integer> daysSince = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(360, 370)),
        Tuple.of(3, Arbitraries.integers().between(0, 1500)),
        Tuple.of(1, Arbitraries.integers().between(-60, -1))).injectNull(0.25);
    Arbitrary<List<String>> benefits = Arbitraries.of(
        List.<String>of(), List.of("RSA"), List.of("ASS", "AAH")).injectNull(0.25);
    return Builders.withBuilder(Draft::new)
        .use(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8))
        .in((d, id) -> { d.builder.participantId("P-" + id); return d; })
        .use(Arbitraries.integers().between(0, 4 * 366).map(FIRST_DAY::plusDays))
        .in((d, date) -> { d.assessed = date; return d; })
        .use(Arbitraries.integers().between(16, 70).injectNull(0.3))
        .in((d, age) -> { d.ageInYears = age; return d; })
        .use(residence).in((d, v) -> { d.builder.residenceInseeCode(v); return d; })
        .use(mostlyTrue()).in((d, v) -> { d.builder.workAuthorization(v); return d; })
        .use(mostlyTrue()).in((d, v) -> { d.builder.wantsIntegratedPathway(v); return d; })
        .use(anyBoolean()).in((d, v) -> { d.builder.insufficientQualification(v); return d; })
        .use(anyBoolean()).in((d, v) -> { d.builder.lacksBasicSkills(v); return d; })
        .use(Arbitraries.of(true, false, false).injectNull(0.25))
        .in((d, v) -> { d.neverWorked = v; return d; })
        .use(daysSince).in((d, v) -> { d.daysSinceLastActivity = v; return d; })
        .use(anyBoolean()).in((d, v) -> { d.builder.registeredWithPoleEmploi(v); return d; })
        .use(benefits).in((d, v) -> { d.builder.minimaSociaux(v); return d; })
        .use(anyBoolean()).in((d, v) -> { d.builder.socioProfessionalOrientation(v); return d; })
        .use(mostlyFalse()).in((d, v) -> { d.builder.complexFamilySituation(v); return d; })
        .use(mostlyFalse()).in((d, v) -> { d.builder.mobilityProblems(v); return d; })
        .use(mostlyFalse()).in((d, v) -> { d.builder.housingProblems(v); return d; })
        .use(mostlyFalse()).in((d, v) -> { d.builder.healthOrDisabilityProblems(v); return d; })
        .use(mostlyFalse()).in((d, v) -> { d.builder.followedByCapEmploi(v); return d; })
        .use(mostlyFalse()).in((d, v) -> { d.builder.underJusticeMandate(v); return d; })
        .build(Draft::build);
  }

  /** One input fact given a value: its JSON name, the value and how to set it. */
  record Completion(String field, Object value,
      BiFunction<ImmutableEntryApplication, Object, ImmutableEntryApplication> setter) {
    EntryApplication applyTo(EntryApplication application) {
      return setter.apply(ImmutableEntryApplication.copyOf(application), value);
    }

    @Override
    public String toString() {
      return field + " := " + value;
    }
  }

  private static Completion bool(String field,
      BiFunction<ImmutableEntryApplication, Boolean, ImmutableEntryApplication> setter,
      boolean value) {
    return new Completion(field, value, (a, v) -> setter.apply(a, (Boolean) v));
  }

  /** Every way to give one fact a value (the date is relative to the assessment date). */
  private static List<Arbitrary<Completion>> completions(EntryApplication a) {
    List<Arbitrary<Completion>> out = new ArrayList<>();
    Map<String, BiFunction<ImmutableEntryApplication, Boolean, ImmutableEntryApplication>> booleans =
        new java.util.LinkedHashMap<>();
    booleans.put("workAuthorization", ImmutableEntryApplication::withWorkAuthorization);
    booleans.put("wantsIntegratedPathway", ImmutableEntryApplication::withWantsIntegratedPathway);
    booleans.put("insufficientQualification", ImmutableEntryApplication::withInsufficientQualification);
    booleans.put("lacksBasicSkills", ImmutableEntryApplication::withLacksBasicSkills);
    booleans.put("neverWorked", ImmutableEntryApplication::withNeverWorked);
    booleans.put("registeredWithPoleEmploi", ImmutableEntryApplication::withRegisteredWithPoleEmploi);
    booleans.put("socioProfessionalOrientation", ImmutableEntryApplication::withSocioProfessionalOrientation);
    booleans.put("complexFamilySituation", ImmutableEntryApplication::withComplexFamilySituation);
    booleans.put("mobilityProblems", ImmutableEntryApplication::withMobilityProblems);
    booleans.put("housingProblems", ImmutableEntryApplication::withHousingProblems);
    booleans.put("healthOrDisabilityProblems", ImmutableEntryApplication::withHealthOrDisabilityProblems);
    booleans.put("followedByCapEmploi", ImmutableEntryApplication::withFollowedByCapEmploi);
    booleans.put("underJusticeMandate", ImmutableEntryApplication::withUnderJusticeMandate);
    JsonNode json = PlieJson.toTree(a);
    booleans.forEach((field, setter) -> {
      if (!json.has(field)) {
        out.add(Arbitraries.of(bool(field, setter, true), bool(field, setter, false)));
      }
    });
    if (a.residenceInseeCode() == null) {
      out.add(Arbitraries.of(INSIDE.get(0), OUTSIDE.get(0), "2123").map(code ->
          new Completion("residenceInseeCode", code,
              (x, v) -> x.withResidenceInseeCode((String) v))));
    }
    if (a.lastProfessionalActivityEnd() == null) {
      out.add(Arbitraries.integers().between(-30, 800).map(days ->
          new Completion("lastProfessionalActivityEnd", a.assessmentDate().minusDays(days),
              (x, v) -> x.withLastProfessionalActivityEnd((LocalDate) v))));
    }
    if (a.minimaSociaux() == null) {
      out.add(Arbitraries.of(List.<String>of(), List.of("RSA")).map(list ->
          new Completion("minimaSociaux", list,
              (x, v) -> x.withMinimaSociaux((List<String>) v))));
    }
    if (a.birthDate() == null) {
      out.add(Arbitraries.integers().between(-5, 60 * 365).map(days ->
          new Completion("birthDate", a.assessmentDate().minusDays(days),
              (x, v) -> x.withBirthDate((LocalDate) v))));
    }
    return out;
  }

  /** An application with at least one unknown fact, and a value for one of its unknown facts. */
  @Provide
  Arbitrary<Map.Entry<EntryApplication, Completion>> applicationsWithACompletion() {
    return applications()
        .filter(a -> !completions(a).isEmpty())
        .flatMap(a -> Arbitraries.oneOf(completions(a)).map(c -> Map.entry(a, c)));
  }

  // --- Properties over the rules ----------------------------------------------------------------

  /**
   * The eligible baseline with its residence and its personal situation redrawn: about half of
   * these are eligible, the others differ by the personal facts the next property varies.
   */
  @Provide
  Arbitrary<EntryApplication> nearlyEligibleApplications() {
    return Combinators.combine(
            Arbitraries.of(INSIDE).injectNull(0.1), mostlyFalse(), mostlyFalse(), mostlyFalse(),
            mostlyFalse(), mostlyFalse(), mostlyFalse())
        .as((code, family, mobility, housing, health, capEmploi, justice) ->
            (EntryApplication) Applications.eligible().withResidenceInseeCode(code)
                .withComplexFamilySituation(family).withMobilityProblems(mobility)
                .withHousingProblems(housing).withHealthOrDisabilityProblems(health)
                .withFollowedByCapEmploi(capEmploi).withUnderJusticeMandate(justice));
  }

  @Provide
  Arbitrary<EntryApplication> applicationsForDifficulties() {
    return Arbitraries.oneOf(applications(), nearlyEligibleApplications());
  }

  @Property(tries = 400)
  void adding_a_personal_difficulty_never_turns_eligible_into_not_eligible(
      @ForAll("applicationsForDifficulties") EntryApplication application,
      @ForAll("personalDifficulties") Function<ImmutableEntryApplication, ImmutableEntryApplication> addDifficulty) {
    EntryDecision before = assess(application);
    EntryDecision after = assess(addDifficulty.apply(ImmutableEntryApplication.copyOf(application)));
    Statistics.collect(before.outcome());
    Statistics.coverage(coverage -> coverage.check(EntryOutcome.ELIGIBLE).percentage(p -> p >= 5.0));

    if (before.outcome() == EntryOutcome.ELIGIBLE) {
      assertThat(after.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
    }
    // More generally, a difficulty never makes the outcome worse.
    assertThat(rank(after.outcome())).isGreaterThanOrEqualTo(rank(before.outcome()));
  }

  @Provide
  Arbitrary<Function<ImmutableEntryApplication, ImmutableEntryApplication>> personalDifficulties() {
    return Arbitraries.of(
        a -> a.withComplexFamilySituation(true),
        a -> a.withMobilityProblems(true),
        a -> a.withHousingProblems(true),
        a -> a.withHealthOrDisabilityProblems(true),
        a -> a.withUnderJusticeMandate(true));
  }

  @Property(tries = 500)
  void giving_a_missing_fact_never_turns_not_eligible_into_another_outcome(
      @ForAll("applicationsWithACompletion") Map.Entry<EntryApplication, Completion> sample) {
    EntryApplication application = sample.getKey();
    Completion completion = sample.getValue();
    EntryApplication completed;
    try {
      completed = completion.applyTo(application);
    } catch (InvalidInputException e) {
      Statistics.label("completion").collect("invalid, skipped");
      Assume.that(false);
      return;
    }
    EntryDecision before = assess(application);
    EntryDecision after = assess(completed);
    Statistics.label("outcome before").collect(before.outcome());
    Statistics.label("listed").collect(before.missingFacts().contains(completion.field()));

    if (before.outcome() == EntryOutcome.NOT_ELIGIBLE) {
      assertThat(after.outcome()).isEqualTo(EntryOutcome.NOT_ELIGIBLE);
    }
    // A known outcome is never changed by a fact that was missing (Kleene monotonicity).
    if (before.outcome() == EntryOutcome.ELIGIBLE) {
      assertThat(after.outcome()).isEqualTo(EntryOutcome.ELIGIBLE);
    }
    // Exactness: a fact that the decision does not list cannot change the outcome.
    if (!before.missingFacts().contains(completion.field())) {
      assertThat(after.outcome()).as("%s is not listed in %s", completion, before.missingFacts())
          .isEqualTo(before.outcome());
    }
    if (after.outcome() != before.outcome()) {
      assertThat(before.missingFacts()).contains(completion.field());
    }
  }

  @Property(tries = 200)
  void the_listed_missing_facts_are_enough_to_settle_an_undetermined_outcome(
      @ForAll("applications") EntryApplication application,
      @ForAll boolean flag) {
    EntryDecision before = assess(application);
    Assume.that(before.outcome() == EntryOutcome.UNDETERMINED);
    assertThat(before.missingFacts()).isNotEmpty();
    // Each listed fact is absent from the input.
    JsonNode json = PlieJson.toTree(application);
    assertThat(before.missingFacts()).allSatisfy(f -> assertThat(json.has(f)).as(f).isFalse());
    // Give every listed fact a value (the same truth value for every yes/no fact).
    ObjectNode completed = PlieJson.toTree(application);
    for (String field : before.missingFacts()) {
      switch (field) {
        case "residenceInseeCode" -> completed.put(field, flag ? "21231" : "21408");
        case "lastProfessionalActivityEnd" -> completed.put(field,
            application.assessmentDate().minusYears(flag ? 2 : 0).toString());
        case "minimaSociaux" -> completed.set(field, flag
            ? JsonNodeFactory.instance.arrayNode().add("RSA") : JsonNodeFactory.instance.arrayNode());
        // neverWorked stays false when an end date is given alongside it.
        case "neverWorked" -> completed.put(field, false);
        default -> completed.put(field, flag);
      }
    }
    EntryDecision after = assess(PlieJson.fromTree(completed, EntryApplication.class));
    assertThat(after.outcome()).isNotEqualTo(EntryOutcome.UNDETERMINED);
  }

  @Property(tries = 300)
  void a_decision_is_deterministic_and_survives_a_json_round_trip(
      @ForAll("applications") EntryApplication application) {
    EntryDecision first = assess(application);
    EntryDecision second = assess(application);

    assertThat(second).isEqualTo(first);
    assertThat(PlieJson.readEntryDecision(PlieJson.write(first))).isEqualTo(first);
    assertThat(PlieJson.readEntryApplication(PlieJson.write(application))).isEqualTo(application);
    // Replaying the embedded application gives the same decision.
    assertThat(assess(PlieJson.readEntryDecision(PlieJson.writeLine(first)).application()))
        .isEqualTo(first);
  }

  // --- Robustness -------------------------------------------------------------------------------

  /** Any date a LocalDate can hold, with the extremes and the 2018 period over-represented. */
  private static Arbitrary<LocalDate> anyDate() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(-800, 2000)
            .map(FIRST_DAY::plusDays)),
        Tuple.of(2, Arbitraries.longs()
            .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay)),
        Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX,
            LocalDate.MAX.minusMonths(12), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
            LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31))));
  }

  private static Arbitrary<String> anyString() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars("0123456789AB ").ofMinLength(4).ofMaxLength(6),
        Arbitraries.of(INSIDE), Arbitraries.of(OUTSIDE));
  }

  @Property(tries = 600)
  void any_application_yields_a_decision_or_a_clean_invalid_input_exception(
      @ForAll("anyApplicationAttempt") Map<String, Object> facts) {
    EntryApplication application;
    try {
      application = build(facts);
    } catch (InvalidInputException e) {
      assertClean(e);
      Statistics.collect("rejected by the model");
      return;
    }
    try {
      EntryDecision decision = assess(application);
      assertThat(decision.criteria()).hasSize(5);
      assertThat(decision.application()).isEqualTo(application);
      Statistics.collect(decision.outcome());
    } catch (InvalidInputException e) {
      assertClean(e);
      Statistics.collect("rejected by the facade");
    }
  }

  private static void assertClean(InvalidInputException e) {
    assertThat(e.problems()).isNotEmpty();
    for (InputProblem problem : e.problems()) {
      assertThat(problem.field()).isNotBlank();
      assertThat(problem.problem()).isNotBlank();
    }
  }

  @SuppressWarnings("unchecked")
  private static EntryApplication build(Map<String, Object> f) {
    return EntryApplication.builder()
        .participantId((String) f.get("participantId"))
        .assessmentDate((LocalDate) f.get("assessmentDate"))
        .birthDate((LocalDate) f.get("birthDate"))
        .residenceInseeCode((String) f.get("residenceInseeCode"))
        .workAuthorization((Boolean) f.get("workAuthorization"))
        .wantsIntegratedPathway((Boolean) f.get("wantsIntegratedPathway"))
        .insufficientQualification((Boolean) f.get("insufficientQualification"))
        .lacksBasicSkills((Boolean) f.get("lacksBasicSkills"))
        .neverWorked((Boolean) f.get("neverWorked"))
        .lastProfessionalActivityEnd((LocalDate) f.get("lastProfessionalActivityEnd"))
        .minimaSociaux((List<String>) f.get("minimaSociaux"))
        .socioProfessionalOrientation((Boolean) f.get("socioProfessionalOrientation"))
        .complexFamilySituation((Boolean) f.get("complexFamilySituation"))
        .healthOrDisabilityProblems((Boolean) f.get("healthOrDisabilityProblems"))
        .followedByCapEmploi((Boolean) f.get("followedByCapEmploi"))
        .build();
  }

  @Provide
  Arbitrary<Map<String, Object>> anyApplicationAttempt() {
    Arbitrary<Boolean> bool = Arbitraries.of(true, false).injectNull(0.3);
    return Builders.withBuilder(() -> new java.util.HashMap<String, Object>())
        .use(anyString()).in((m, v) -> put(m, "participantId", v))
        .use(anyDate()).in((m, v) -> put(m, "assessmentDate", v))
        .use(anyDate().injectNull(0.5)).in((m, v) -> put(m, "birthDate", v))
        .use(anyString().injectNull(0.2)).in((m, v) -> put(m, "residenceInseeCode", v))
        .use(bool).in((m, v) -> put(m, "workAuthorization", v))
        .use(bool).in((m, v) -> put(m, "wantsIntegratedPathway", v))
        .use(bool).in((m, v) -> put(m, "insufficientQualification", v))
        .use(bool).in((m, v) -> put(m, "lacksBasicSkills", v))
        .use(bool).in((m, v) -> put(m, "neverWorked", v))
        .use(anyDate().injectNull(0.3)).in((m, v) -> put(m, "lastProfessionalActivityEnd", v))
        .use(anyString().list().ofMaxSize(3).injectNull(0.3)).in((m, v) -> put(m, "minimaSociaux", v))
        .use(bool).in((m, v) -> put(m, "socioProfessionalOrientation", v))
        .use(bool).in((m, v) -> put(m, "complexFamilySituation", v))
        .use(bool).in((m, v) -> put(m, "healthOrDisabilityProblems", v))
        .use(bool).in((m, v) -> put(m, "followedByCapEmploi", v))
        .build(m -> m);
  }

  private static java.util.HashMap<String, Object> put(java.util.HashMap<String, Object> m,
      String key, Object value) {
    m.put(key, value);
    return m;
  }

  /** JSON documents mixing known and unknown fields with values of every JSON type. */
  @Provide
  Arbitrary<String> jsonDocuments() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<String> names = new ArrayList<>(List.of("participantId", "assessmentDate", "birthDate",
        "residenceInseeCode", "workAuthorization", "wantsIntegratedPathway",
        "insufficientQualification", "lacksBasicSkills", "neverWorked",
        "lastProfessionalActivityEnd", "registeredWithPoleEmploi", "minimaSociaux",
        "socioProfessionalOrientation", "complexFamilySituation", "mobilityProblems",
        "housingProblems", "healthOrDisabilityProblems", "followedByCapEmploi",
        "underJusticeMandate", "unknownField", "outcome", ""));
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
        Arbitraries.of(true, false).map(b -> (JsonNode) nodes.booleanNode(b)),
        Arbitraries.of("true", "", "RSA", "21231", "2018-03-01", "2018-02-30", "2018-3-1",
            "+10000-01-01", "-0001-01-01", "1970-01-01T00:00:00Z").map(s -> (JsonNode) nodes.textNode(s)),
        Arbitraries.strings().ofMaxLength(10).map(s -> (JsonNode) nodes.textNode(s)),
        anyDate().map(d -> (JsonNode) nodes.textNode(d.toString())),
        Arbitraries.integers().map(i -> (JsonNode) nodes.numberNode(i)),
        Arbitraries.doubles().map(d -> (JsonNode) nodes.numberNode(d)),
        Arbitraries.just((JsonNode) nodes.nullNode()));
    Arbitrary<JsonNode> value = Arbitraries.oneOf(scalar,
        scalar.list().ofMaxSize(3).map(list -> {
          ArrayNode array = nodes.arrayNode();
          list.forEach(array::add);
          return (JsonNode) array;
        }),
        scalar.map(v -> (JsonNode) nodes.objectNode().set("x", v)));
    Arbitrary<ObjectNode> documents = Combinators.combine(
            Arbitraries.of(names).list().ofMaxSize(8),
            value.list().ofSize(8),
            Arbitraries.of(true, false), Arbitraries.of(true, false), anyDate())
        .as((fields, values, withId, withDate, date) -> {
          ObjectNode doc = nodes.objectNode();
          if (withId) {
            doc.put("participantId", "P-1");
          }
          if (withDate) {
            doc.put("assessmentDate", date.toString());
          }
          for (int i = 0; i < fields.size(); i++) {
            doc.set(fields.get(i), values.get(i));
          }
          return doc;
        });
    return Arbitraries.oneOf(
        documents.map(JsonNode::toString),
        // Truncated or otherwise damaged text, and arbitrary text.
        documents.map(JsonNode::toString).flatMap(text ->
            Arbitraries.integers().between(0, text.length()).map(n -> text.substring(0, n))),
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.of("[]", "null", "1", "\"x\"", "{}", "{\"participantId\":\"P\",\"participantId\":\"Q\"}",
            "{\"participantId\":\"P\",\"assessmentDate\":\"2018-03-01\"} {}"));
  }

  @Property(tries = 1000)
  void any_json_document_reads_as_an_application_or_a_clean_invalid_input_exception(
      @ForAll("jsonDocuments") String json) {
    EntryApplication application;
    try {
      application = PlieJson.read(json, EntryApplication.class);
    } catch (InvalidInputException e) {
      assertClean(e);
      Statistics.collect("invalid");
      return;
    }
    Statistics.collect("read");
    assertThat(PlieJson.readEntryApplication(PlieJson.write(application))).isEqualTo(application);
    try {
      assertThat(assess(application).criteria()).hasSize(5);
    } catch (InvalidInputException e) {
      assertClean(e);
    }
  }

  @Property(tries = 300)
  void any_json_document_reads_as_a_decision_or_a_clean_invalid_input_exception(
      @ForAll("jsonDocuments") String json) {
    try {
      EntryDecision decision = PlieJson.read(json, EntryDecision.class);
      assertThat(decision).isNotNull();
    } catch (InvalidInputException e) {
      assertClean(e);
    }
  }
}
