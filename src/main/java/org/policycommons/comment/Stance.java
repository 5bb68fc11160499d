package org.policycommons.comment;

/** Where a comment stands on the section it is about. */
public enum Stance {
    SUPPORT, CONCERN, QUESTION, SUGGESTION;

    public String translationKey() {
        return "comment.stance." + name().toLowerCase();
    }
}
