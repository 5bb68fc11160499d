package org.policycommons.shell.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.policycommons.shell.Languages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * One button per language, each named in its own language ("English", "Español"), so a reader who cannot read
 * the current language still finds theirs. The current one is marked pressed for screen readers.
 */
class LanguageSwitch extends Div implements LocaleChangeObserver {

    LanguageSwitch(Consumer<Locale> onChoose) {
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        for (Locale locale : Languages.SUPPORTED) {
            String name = locale.getDisplayLanguage(locale);
            Button button = new Button(name.substring(0, 1).toUpperCase(locale) + name.substring(1));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("lang", locale.getLanguage());
            button.setId("language-" + locale.getLanguage());
            button.addClickListener(e -> onChoose.accept(locale));
            add(button);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        String current = event.getLocale().getLanguage();
        getChildren().forEach(child -> child.getElement().setAttribute("aria-pressed",
                String.valueOf(current.equals(child.getElement().getAttribute("lang")))));
    }
}
