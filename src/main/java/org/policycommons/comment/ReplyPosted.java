package org.policycommons.comment;

/**
 * Someone replied to a comment: its author is to be told, with a link to the section. Published in the district's
 * scope, in the reply's transaction; not published when people reply to themselves.
 */
public record ReplyPosted(long districtId, long cycleId, String cycleTitle, long replyId, long parentAuthorId,
                          String sectionPath) {
}
