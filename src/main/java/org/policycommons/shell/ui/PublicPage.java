package org.policycommons.shell.ui;

import java.util.Locale;

import org.policycommons.shell.Languages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The frame of pages outside any district (the district list, not-found): the portal's name, the language switch,
 * a skip link and a {@code main} landmark that subclasses fill in {@link #render(Main)}.
 */
@CssImport("./styles/portal.css")
abstract class PublicPage extends Div implements LocaleChangeObserver {

    private final SkipLink skipLink = new SkipLink();
    private final Span appName = new Span();
    private final Main main = new Main();

    PublicPage() {
        addClassName("public-page");
        appName.addClassName("app-name");
        main.setId(SkipLink.TARGET_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("page");
        Header header = new Header(skipLink, appName, new Div(), LanguageSwitch.ofDeployment(this::chooseLanguage));
        header.addClassName("portal-header");
        add(header, main);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        skipLink.setText(getTranslation("shell.skip"));
        appName.setText(getTranslation("app.name"));
        main.removeAll();
        render(main);
    }

    protected abstract void render(Main main);

    private void chooseLanguage(Locale locale) {
        Languages.apply(UI.getCurrent(), locale);
    }
}
