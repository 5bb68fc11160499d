package org.policycommons.comment.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policycommons.comment.Stance;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.draft.SafeMarkdown;
import org.policycommons.draft.Section;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.KeptDraft;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A new comment on one section: a stance, the text with a running character count, and optionally a passage of the
 * section, picked from its sentences or taken from the text the reader selected. Nothing typed is lost on refusal.
 */
final class CommentForm extends Composite<Div> {

    static final int LIMIT = 4000;

    interface Poster {
        /** Posts; returns normally on success, throws {@link CycleRuleViolation} on refusal. */
        void post(Stance stance, String body, String quote);
    }

    private final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>();
    private final TextArea text = new TextArea();
    private final Span counter = new Span();
    private final Select<String> sentence = new Select<>();
    private final TextField quote = new TextField();
    private final Button useSelection = new Button();
    private final Button post = new Button();
    private final FormError error = new FormError();

    /** Puts the focus on the form's first field, the stance, as a reader who opened it expects. */
    void focusFirst() {
        stance.getElement().executeJs("""
                requestAnimationFrame(() => (this.querySelector('vaadin-radio-button') || this).focus());""");
    }

    CommentForm(Section section, Poster poster) {
        String n = String.valueOf(section.number());
        Div form = getContent();
        form.addClassName("comment-form");
        form.setId("comment-form-" + n);
        H4 title = new H4(getTranslation("comment.form.title", section.number()));
        error.setId("comment-error-" + n);

        stance.setId("stance-" + n);
        stance.setLabel(getTranslation("comment.form.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        stance.setRequiredIndicatorVisible(true);
        // The service says what is missing, in words; an emptied form after posting is not an error.
        stance.setManualValidation(true);

        text.setId("comment-text-" + n);
        text.setLabel(getTranslation("comment.form.text"));
        text.setWidthFull();
        text.setRequiredIndicatorVisible(true);
        text.setManualValidation(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(250);
        counter.setId("comment-counter-" + n);
        counter.addClassName("comment-counter");
        text.addValueChangeListener(e -> count());
        // As the field's helper, the count is tied to the text box itself for screen readers.
        text.setHelperComponent(counter);
        count();
        KeptDraft draft = KeptDraft.keep(text, "comment", section.id());

        sentence.setId("quote-sentence-" + n);
        sentence.setLabel(getTranslation("comment.form.quote-pick"));
        sentence.setItems(sentences(SafeMarkdown.text(section.body()), getLocale()));
        sentence.setEmptySelectionAllowed(true);
        sentence.setEmptySelectionCaption(getTranslation("comment.form.quote-none"));
        sentence.setWidthFull();
        sentence.addValueChangeListener(e -> quote.setValue(e.getValue() == null ? "" : e.getValue()));
        quote.setId("quote-" + n);
        quote.setLabel(getTranslation("comment.form.quote"));
        quote.setHelperText(getTranslation("comment.form.quote-help"));
        quote.setWidthFull();
        quote.setClearButtonVisible(true);
        useSelection.setId("use-selection-" + n);
        useSelection.setText(getTranslation("comment.form.use-selection"));
        // The selection lives in the browser: read it there, and keep it only if it lies inside this section.
        useSelection.addClickListener(e -> useSelection.getElement().executeJs("""
                const selection = window.getSelection();
                const section = document.getElementById($0);
                if (!selection || selection.isCollapsed || !section
                        || !section.contains(selection.anchorNode) || !section.contains(selection.focusNode)) {
                    return '';
                }
                return selection.toString();""", "section-" + n).then(String.class, selected -> {
            if (selected == null || selected.isBlank()) {
                error.showKey("comment.form.no-selection");
            } else {
                quote.setValue(selected.strip());
                error.clear();
            }
        }));

        post.setId("post-comment-" + n);
        post.setText(getTranslation("comment.form.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> {
            try {
                poster.post(stance.getValue(), text.getValue(), quote.getValue());
                draft.forget();
                stance.clear();
                text.clear();
                quote.clear();
                sentence.clear();
                error.clear();
            } catch (RuleViolation refused) {
                error.show(refused);
            }
        });
        Div quoteRow = new Div(sentence, quote, useSelection);
        quoteRow.addClassName("comment-quote-row");
        form.add(title, error, stance, text, draft.note(), quoteRow, post);
    }

    private void count() {
        int used = text.getValue().strip().length();
        counter.setText(used <= LIMIT ? getTranslation("comment.form.count", used, LIMIT)
                : getTranslation("comment.form.count-over", used - LIMIT, LIMIT));
        counter.getElement().getClassList().set("over", used > LIMIT);
    }

    static List<String> sentences(String text, Locale locale) {
        List<String> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty() && sentence.length() <= 1000) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
