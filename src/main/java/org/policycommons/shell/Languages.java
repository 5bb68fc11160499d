package org.policycommons.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;

/** The languages every screen is offered in; adding one is adding a translation file and a line here. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private Languages() {
    }

    /** Switches every open page of this session, and the page's {@code lang} for screen readers. */
    public static void apply(UI ui, Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        // Vaadin sets the title on navigation only; the open page's title must follow the language too.
        ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(HasDynamicTitle.class::isInstance)
                .map(target -> ((HasDynamicTitle) target).getPageTitle())
                .findFirst()
                .ifPresent(ui.getPage()::setTitle);
    }

    public static Locale supportedOrDefault(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ENGLISH);
    }
}
