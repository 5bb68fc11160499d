package org.policycommons.comment;

/**
 * How input reached the district: typed into the portal, or received outside it and entered by district staff
 * (docs/decisions/025). Every count of comments counts all channels alike.
 */
public enum Channel {
    ONLINE, BOARD_MEETING, PAPER_FORM, LETTER, EMAIL, PHONE, OTHER;

    /** The channels staff enter input from, in the order the form offers them. */
    public static final java.util.List<Channel> OFFLINE = java.util.List.of(BOARD_MEETING, PAPER_FORM, LETTER, EMAIL,
            PHONE, OTHER);

    /** Its name, e.g. "Paper form". */
    public String translationKey() {
        return "comment.channel." + name().toLowerCase().replace('_', '-');
    }

    /** How a comment of this channel is marked, e.g. "Received on paper, entered by the district". */
    public String receivedKey() {
        return "comment.channel.received." + name().toLowerCase().replace('_', '-');
    }

    public boolean offline() {
        return this != ONLINE;
    }
}
