package com.mentorplatform.api.evidence;

import io.micronaut.http.exceptions.ContentLengthExceededException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Reads a streamed upload up to a limit; a body over it is drained (so the client hears the 413) and refused. */
final class UploadBody {

    private UploadBody() {
    }

    static byte[] read(InputStream body, int limit) {
        try (body) {
            byte[] content = body.readNBytes(limit + 1);
            if (content.length > limit) {
                body.transferTo(OutputStream.nullOutputStream());
                throw FileCheck.tooLarge();
            }
            return content;
        } catch (IOException e) {
            if (e.getCause() instanceof ContentLengthExceededException) {
                throw FileCheck.tooLarge();
            }
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
