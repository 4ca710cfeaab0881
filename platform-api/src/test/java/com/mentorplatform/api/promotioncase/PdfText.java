package com.mentorplatform.api.promotioncase;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The text of every page of a PDF, read back with OpenPDF's extractor. */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            return IntStream.rangeClosed(1, reader.getNumberOfPages()).mapToObj(page -> {
                try {
                    return extractor.getTextFromPage(page);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
