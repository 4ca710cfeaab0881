package com.mentorplatform.api.matching;

import com.mentorplatform.analytics.matching.ScorePart;
import com.mentorplatform.api.programmes.CohortMatchingWeights;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON that runs and proposals keep in jsonb columns: weights, score parts and reasons. */
@Singleton
class MatchingJson {

    private final JsonMapper json;

    MatchingJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write matching JSON", e);
        }
    }

    /** Score parts as stored: component, its label, value, normalised weight and contribution. */
    List<Map<String, Object>> parts(List<ScorePart> parts) {
        return parts.stream().map(part -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("component", part.component().name());
            row.put("label", part.component().label());
            row.put("value", round(part.value()));
            row.put("weight", round(part.weight()));
            row.put("contribution", round(part.contribution()));
            return row;
        }).toList();
    }

    CohortMatchingWeights weights(String stored) {
        return read(stored, Argument.of(CohortMatchingWeights.class));
    }

    List<String> strings(String stored) {
        return read(stored, Argument.listOf(String.class));
    }

    List<ProposalResponse.ScorePart> scoreParts(String stored) {
        return read(stored, Argument.listOf(ProposalResponse.ScorePart.class));
    }

    private <T> T read(String stored, Argument<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored matching JSON is invalid", e);
        }
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
