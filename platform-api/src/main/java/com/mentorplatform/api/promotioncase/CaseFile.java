package com.mentorplatform.api.promotioncase;

import java.text.Normalizer;
import java.util.Locale;

/** A rendered promotion case and the name it is downloaded under, e.g. {@code promotion-case-tara-tanaka-2027-03-03.pdf}. */
record CaseFile(byte[] content, String contentType, String fileName) {

    static CaseFile of(PromotionCase promotionCase, CaseFormat format) {
        PromotionCase.Header header = promotionCase.header();
        return new CaseFile(format.render(promotionCase), format.contentType(),
                "promotion-case-" + slug(header.menteeName()) + "-" + header.preparedOn() + "." + format.extension());
    }

    /** The name in plain ASCII letters and digits joined by hyphens: safe in any header and file system. */
    static String slug(String name) {
        String latin = name.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ø", "o").replace("đ", "d")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe");
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "mentee" : slug;
    }
}
