package fr.plie.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads rule-set manifests and the index of shipped versions. */
final class Manifests {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Manifests() {}

  record Index(String comment, List<String> manifests) {}

  static RuleSetManifest parse(String path, byte[] bytes) {
    RuleSetManifest manifest;
    try {
      manifest = JSON.readValue(bytes, RuleSetManifest.class);
    } catch (IOException e) {
      throw new RuleSetProblems(path, List.of(path + ": not a valid manifest (" + why(e) + ")"));
    }
    List<String> problems = new ArrayList<>();
    if (manifest.id() == null || manifest.id().isBlank()) {
      problems.add(path + " : \"id\" est obligatoire");
    }
    if (manifest.version() == null || manifest.version().isBlank()) {
      problems.add(path + " : \"version\" est obligatoire");
    }
    if (manifest.revision() != null && manifest.revision() < 1) {
      problems.add(path + " : \"revision\" vaut 1 ou plus (absente : 1)");
    }
    if (manifest.validFrom() == null) {
      problems.add(path + " : \"validFrom\" est obligatoire");
    }
    if (manifest.source() == null || manifest.source().isBlank()) {
      problems.add(path + " : \"source\" (le texte que citent les règles) est obligatoire");
    }
    if (!problems.isEmpty()) {
      throw new RuleSetProblems(path, problems);
    }
    return manifest;
  }

  /**
   * The manifests an index lists, each a plain path inside the rule-set folder: an entry that
   * would leave it is refused before anything is read.
   */
  static List<String> index(byte[] bytes) {
    Index index;
    try {
      index = JSON.readValue(bytes, Index.class);
    } catch (IOException e) {
      throw new RuleSetProblems("index", List.of("index.json: not a valid rule-set index ("
          + why(e) + ")"));
    }
    if (index == null || index.manifests() == null) {
      throw new RuleSetProblems("index", List.of("index.json: \"manifests\" (the list of"
          + " versions, like \"plie-dijon/2018.1/ruleset.json\") is required"));
    }
    List<String> problems = new ArrayList<>();
    for (String manifest : index.manifests()) {
      String problem = RuleResources.relativeProblem(manifest);
      if (problem != null) {
        problems.add("index.json: the entry '" + Texts.echo(manifest) + "' " + problem);
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetProblems("index", problems);
    }
    return index.manifests();
  }

  /** What is wrong with a JSON file, in a user's terms (never the mapper's internals). */
  static String why(IOException e) {
    String where = "";
    if (e instanceof JsonProcessingException json && json.getLocation() != null
        && json.getLocation().getLineNr() > 0) {
      where = " at line " + json.getLocation().getLineNr() + ", column "
          + json.getLocation().getColumnNr();
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + Texts.echo(unknown.getPropertyName()) + "'" + where;
    }
    if (e instanceof MismatchedInputException mismatch) {
      String field = mismatch.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
      return (field.isEmpty() ? "unexpected value" : "'" + Texts.echo(field) + "' has the wrong"
          + " type or value") + where;
    }
    if (e instanceof StreamConstraintsException) {
      return "too large or too deeply nested" + where;
    }
    return "not valid JSON" + where;
  }
}
