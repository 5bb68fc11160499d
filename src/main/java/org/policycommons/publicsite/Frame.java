package org.policycommons.publicsite;

import java.util.List;

import org.policycommons.district.District;

/**
 * What every public page shows around its content: the district, the navigation, the language switch, the way in
 * for those who take part, and the page's title and description for browsers and for sharing (Open Graph).
 *
 * @param path        this page's path, without the language parameter
 * @param section     which navigation entry this page belongs to
 * @param signUpOpen  whether the district lets people create their own account
 */
public record Frame(District district, Reader reader, Words words, String path, String title, String description,
                    Nav section, boolean signUpOpen, String baseUrl) {

    /** The navigation entries of the public pages. */
    public enum Nav { HOME, POLICY, REVIEWS, NONE }

    public record Link(String href, String label, String language) {
    }

    public String slug() {
        return district.slug();
    }

    public String lang() {
        return reader.language();
    }

    /** A path under this district's public pages, with the reader's chosen language kept. */
    /** Whether the reader chose the page's language by a link, so a form must carry it ({@code lang}). */
    public boolean languageChosen() {
        return reader.chosen();
    }

    public String to(String subPath) {
        return reader.link(PublicPaths.district(district.slug()) + subPath);
    }

    /** This page in each other language the district offers. */
    public List<Link> otherLanguages() {
        return reader.offered().stream().filter(l -> !l.equals(reader.locale()))
                .map(l -> new Link(Reader.withLanguage(path, l), l.getDisplayLanguage(l), l.getLanguage())).toList();
    }

    /** Where a reader signs in to take part; they come back to the district's home. */
    public String signIn() {
        return "/d/" + district.slug() + "?sign-in";
    }

    public String signUp() {
        return "/d/" + district.slug() + "?sign-up";
    }

    /** The address to share, absolute, in no particular language. */
    public String canonical() {
        return baseUrl + path;
    }

    /** Open Graph's locale: the reader's language, as spoken in the United States. */
    public String ogLocale() {
        return reader.language() + "_US";
    }

    public String t(String key, Object... arguments) {
        return words.t(key, arguments);
    }
}
