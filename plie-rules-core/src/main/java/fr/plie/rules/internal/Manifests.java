package fr.plie.rules.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.plie.rules.api.RuleSetException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
      throw new RuleSetException(path, List.of(path + ": not a valid manifest ("
          + e.getMessage().lines().findFirst().orElse("") + ")"));
    }
    List<String> problems = new ArrayList<>();
    if (manifest.id() == null || manifest.id().isBlank()) {
      problems.add(path + ": \"id\" is required");
    }
    if (manifest.version() == null || manifest.version().isBlank()) {
      problems.add(path + ": \"version\" is required");
    }
    if (manifest.revision() != null && manifest.revision() < 1) {
      problems.add(path + ": \"revision\" must be 1 or more (absent means 1)");
    }
    if (manifest.validFrom() == null) {
      problems.add(path + ": \"validFrom\" is required");
    }
    if (manifest.source() == null || manifest.source().isBlank()) {
      problems.add(path + ": \"source\" (the text the rules cite) is required");
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(path, problems);
    }
    return manifest;
  }

  static List<String> index(byte[] bytes) {
    try {
      return JSON.readValue(bytes, Index.class).manifests();
    } catch (IOException e) {
      throw new IllegalStateException("the rule-set index is unreadable", e);
    }
  }
}
