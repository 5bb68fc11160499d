package org.policycommons.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One text a district wrote, in the languages it was given in: language code to text, none blank.
 *
 * @param byLanguage the text in each language it has, by language code ({@code en}, {@code es}, {@code vi})
 */
public record Translated(Map<String, String> byLanguage) {

    public static final Translated NONE = new Translated(Map.of());

    public Translated {
        Map<String, String> kept = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(language.toLowerCase(Locale.ROOT), text.strip());
            }
        });
        byLanguage = Collections.unmodifiableMap(kept);
    }

    /** The text as typed into one field per language. */
    public static Translated of(Map<Locale, String> typed) {
        Map<String, String> byCode = new LinkedHashMap<>();
        typed.forEach((language, text) -> byCode.put(language.getLanguage(), text));
        return new Translated(byCode);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    public Optional<String> in(Locale language) {
        return Optional.ofNullable(byLanguage.get(language.getLanguage()));
    }

    /**
     * The text for a reader of this language: in it if the text has it; else in the first of the district's languages
     * that it has (the district's first, normally), marked as a fallback so that the page can say which language it
     * is in; empty if the text has none.
     */
    public Optional<Shown> forReader(Locale reader, List<Locale> offered) {
        Optional<String> own = in(reader);
        if (own.isPresent()) {
            return Optional.of(new Shown(own.get(), Locale.forLanguageTag(reader.getLanguage()), false));
        }
        for (Locale language : offered) {
            Optional<String> text = in(language);
            if (text.isPresent()) {
                return Optional.of(new Shown(text.get(), language, true));
            }
        }
        return byLanguage.entrySet().stream().findFirst()
                .map(first -> new Shown(first.getValue(), Locale.forLanguageTag(first.getKey()), true));
    }

    /**
     * The text for a reader of this language: in it if the text has it, else in its first language, which for a text
     * read through {@link TranslatedTexts} is the first the district offers of those it has.
     */
    public Optional<Shown> forReader(Locale reader) {
        return forReader(reader, List.of());
    }

    /** The words a reader of this language sees (see {@link #forReader(Locale)}); empty if the text has none. */
    public String textFor(Locale reader) {
        return textFor(reader, List.of());
    }

    /** The words a reader of this language sees (see {@link #forReader}); empty if the text has none. */
    public String textFor(Locale reader, List<Locale> offered) {
        return forReader(reader, offered).map(Shown::text).orElse("");
    }

    /** The same text with one language's wording put in (or, if blank, taken out). */
    public Translated with(Locale language, String text) {
        Map<String, String> changed = new LinkedHashMap<>(byLanguage);
        changed.put(language.getLanguage(), text);
        return new Translated(changed);
    }

    /**
     * A text as shown to one reader.
     *
     * @param language the language it is in, for the page's {@code lang}
     * @param fallback whether it is not in the reader's language: the page then says which it is in
     */
    public record Shown(String text, Locale language, boolean fallback) {
    }
}
