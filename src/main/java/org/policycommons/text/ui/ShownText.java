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
