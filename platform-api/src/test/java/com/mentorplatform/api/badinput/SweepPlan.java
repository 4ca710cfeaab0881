package com.mentorplatform.api.badinput;

import com.mentorplatform.api.badinput.ApiDocument.Operation;
import com.mentorplatform.api.badinput.Callers.Caller;
import com.mentorplatform.api.testing.Http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the document's operations into probes: learns real ids from the GET operations, picks for each
 * operation a caller whose role admits it and who can see the object its path names, and generates the
 * mutations.
 */
final class SweepPlan {

    private final List<Operation> operations;
    private final Map<String, List<String>> routes;
    private final Callers callers;
    private final KnownIds ids = new KnownIds();

    SweepPlan(List<Operation> operations, Map<String, List<String>> routes, Callers callers) {
        this.operations = operations;
        this.routes = routes;
        this.callers = callers;
    }

    /** Reads every GET operation it can fill in, three rounds deep (a list gives the ids its children need). */
    void learnIds() {
        for (int round = 0; round < 3; round++) {
            for (Operation get : operations.stream().filter(o -> o.method().equals("GET")).toList()) {
                for (Caller caller : callers.of(roles(get))) {
                    concretePath(get, caller).ifPresent(path -> {
                        Http.Response answer = Http.get(path, caller.token());
                        if (answer.status() == 200 && (answer.contentType().startsWith("application/json")
                                || answer.contentType().startsWith("application/scim+json"))) {
                            ids.learn(path, answer.json());
                        }
                    });
                }
            }
        }
    }

    List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        Samples samples = new Samples(ids);
        for (Operation operation : operations) {
            Caller caller = callerFor(operation);
            Map<String, String> pathValues = pathValues(operation, caller).orElseGet(() -> unknownIds(operation));
            Optional<Schema> documented = operation.body().map(ApiDocument.Body::schema);
            boolean opaque = documented.map(Schema::isOpaque).orElse(false);
            Schema schema = opaque ? standIn(operation).orElse(documented.get()) : documented.orElse(null);
            probes.addAll(new Mutations(operation, pathValues, caller.token(), samples).all(schema, opaque));
        }
        return probes;
    }

    List<String> roles(Operation operation) {
        return routes.getOrDefault(operation.method() + " " + operation.path(), List.of());
    }

    /**
     * The first caller (broadest role first) for whom every path parameter names a real object (where the
     * path can be read with GET, one that the caller can read) and whom the operation does not refuse
     * outright: a route may admit several roles and leave writing to one of them (a mentee's journal).
     */
    private Caller callerFor(Operation operation) {
        List<Caller> admitted = callers.of(roles(operation));
        if (admitted.isEmpty()) {
            throw new IllegalStateException("No caller may use " + operation);
        }
        return admitted.stream().filter(caller -> pathValues(operation, caller)
                        .filter(values -> !forbidden(operation, caller, values)).isPresent())
                .findFirst().orElse(admitted.get(0));
    }

    /** Whether a JSON body the API must refuse anyway (the literal null) is refused as forbidden, not as bad input. */
    private static boolean forbidden(Operation operation, Caller caller, Map<String, String> values) {
        return operation.body().map(ApiDocument.Body::isJson).orElse(false)
                && Http.send(operation.method(), fill(operation.path(), values), caller.token(), "null",
                "application/json").status() == 403;
    }

    private Optional<String> concretePath(Operation operation, Caller caller) {
        return pathValues(operation, caller).map(values -> fill(operation.path(), values));
    }

    private Optional<Map<String, String>> pathValues(Operation operation, Caller caller) {
        if (operation.in("path").isEmpty()) {
            return Optional.of(Map.of());
        }
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        String[] segments = operation.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String name = segments[i].substring(1, segments[i].length() - 1);
                List<String> found = ids.candidates(segments[i - 1], name);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                candidates.put(name, found);
            }
        }
        boolean readable = operations.stream().anyMatch(o -> o.method().equals("GET") && o.path().equals(operation.path()));
        Map<String, String> first = new LinkedHashMap<>();
        candidates.forEach((name, values) -> first.put(name, values.get(0)));
        if (!readable || candidates.size() != 1) {
            return Optional.of(first);
        }
        String name = candidates.keySet().iterator().next();
        return candidates.get(name).stream().limit(60)
                .filter(value -> Http.get(fill(operation.path(), Map.of(name, value)), caller.token()).status() == 200)
                .findFirst().map(value -> Map.of(name, value));
    }

    private static Map<String, String> unknownIds(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        operation.in("path").forEach(p -> values.put(p.name(), UUID.randomUUID().toString()));
        return values;
    }

    /**
     * A body the document leaves undescribed (a merge patch) is merged into the request that creates
     * the same kind of object: the POST to the collection whose last segment names it, or a PUT.
     */
    private Optional<Schema> standIn(Operation patch) {
        String[] segments = patch.path().split("/");
        String kind = segments[segments.length - 2];
        return operations.stream()
                .filter(o -> o.method().equals("POST") || o.method().equals("PUT"))
                .filter(o -> o.body().map(b -> !b.schema().isOpaque()).orElse(false))
                .filter(o -> {
                    String[] theirs = o.path().split("/");
                    String last = theirs[theirs.length - 1];
                    return !last.startsWith("{") && (kind.equals(last) || kind.endsWith("-" + last));
                })
                .findFirst().map(o -> o.body().get().schema());
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }
}
