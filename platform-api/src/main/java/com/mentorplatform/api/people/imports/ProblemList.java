package com.mentorplatform.api.people.imports;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Stores an import's problems as a JSON array, keeping the first {@link PeopleImports#MAX_PROBLEMS_KEPT}. */
@Singleton
class ProblemList {

    private final JsonMapper json;

    ProblemList(JsonMapper json) {
        this.json = json;
    }

    String toJson(List<ImportProblem> problems) {
        try {
            return json.writeValueAsString(problems.subList(0, Math.min(problems.size(), PeopleImports.MAX_PROBLEMS_KEPT)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store import problems", e);
        }
    }

    List<ImportProblem> fromJson(String stored) {
        try {
            return json.readValue(stored, Argument.listOf(ImportProblem.class));
        } catch (IOException e) {
            throw new UncheckedIOException("An import holds invalid problem JSON", e);
        }
    }
}
