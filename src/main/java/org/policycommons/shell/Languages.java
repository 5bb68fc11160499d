package org.policycommons.shell;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;

/**
 * Switching a page's language. Which languages there are is the deployment's ({@link
 * org.policycommons.common.Translations}), and of those, each district's choice.
 */
public final class Languages {

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

    /** A language's name in itself, capitalised: "English", "Español", "Tiếng Việt". */
    public static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
