package org.policycommons.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PortalTranslationsTest {

    private final PortalTranslations translations = new PortalTranslations(new org.policycommons.common.Translations(""));

    @Test
    void offersEnglishAndSpanish() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("es"));
    }

    @Test
    void englishStaysEnglishOnAServerWhoseOwnLanguageIsSpanish() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            assertThat(translations.getTranslation("shell.sign-out", Locale.forLanguageTag("en-US"))).isEqualTo("Sign out");
            assertThat(translations.getTranslation("shell.sign-out", Locale.forLanguageTag("es-US"))).isEqualTo("Cerrar sesión");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void anUnsupportedLanguageGetsEnglishAndParametersAreFilledIn() {
        assertThat(translations.getTranslation("shell.role", Locale.JAPANESE, "Family")).isEqualTo("Role: Family");
        assertThat(translations.getTranslation("landing.enrolment", Locale.ENGLISH, 24500)).isEqualTo("24,500 students");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
