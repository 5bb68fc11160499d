package org.policycommons.shell;

import java.util.List;
import java.util.Locale;

import org.policycommons.common.Translations;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's texts: the deployment's {@link Translations}. Unlike Vaadin's default provider it lists English explicitly
 * and never falls back to the server's own locale, so a Spanish-speaking server still shows English to an English
 * browser; a text a language lacks is shown in English.
 */
@Component
public class PortalTranslations implements I18NProvider {

    private final Translations translations;

    public PortalTranslations(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return translations.deployed();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.text(key, locale, params);
    }
}
