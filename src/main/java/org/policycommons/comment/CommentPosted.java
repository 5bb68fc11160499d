package org.policycommons.comment;

/** A comment or reply was posted (or changed) on a section; published inside the district's scope. */
public record CommentPosted(long districtId, long versionId, long sectionId, long commentId) {
}
