package org.policycommons.shell.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.policycommons.shell.Languages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinService;

/**
 * One button per language offered, each named in its own language ("English", "Español", "Tiếng Việt"), so a reader
 * who cannot read the current language still finds theirs. The current one is marked pressed for screen readers.
 * With one language there is nothing to switch, and no switch is shown.
 */
class LanguageSwitch extends Div implements LocaleChangeObserver {

    private final Consumer<Locale> onChoose;

    LanguageSwitch(List<Locale> languages, Consumer<Locale> onChoose) {
        this.onChoose = onChoose;
        addClassName("language-switch");
        getElement().setAttribute("role", "group");
        show(languages);
    }

    /** For pages outside any district: every language of the deployment. */
    static LanguageSwitch ofDeployment(Consumer<Locale> onChoose) {
        return new LanguageSwitch(VaadinService.getCurrent().getInstantiator().getI18NProvider().getProvidedLocales(),
                onChoose);
    }

    /** Offers these languages, in this order. */
    void show(List<Locale> languages) {
        removeAll();
        setVisible(languages.size() > 1);
        for (Locale locale : languages) {
            Button button = Drawn.text(new Button(), Languages.ownName(locale));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("lang", locale.getLanguage());
            button.setId("language-" + locale.getLanguage());
            button.addClickListener(e -> onChoose.accept(locale));
            add(button);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            mark(ui.getLocale());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        mark(event.getLocale());
    }

    private void mark(Locale current) {
        getChildren().forEach(child -> child.getElement().setAttribute("aria-pressed",
                String.valueOf(current.getLanguage().equals(child.getElement().getAttribute("lang")))));
    }
}
