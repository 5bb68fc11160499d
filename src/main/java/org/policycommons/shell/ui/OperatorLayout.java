package org.policycommons.shell.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.OperatorUser;
import org.policycommons.identity.Roles;
import org.policycommons.shell.Languages;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of the platform operators' pages under {@code /operator}, outside every district: the portal's name,
 * who is signed in, the language switch and sign-out, a skip link and the {@code main} landmark.
 */
@CssImport("./styles/portal.css")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class OperatorLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private final SkipLink skipLink = new SkipLink();
    private final Span appName = new Span();
    private final Span signedInAs = new Span();
    private final Button signOut = new Button();
    private final Main main = new Main();
    private final com.vaadin.flow.dom.Element footer = new com.vaadin.flow.dom.Element("footer");

    OperatorLayout(AuthenticationContext authentication) {
        addClassName("public-page");
        appName.addClassName("app-name");
        appName.setId("operator-title");
        signedInAs.setId("signed-in-as");
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOut.addClickListener(e -> authentication.logout());
        main.setId(SkipLink.TARGET_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("page");
        Div who = new Div(signedInAs);
        who.addClassName("who");
        Header header = new Header(skipLink, appName, new Div(), who, LanguageSwitch.ofDeployment(this::chooseLanguage), signOut);
        header.addClassName("portal-header");
        add(header, main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement(), footer);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        skipLink.setText(getTranslation("shell.skip"));
        appName.setText(getTranslation("operator.app-name"));
        signOut.setText(getTranslation("shell.sign-out"));
        footer.setAttribute("class", "portal-footer");
        footer.setProperty("innerHTML", DistrictLayout.footerLink("/public/accessibility",
                getTranslation("public.accessibility.link")));
        signedInAs.setText(CurrentUser.operator().map(OperatorUser::displayName)
                .map(name -> getTranslation("shell.signed-in-as", name)).orElse(""));
    }

    private void chooseLanguage(Locale locale) {
        Languages.apply(UI.getCurrent(), locale);
    }
}
