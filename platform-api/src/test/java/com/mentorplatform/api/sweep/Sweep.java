package com.mentorplatform.api.sweep;

import com.mentorplatform.api.testing.Http;
import io.micronaut.core.type.Argument;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls routes with the ids of some chosen objects and collects every answer that breaks a rule, so a
 * failing sweep lists all its findings at once rather than the first.
 */
final class Sweep {

    /** What an answer to a request that names objects the caller must not reach may be. */
    static final Set<Integer> REFUSED = Set.of(400, 403, 404, 405, 415);

    private final ObjectIds targets;
    private final Foreign foreign;
    private final PlausibleValues values;
    private final List<String> findings = new ArrayList<>();
    private int requests;

    Sweep(ObjectIds targets, Foreign foreign) {
        this.targets = targets;
        this.foreign = foreign;
        this.values = new PlausibleValues(targets::id);
    }

    /**
     * A caller: a role's name, how to get its current token (null for no token), and whether the token is an
     * identity provider's SCIM token (which opens only {@code /scim/v2}) rather than a person's (only the rest).
     */
    record Caller(String name, Supplier<String> token, boolean scim) {

        Caller(String name, Supplier<String> token) {
            this(name, token, false);
        }

        /** Whether the caller's token is one the route takes at all; elsewhere it is as good as none. */
        boolean reaches(ApiRoute route) {
            return route.scim() == scim;
        }
    }

    /** A request ready to send: the path with ids and query filled in, and its body. */
    record Request(ApiRoute route, String path, String body, boolean namesTargets) {
    }

    /**
     * The route with every path variable replaced by the target of its kind and every id-valued query
     * parameter too; empty, with a finding, when the sweep does not know a variable's kind or has no
     * target of that kind and {@code mustHaveTargets}.
     */
    Optional<Request> request(ApiRoute route, boolean mustHaveTargets) {
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, Object> words = new LinkedHashMap<>();
        for (String variable : route.pathVariables()) {
            if (!route.choices(variable).isEmpty()) {
                words.put(variable, route.choices(variable).get(0));
                continue;
            }
            Optional<String> kind = kindOfVariable(route, variable);
            if (kind.isEmpty()) {
                findings.add(route + ": the sweep does not know what {" + variable + "} names; add it to ObjectIds");
                return Optional.empty();
            }
            Optional<UUID> id = targets.id(kind.get());
            if (id.isEmpty()) {
                if (mustHaveTargets) {
                    findings.add(route + ": no object of kind " + kind.get() + " to sweep with");
                }
                return Optional.empty();
            }
            variables.put(variable, id.get());
        }
        Map<String, Object> all = new LinkedHashMap<>(variables);
        all.putAll(words);
        String path = expand(route.template(), all);
        StringBuilder query = new StringBuilder();
        boolean queryNamesTargets = false;
        for (Argument<?> argument : route.queryArguments()) {
            boolean id = argument.getType() == UUID.class;
            if (id || ApiRoute.required(argument)) {
                query.append(query.isEmpty() ? "?" : "&").append(argument.getName()).append('=')
                        .append(URLEncoder.encode(values.query(argument.getName(), argument.getType()), StandardCharsets.UTF_8));
                queryNamesTargets |= id;
            }
        }
        String body = route.writes() ? Http.toJson(route.bodyType().map(values::body).orElse(Map.of())) : null;
        boolean bodyNamesTargets = body != null && targets.all().values().stream().anyMatch(id -> body.contains(id.toString()));
        return Optional.of(new Request(route, path + query, body,
                !variables.isEmpty() || queryNamesTargets || bodyNamesTargets));
    }

    /** The same request without its query: how a list looks unfiltered. */
    static Request withoutQuery(Request request) {
        int query = request.path().indexOf('?');
        return query < 0 ? request : new Request(request.route(), request.path().substring(0, query), request.body(),
                request.namesTargets() && request.route().namesObjects());
    }

    /**
     * Sends the request as the caller and records what is wrong with the answer: a server error, anything
     * foreign in it, internals in an error, and, when {@code refused}, any answer but a refusal.
     */
    Http.Response send(Request request, Caller caller, boolean refused) {
        String token = caller.token().get();
        String contentType = request.route().scim() ? "application/scim+json"
                : request.route().method().equals("PATCH") ? "application/merge-patch+json" : "application/json";
        Http.Response response = Http.send(request.route().method(), request.path(), token, request.body(), contentType);
        requests++;
        String where = request.route().method() + " " + request.path() + " as " + caller.name();
        // without a token the route takes, only a request it cannot read at all may be turned away before authentication
        boolean tokenless = token == null || !caller.reaches(request.route());
        if (tokenless && response.status() != 401 && response.status() != 415) {
            findings.add(where + " without a token it takes: " + response.status() + " " + excerpt(response));
        }
        if (response.status() >= 500) {
            findings.add(where + ": server error " + response.status() + " " + excerpt(response));
        } else if (refused && !REFUSED.contains(response.status()) && !(tokenless && response.status() == 401)) {
            findings.add(where + ": " + response.status() + " where a refusal was due " + excerpt(response));
        }
        List<String> seen = foreign.seenIn(response);
        if (!seen.isEmpty()) {
            findings.add(where + ": the answer shows " + seen + " " + excerpt(response));
        }
        if (Foreign.showsInternals(response)) {
            findings.add(where + ": the error shows internals " + excerpt(response));
        }
        return response;
    }

    List<String> findings() {
        return findings;
    }

    int requests() {
        return requests;
    }

    /** The kinds of object the route's path names, as far as the sweep knows them. */
    static Set<String> kinds(ApiRoute route) {
        return route.pathVariables().stream().filter(variable -> route.choices(variable).isEmpty())
                .map(variable -> kindOfVariable(route, variable).orElse("unknown " + variable))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** An {@code {id}} takes its kind from the segment before it, a {@code {cohortId}} from its name. */
    private static Optional<String> kindOfVariable(ApiRoute route, String variable) {
        if (!variable.equals("id")) {
            return ObjectIds.kindOf(variable);
        }
        String before = route.template().substring(0, route.template().indexOf("{id}") - 1);
        return ObjectIds.kindOf(before.substring(before.lastIndexOf('/') + 1));
    }

    private static String expand(String template, Map<String, Object> variables) {
        String path = template;
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            path = path.replaceAll("\\{" + Pattern.quote(variable.getKey()) + "(:[^}]*)?}",
                    Matcher.quoteReplacement(variable.getValue().toString()));
        }
        return path;
    }

    private static String excerpt(Http.Response response) {
        String text = response.text().replaceAll("\\s+", " ");
        return "«" + (text.length() > 300 ? text.substring(0, 300) + "…" : text) + "»";
    }
}
