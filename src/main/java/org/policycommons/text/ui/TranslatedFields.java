package org.policycommons.text.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.text.Translated;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One text of the district, a field per language it offers (the first is the one readers fall back to): each field
 * is labelled with its language and carries its {@code lang}, so that a screen reader and a spell checker read it
 * in that language. Ids are {@code <id>-<language code>}.
 */
public final class TranslatedFields extends Div {

    private final Map<Locale, AbstractField<?, String>> fields = new LinkedHashMap<>();

    private TranslatedFields(String id, String labelKey, List<Locale> languages, Translated value, int longest,
                             boolean multiline) {
        setId(id);
        addClassName("translated-fields");
        for (Locale language : languages) {
            String label = getTranslation(labelKey, language.getDisplayLanguage(getLocale()));
            AbstractField<?, String> field;
            if (multiline) {
                TextArea area = new TextArea(label);
                area.setMaxLength(longest);
                area.setWidthFull();
                field = area;
            } else {
                TextField line = new TextField(label);
                line.setMaxLength(longest);
                line.setWidthFull();
                field = line;
            }
            ((Component) field).setId(id + "-" + language.getLanguage());
            field.getElement().setAttribute("lang", language.getLanguage());
            field.setValue(value.in(language).orElse(""));
            fields.put(language, field);
            add((Component) field);
        }
    }

    /** One line per language, labelled by {@code labelKey} with the language's name as {@code {0}}. */
    public static TranslatedFields line(String id, String labelKey, List<Locale> languages, Translated value,
                                        int longest) {
        return new TranslatedFields(id, labelKey, languages, value, longest, false);
    }

    /** A text area per language, labelled by {@code labelKey} with the language's name as {@code {0}}. */
    public static TranslatedFields area(String id, String labelKey, List<Locale> languages, Translated value,
                                        int longest) {
        return new TranslatedFields(id, labelKey, languages, value, longest, true);
    }

    /** What is typed, by language; a blank field is a language left out. */
    public Translated value() {
        Map<Locale, String> typed = new LinkedHashMap<>();
        fields.forEach((language, field) -> typed.put(language, field.getValue()));
        return Translated.of(typed);
    }

    public void setValue(Translated value) {
        fields.forEach((language, field) -> field.setValue(value.in(language).orElse("")));
    }

    public void clear() {
        setValue(Translated.NONE);
    }
}
