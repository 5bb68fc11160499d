package org.policycommons.publicsite;

/**
 * The addresses of the public pages, in one place (docs/decisions/021). Every one is stable and can be shared:
 * <pre>
 * /public/{slug}                                      the district's home
 * /public/{slug}/policy                               the policy in force
 * /public/{slug}/drafts/{draft}/clauses/{key}?from={n} a clause, followed across versions
 * /public/{slug}/drafts/{draft}/v/{n}                 a published version
 * /public/{slug}/drafts/{draft}/compare/{from}/{to}   the redline between two versions
 * /public/{slug}/sections/{section}?page={p}          a section's comments
 * /public/{slug}/reviews                              every review, past and present
 * /public/{slug}/reviews/{cycle}                      a review: its timeline and drafts
 * /public/{slug}/reviews/{cycle}/responses            "you said, we did"
 * /public/{slug}/reviews/{cycle}/moderation-log       the public moderation log
 * </pre>
 */
public final class PublicPaths {

    public static final String ROOT = "/public/";

    private PublicPaths() {
    }

    public static String district(String slug) {
        return ROOT + slug;
    }

    /** A file attached to a comment, from a district's public address. */
    static String attachment(String districtPath, long attachmentId) {
        return districtPath + "/attachments/" + attachmentId;
    }

    public static String version(String slug, long draftId, int number) {
        return district(slug) + "/drafts/" + draftId + "/v/" + number;
    }

    public static String compare(String slug, long draftId, int from, int to) {
        return district(slug) + "/drafts/" + draftId + "/compare/" + from + "/" + to;
    }

    /** A clause, followed from the version it was linked in ({@code from}) to the draft's latest. */
    public static String clause(String slug, long draftId, String key, int from) {
        return district(slug) + "/drafts/" + draftId + "/clauses/" + key + "?from=" + from;
    }

    public static String section(String slug, long sectionId) {
        return district(slug) + "/sections/" + sectionId;
    }

    public static String review(String slug, long cycleId) {
        return district(slug) + "/reviews/" + cycleId;
    }
}
