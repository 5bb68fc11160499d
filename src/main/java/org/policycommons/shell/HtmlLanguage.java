package org.policycommons.shell;

import java.util.Collections;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Sets {@code <html lang>} of every page to the language the page is shown in, so a screen reader reads Spanish as
 * Spanish from the first response. (Vaadin would use the first supported language, whatever the reader asked for.)
 */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Locale locale = page.getUI().map(UI::getLocale).orElseGet(() -> preferred(page.getVaadinRequest()));
            page.getDocument().selectFirst("html").attr("lang", Languages.supportedOrDefault(locale).getLanguage());
        });
    }

    private static Locale preferred(VaadinRequest request) {
        for (Locale asked : Collections.list(request.getLocales())) {
            for (Locale supported : Languages.SUPPORTED) {
                if (supported.getLanguage().equals(asked.getLanguage())) {
                    return supported;
                }
            }
        }
        return Languages.ENGLISH;
    }
}
