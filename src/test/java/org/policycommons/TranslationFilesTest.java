package org.policycommons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every screen works in every language present: each translation bundle (those that ship with the portal, and the
 * test deployment's in {@code src/test/languages}) holds exactly English's keys, none empty, with English's
 * placeholders, each a valid message format.
 */
class TranslationFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Path ENGLISH = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    private static final List<Path> FOLDERS = List.of(Path.of("src/main/resources/vaadin-i18n"), Path.of("src/test/languages"));

    static List<Path> bundles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().matches("translations_[a-z]{2,3}\\.properties")).sorted()
                        .forEach(found::add);
            }
        }
        return found;
    }

    @Test
    void spanishAndTheTestDeploymentsVietnameseArePresent() throws IOException {
        assertThat(bundles()).extracting(p -> p.getFileName().toString())
                .contains("translations_es.properties", "translations_vi.properties");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void eachBundleHasEnglishsKeys(Path bundle) throws IOException {
        assertThat(keys(load(bundle))).as("keys of %s", bundle).containsExactlyElementsOf(keys(load(ENGLISH)));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTranslationIsEmptyAndEachUsesEnglishsPlaceholders(Path bundle) throws IOException {
        Properties english = load(ENGLISH);
        Properties translated = load(bundle);
        for (String key : keys(english)) {
            assertThat(english.getProperty(key)).as("English %s", key).isNotBlank();
            assertThat(translated.getProperty(key, "")).as("%s in %s", key, bundle).isNotBlank();
            assertThat(placeholders(translated.getProperty(key, ""))).as("placeholders of %s in %s", key, bundle)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("everyFile")
    void textWithPlaceholdersHasNoBareApostrophe(Path file) throws IOException {
        // MessageFormat treats ' as a quote: "district's {0}" would lose the placeholder.
        Properties texts = load(file);
        for (String key : keys(texts)) {
            String value = texts.getProperty(key);
            if (PLACEHOLDER.matcher(value).find()) {
                assertThat(value.replace("''", "")).as("%s in %s", key, file).doesNotContain("'");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyFile")
    void everyTextWithPlaceholdersIsAValidMessageFormat(Path file) throws IOException {
        Properties texts = load(file);
        for (String key : keys(texts)) {
            String value = texts.getProperty(key);
            if (PLACEHOLDER.matcher(value).find()) {
                assertThatCode(() -> new MessageFormat(value, Locale.ENGLISH).format(new Object[] {1, 2, 3}))
                        .as("%s in %s", key, file).doesNotThrowAnyException();
            }
        }
    }

    static List<Path> everyFile() throws IOException {
        List<Path> all = new ArrayList<>(bundles());
        all.addFirst(ENGLISH);
        return all;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
