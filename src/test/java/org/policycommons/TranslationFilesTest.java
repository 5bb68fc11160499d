package org.policycommons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every screen works in English and Spanish: the two translation files must hold the same keys, none empty. */
class TranslationFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Properties english = load("vaadin-i18n/translations.properties");
        Properties spanish = load("vaadin-i18n/translations_es.properties");

        assertThat(keys(spanish)).as("keys of the Spanish file").containsExactlyElementsOf(keys(english));
    }

    @Test
    void noTranslationIsEmptyAndBothUseTheSamePlaceholders() throws IOException {
        Properties english = load("vaadin-i18n/translations.properties");
        Properties spanish = load("vaadin-i18n/translations_es.properties");
        for (String key : keys(english)) {
            assertThat(english.getProperty(key)).as("English %s", key).isNotBlank();
            assertThat(spanish.getProperty(key, "")).as("Spanish %s", key).isNotBlank();
            assertThat(placeholders(spanish.getProperty(key, ""))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void textWithPlaceholdersHasNoBareApostrophe() throws IOException {
        // MessageFormat treats ' as a quote: "district's {0}" would lose the placeholder.
        for (String file : new String[] {"vaadin-i18n/translations.properties", "vaadin-i18n/translations_es.properties"}) {
            Properties texts = load(file);
            for (String key : keys(texts)) {
                String value = texts.getProperty(key);
                if (PLACEHOLDER.matcher(value).find()) {
                    assertThat(value.replace("''", "")).as("%s in %s", key, file).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyTextWithPlaceholdersIsAValidMessageFormat() throws IOException {
        for (String file : new String[] {"vaadin-i18n/translations.properties", "vaadin-i18n/translations_es.properties"}) {
            Properties texts = load(file);
            for (String key : keys(texts)) {
                String value = texts.getProperty(key);
                if (PLACEHOLDER.matcher(value).find()) {
                    assertThatCode(() -> new MessageFormat(value, Locale.ENGLISH).format(new Object[] {1, 2, 3}))
                            .as("%s in %s", key, file).doesNotThrowAnyException();
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
