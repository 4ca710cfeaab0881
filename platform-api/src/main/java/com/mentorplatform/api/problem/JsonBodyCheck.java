package com.mentorplatform.api.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON body once, token by token, before its route binds it, and finds what no route should
 * have to deal with: text that is not JSON (said in plain words, with line and column), a body that is
 * the literal {@code null}, a key given twice in one object (parsers disagree on which one wins), nesting
 * deeper than any document of this API, and text PostgreSQL cannot store or would store mangled (a NUL,
 * a lone UTF-16 surrogate, bytes that are not strict UTF-8: Jackson itself decodes an overlong
 * {@code C0 AF} as "/", the classic way past a text filter). Each is named by its field as the client wrote it, e.g.
 * {@code actions[0].description}; {@code body} for the document itself.
 */
final class JsonBodyCheck {

    /** Far beyond the deepest document of this API (about five levels), far below a stack overflow. */
    static final int MAX_DEPTH = 64;
    static final String NOT_UTF8 = "is not valid UTF-8";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private JsonBodyCheck() {
    }

    /** Why the body is refused, if it is; an empty body is left to the route (some bodies are optional). */
    static Optional<ProblemException> refusal(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            return walk(parser, firstMalformedByte(body));
        } catch (StreamConstraintsException tooDeep) {
            return Optional.of(ProblemException.invalidField("body", "is nested more than " + MAX_DEPTH + " levels deep"));
        } catch (JsonParseException malformed) {
            return Optional.of(notJson(malformed));
        } catch (IOException unreadable) {
            return Optional.of(ProblemException.invalidField("body", "could not be read as JSON"));
        }
    }

    /** The offset of the first byte that is not part of strict UTF-8 (overlong forms included), or -1. */
    private static long firstMalformedByte(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, CharBuffer.allocate(body.length), true);
        return result.isError() ? in.position() : -1;
    }

    private static Optional<ProblemException> walk(JsonParser parser, long malformedAt) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.VALUE_NULL) {
            return Optional.of(ProblemException.invalidField("body", "must be a JSON document, not null"));
        }
        Deque<Set<String>> keysByObject = new ArrayDeque<>();
        for (JsonToken token = first; token != null; token = parser.nextToken()) {
            switch (token) {
                case START_OBJECT -> keysByObject.push(new HashSet<>());
                case END_OBJECT -> keysByObject.pop();
                case FIELD_NAME -> {
                    String name = parser.currentName();
                    Optional<String> bad = within(parser, malformedAt).or(() -> UnstorableText.problem(name));
                    if (bad.isPresent()) {
                        return refused(parser.getParsingContext(), bad.get());
                    }
                    if (!keysByObject.peek().add(name)) {
                        return refused(parser.getParsingContext(), "is given more than once");
                    }
                }
                case VALUE_STRING -> {
                    String text = parser.getText();
                    Optional<String> bad = within(parser, malformedAt).or(() -> UnstorableText.problem(text));
                    if (bad.isPresent()) {
                        return refused(parser.getParsingContext(), bad.get());
                    }
                }
                default -> {
                }
            }
            if (parser.getParsingContext().inRoot() && token.isStructEnd() || parser.getParsingContext().inRoot()
                    && token.isScalarValue()) {
                return parser.nextToken() == null ? Optional.empty()
                        : Optional.of(ProblemException.invalidField("body", "holds more than one JSON document"));
            }
        }
        return Optional.empty();
    }

    /** Whether the malformed byte lies in the string or key the parser has just read. */
    private static Optional<String> within(JsonParser parser, long malformedAt) {
        boolean inside = malformedAt >= parser.currentTokenLocation().getByteOffset()
                && malformedAt < parser.currentLocation().getByteOffset();
        return inside ? Optional.of(NOT_UTF8) : Optional.empty();
    }

    private static Optional<ProblemException> refused(JsonStreamContext context, String message) {
        String field = path(context);
        return Optional.of(ProblemException.invalidField(field.isEmpty() ? "body" : field, message));
    }

    /** "actions[0].description" for the value or key the parser is at. */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.getCurrentName() != null) {
                parts.add(0, "." + at.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * Jackson's own message without its class names and source excerpt: "Unexpected end-of-input: expected
     * close marker for Object" and where, named by the field the parser was in.
     */
    private static ProblemException notJson(JsonParseException malformed) {
        String what = String.valueOf(malformed.getOriginalMessage()).replaceAll("\\s*\\(start marker at .*$", "")
                .replaceAll("(?s)\\n.*", "").replaceAll("\\s*\\(for [^)]*\\)", "");
        JsonParser parser = malformed.getProcessor();
        String field = parser == null ? "" : path(parser.getParsingContext());
        String where = malformed.getLocation() == null ? ""
                : " (line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ")";
        return ProblemException.invalidField(field.isEmpty() ? "body" : field, "is not valid JSON: " + what + where);
    }
}
