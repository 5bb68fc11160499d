package org.policycommons.text.ui;

import java.util.List;
import java.util.Locale;

import org.policycommons.text.Translated;

import com.vaadin.flow.component.html.Span;

/**
 * A district's text as one reader sees it: in their language, or else in the district's first, then marked with that
 * language's {@code lang} and followed by a note such as "(en inglés)".
 */
public final class ShownText extends Span {

    /** Where a text goes in a sentence: translate the sentence with this as its argument, then {@link #within}. */
    public static final String SLOT = "\u2063";

    /**
     * A sentence around a district's text, e.g. "Removed by moderator: {0}", translated with {@link #SLOT} as its
     * argument: the sentence in the reader's language, the text with its own {@code lang} and note.
     */
    public static Span within(String sentenceWithSlot, Translated text, Locale reader) {
        int at = sentenceWithSlot.indexOf(SLOT);
        if (at < 0) {
            return new Span(sentenceWithSlot);
        }
        return new Span(new com.vaadin.flow.component.Text(sentenceWithSlot.substring(0, at)),
                new ShownText(text, reader), new com.vaadin.flow.component.Text(sentenceWithSlot.substring(at + SLOT.length())));
    }

    /**
     * What {@link #within} shows, written into markup for a part of a page drawn as one string: the sentence
     * {@code sentenceWithSlot} is already in the reader's language, {@code fallbackNote} translates
     * {@code text.fallback-note}.
     */
    public static void writeWithin(org.policycommons.common.Markup to, String sentenceWithSlot, Translated text,
                                   Locale reader, java.util.function.Function<String, String> fallbackNote) {
        int at = sentenceWithSlot.indexOf(SLOT);
        if (at < 0) {
            to.text(sentenceWithSlot);
            return;
        }
        to.text(sentenceWithSlot.substring(0, at));
        write(to, text, reader, fallbackNote);
        to.text(sentenceWithSlot.substring(at + SLOT.length()));
    }

    /**
     * A text in the reader's language or else the district's first, as a {@code ShownText} shows it, written into
     * markup; {@code fallbackNote} gives the note for the language shown instead ({@code text.fallback-note}).
     */
    public static void write(org.policycommons.common.Markup to, Translated text, Locale reader,
                             java.util.function.Function<String, String> fallbackNote) {
        to.open("span", "class", "shown-text");
        text.forReader(reader).ifPresent(shown -> {
            String language = shown.language().getLanguage();
            to.element("span", shown.text(), "lang", language.equals(reader.getLanguage()) ? null : language);
            if (shown.fallback()) {
                to.element("span", " " + fallbackNote.apply(shown.language().getDisplayLanguage(reader)),
                        "class", "fallback-note", "lang", reader.getLanguage());
            }
        });
        to.close("span");
    }

    public ShownText(Translated text, Locale reader, List<Locale> offered) {
        this(text.forReader(reader, offered), reader);
    }

    /**
     * A text read through {@link org.policycommons.text.TranslatedTexts}: the reader's language, else the district's
     * first.
     */
    public ShownText(Translated text, Locale reader) {
        this(text.forReader(reader), reader);
    }

    /** A text already chosen for the reader ({@link Translated#forReader}). */
    public ShownText(Translated.Shown shown, Locale reader) {
        this(java.util.Optional.of(shown), reader);
    }

    private ShownText(java.util.Optional<Translated.Shown> text, Locale reader) {
        addClassName("shown-text");
        text.ifPresent(shown -> {
            Span words = new Span(shown.text());
            if (!shown.language().getLanguage().equals(reader.getLanguage())) {
                words.getElement().setAttribute("lang", shown.language().getLanguage());
            }
            add(words);
            if (shown.fallback()) {
                Span note = new Span(" " + getTranslation("text.fallback-note",
                        shown.language().getDisplayLanguage(reader)));
                note.addClassName("fallback-note");
                note.getElement().setAttribute("lang", reader.getLanguage());
                add(note);
            }
        });
    }
}
