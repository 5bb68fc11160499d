package org.policycommons.publicsite;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;


/**
 * Who reads a public page, as far as it matters: the language, from a {@code lang} link the reader followed, else
 * their browser's {@code Accept-Language}, else the district's first language. A language chosen by a link is kept
 * in every link of the page; otherwise links carry none, so a shared address suits each reader's browser.
 *
 * @param offered the languages the district offers, in its order
 */
public record Reader(Locale locale, boolean chosen, List<Locale> offered) {

    public static final String LANGUAGE_PARAMETER = "lang";

    /** The reader of a page offered in these languages (the first the default); a {@code lang} not offered is 400. */
    static Reader of(HttpServletRequest request, List<Locale> offered) {
        String asked = request.getParameter(LANGUAGE_PARAMETER);
        if (asked != null) {
            Locale chosen = byLanguage(offered, asked)
                    .orElseThrow(() -> new PublicBadRequest("public.error.language", asked));
            return new Reader(chosen, true, offered);
        }
        return byBrowser(request, offered);
    }

    /** The reader's language from their browser alone (for pages that answer a failed request). */
    static Reader byBrowser(HttpServletRequest request, List<Locale> offered) {
        for (Locale accepted : Collections.list(request.getLocales())) {
            Optional<Locale> match = byLanguage(offered, accepted.getLanguage());
            if (match.isPresent()) {
                return new Reader(match.get(), false, offered);
            }
        }
        return new Reader(offered.getFirst(), false, offered);
    }

    private static Optional<Locale> byLanguage(List<Locale> among, String language) {
        return among.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language)).findFirst();
    }

    public String language() {
        return locale.getLanguage();
    }

    /** A link within the public pages, keeping the language the reader chose. */
    public String link(String path) {
        return chosen ? withLanguage(path, locale) : path;
    }

    /** The same page in another language. */
    public static String withLanguage(String path, Locale language) {
        int fragment = path.indexOf('#');
        String base = fragment < 0 ? path : path.substring(0, fragment);
        String tail = fragment < 0 ? "" : path.substring(fragment);
        return base + (base.contains("?") ? "&" : "?") + LANGUAGE_PARAMETER + "=" + language.getLanguage() + tail;
    }
}
