package org.policycommons.draft;

/** A section as read from Markdown: its heading's text and the Markdown of its body. */
public record ParsedSection(String heading, String body) {
}
