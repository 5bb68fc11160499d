package org.policycommons.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Texts from {@code vaadin-i18n/translations*.properties}: English in the base file, Spanish in {@code _es}.
 * Unlike Vaadin's default provider it lists English explicitly and never falls back to the server's own locale, so a
 * Spanish-speaking server still shows English to an English browser.
 */
@Component
public class PortalTranslations implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Languages.supportedOrDefault(locale == null ? Languages.ENGLISH : locale);
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, supported, PortalTranslations.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return params.length == 0 ? text : new MessageFormat(text, supported).format(params);
    }
}
