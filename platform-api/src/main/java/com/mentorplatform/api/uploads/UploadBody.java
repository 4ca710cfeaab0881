package com.mentorplatform.api.uploads;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.exceptions.ContentLengthExceededException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Reads a streamed upload up to a limit. A body over it is drained, so that the client hears the refusal rather
 * than a reset, and refused with the route's own 413; so is a chunked body the server cut off at its own limit.
 */
public final class UploadBody {

    private UploadBody() {
    }

    public static byte[] read(InputStream body, int limit, Supplier<ProblemException> tooLarge) {
        try (body) {
            byte[] content = body.readNBytes(limit + 1);
            if (content.length > limit) {
                body.transferTo(OutputStream.nullOutputStream());
                throw tooLarge.get();
            }
            return content;
        } catch (IOException e) {
            if (e.getCause() instanceof ContentLengthExceededException) {
                throw tooLarge.get();
            }
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
