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
