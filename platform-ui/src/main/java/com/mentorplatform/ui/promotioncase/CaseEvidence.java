package com.mentorplatform.ui.promotioncase;

/** A piece of the mentee's evidence as {@code GET /api/evidence} lists it. */
record CaseEvidence(String id, String kind, String title, String impact, String url) {

    /** The kind as a label: CASE_STUDY reads "Case study". */
    String kindLabel() {
        String words = kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
