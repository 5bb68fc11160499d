package org.policycommons.shell;

import java.util.Collections;
import java.util.Locale;

import org.policycommons.common.Translations;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Sets {@code <html lang>} of every page to the language the page is shown in, so a screen reader reads Spanish as
 * Spanish from the first response. (Vaadin would use the first supported language, whatever the reader asked for.)
 */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

    private final Translations translations;

    HtmlLanguage(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Locale locale = page.getUI().map(UI::getLocale)
                    .orElseGet(() -> translations.firstDeployed(Collections.list(page.getVaadinRequest().getLocales())));
            page.getDocument().selectFirst("html").attr("lang", translations.deployedOrEnglish(locale).getLanguage());
        });
    }
}
