package org.policycommons.comment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.policycommons.identity.PortalRole;
import org.policycommons.text.Translated;

/**
 * A comment or reply as a reader sees it. The text of a withdrawn or hidden comment is not carried at all: it cannot
 * leak into a page by mistake.
 *
 * @param author     who wrote it, as they may be shown
 * @param body       the text, or null when withdrawn or hidden
 * @param cosignedBy the organisations that co-signed it
 * @param mine       written by the reader
 * @param editable   the reader may still edit or withdraw it
 * @param replies    its replies, oldest first (a reply's replies are in its own list)
 * @param responses  the district's answers to it, oldest first
 * @param language   the language it was written in, as a language tag
 * @param quoteLanguage the language of the text its quote came from (the section's translation or original), or null
 * @param byDistrict    the district's translations of it into other languages, shown beside it, never in its place
 * @param hiddenReason why a moderator removed it, in the languages the reason has; null unless hidden
 * @param received     how input received outside the portal reached the district; null for a comment typed online
 * @param attachments  the files attached to it (for input received outside the portal, its item's), oldest first
 * @param attachable   the reader may attach a position paper to it now (their own comment, as a civil-rights group
 *                     or partner, while comment is open)
 * @param standsByVersion for an author's comment of an earlier version that they still stand by on this one, the
 *                        number of that version; null otherwise
 */
public record Comment(long id, long sectionId, Long parentId, int depth, Author author, Stance stance, String body,
                      String quote, Instant createdAt, Instant editedAt, Status status, Translated hiddenReason,
                      List<String> cosignedBy, boolean mine, boolean editable, long version, List<Comment> replies,
                      List<Answer> responses, String language, String quoteLanguage, Translated byDistrict,
                      Received received, List<Attachments.Attached> attachments, boolean attachable,
                      Integer standsByVersion) {

    /**
     * Input received outside the portal: its channel, the day the district received it, and whether staff entered it
     * as written or summarised it.
     */
    public record Received(Channel channel, LocalDate on, TextKind kind) {
    }

    /** The district's answer to a comment, in the languages it was given in. */
    public record Answer(long responseId, Disposition disposition, Translated body,
                         Instant createdAt) {
    }

    public enum Status { VISIBLE, WITHDRAWN, HIDDEN }

    /**
     * @param role    the role they spoke in; null for input received outside the portal from someone who did not say
     *                which group they speak for
     * @param shownAs a student's pseudonym, an organisation's name, the person's name, or for input received outside
     *                the portal the voice's pseudonym (a name given on paper is never shown)
     */
    public record Author(PortalRole role, String shownAs, boolean student) {

        /** The translation key of the group they spoke for, e.g. "Family" or "Group not stated". */
        public String groupKey() {
            return "role." + (role == null ? "not_stated" : role.realmRole());
        }
    }

    public boolean visible() {
        return status == Status.VISIBLE;
    }
}
