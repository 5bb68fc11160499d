package org.policycommons.shell;

/**
 * One item of a district's navigation.
 *
 * @param translationKey its label
 * @param path           relative to the district's pages, e.g. {@code review} for {@code /d/{slug}/review}
 */
public record MenuEntry(String translationKey, String path) {
}
