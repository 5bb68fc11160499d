package org.policycommons.text;

/** The kinds of text a district writes in each of its languages; the key is what the table stores. */
public enum Subject {

    /** The introduction of the district's public home; its id is the district's. */
    PUBLIC_INTRODUCTION("public.introduction");

    private final String key;

    Subject(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
