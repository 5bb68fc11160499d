package org.policycommons.shell.ui;

import java.util.List;

import org.policycommons.identity.PortalRole;

/** What a role may do in the portal, in words the home page shows (translation key {@code capability.<key>}). */
enum Capability {
    READ_DRAFTS("read-drafts"),
    COMMENT("comment"),
    VOTE("vote"),
    FOLLOW("follow"),
    PSEUDONYM("pseudonym"),
    COSIGN("cosign"),
    ORGANISATION_NAME("organisation-name"),
    OWN_GROUP("own-group"),
    READ_CONSOLIDATED("read-consolidated"),
    NO_DISCUSSION("no-discussion"),
    RUN_REVIEW("run-review"),
    RESPOND("respond"),
    MODERATE("moderate"),
    EXPORT("export");

    private final String key;

    Capability(String key) {
        this.key = key;
    }

    String translationKey() {
        return "capability." + key;
    }

    static List<Capability> of(PortalRole role) {
        return switch (role) {
            case FAMILY, EDUCATOR -> List.of(READ_DRAFTS, COMMENT, VOTE, FOLLOW);
            case STUDENT -> List.of(READ_DRAFTS, COMMENT, VOTE, FOLLOW, PSEUDONYM);
            case CIVIL_RIGHTS -> List.of(READ_DRAFTS, COMMENT, VOTE, FOLLOW, COSIGN, ORGANISATION_NAME);
            case PARTNER -> List.of(READ_DRAFTS, COMMENT, OWN_GROUP, FOLLOW);
            case BOARD -> List.of(READ_DRAFTS, READ_CONSOLIDATED, FOLLOW, NO_DISCUSSION);
            case DISTRICT_ADMIN -> List.of(RUN_REVIEW, RESPOND, MODERATE, EXPORT);
            case MODERATOR -> List.of(MODERATE);
        };
    }
}
