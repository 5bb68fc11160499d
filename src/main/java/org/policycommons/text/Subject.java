package org.policycommons.text;

/** The kinds of text a district writes in each of its languages; the key is what the table stores. */
public enum Subject {

    /** The introduction of the district's public home; its id is the district's. */
    PUBLIC_INTRODUCTION("public.introduction"),

    /** A priority's title; its id is the priority's. */
    PRIORITY_TITLE("priority.title"),

    /** A priority's short explanation; its id is the priority's. */
    PRIORITY_EXPLANATION("priority.explanation"),

    /** A review cycle's title; its id is the cycle's. */
    CYCLE_TITLE("cycle.title"),

    /** The text of a district response; its id is the response's. */
    RESPONSE("response.body"),

    /** A reusable moderation reason; its id is the reason's. */
    MODERATION_REASON("moderation.reason"),

    /**
     * The district's translation of a participant's comment into another language; its id is the comment's. Never
     * shown in place of the comment, always beside it.
     */
    COMMENT_STAFF_TRANSLATION("comment.staff-translation");

    private final String key;

    Subject(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
