package org.policycommons.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages of this deployment and every text of the portal in each: English in
 * {@code vaadin-i18n/translations.properties}, every other language in a bundle beside it
 * ({@code translations_<language>.properties}, Spanish ships with the portal) or in the folder
 * {@code portal.languages.dir} ({@code PORTAL_LANGUAGES_DIR}), where a deployment adds a language by dropping its
 * files: the bundle, and where Keycloak's login pages lack the language, {@code keycloak_<language>.properties}
 * (docs/decisions/022). Languages are told apart by their language code. A text a bundle lacks is shown in English,
 * and the start-up log says how many a bundle lacks.
 */
@Component
public class Translations {

    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Portal texts whose key starts with this are written into each district's Keycloak realm, key without it. */
    public static final String KEYCLOAK_PREFIX = "keycloak.";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final Pattern BUNDLE_NAME = Pattern.compile("translations_([A-Za-z]{2,3})\\.properties");
    private static final Pattern KEYCLOAK_NAME = Pattern.compile("keycloak_([A-Za-z]{2,3})\\.properties");

    private final Map<String, Properties> texts;
    private final Map<String, Properties> keycloakTexts;
    private final List<Locale> deployed;
    private final List<Path> fonts;

    public Translations(@Value("${portal.languages.dir:}") String folder) {
        Map<String, Properties> found = new TreeMap<>();
        found.put(ENGLISH.getLanguage(), load(new PathMatchingResourcePatternResolver()
                .getResource("classpath:" + BUNDLE + ".properties")));
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + BUNDLE + "_*.properties")) {
                languageOf(BUNDLE_NAME, bundle.getFilename()).ifPresent(language -> found.put(language, load(bundle)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Properties> keycloak = new TreeMap<>();
        List<Path> fontFiles = new ArrayList<>();
        if (folder != null && !folder.isBlank()) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("portal.languages.dir (PORTAL_LANGUAGES_DIR) is not a folder: " + dir);
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    languageOf(BUNDLE_NAME, name).ifPresent(language -> found.put(language, load(file)));
                    languageOf(KEYCLOAK_NAME, name).ifPresent(language -> keycloak.put(language, load(file)));
                    if (name.toLowerCase(Locale.ROOT).matches(".+\\.(ttf|otf)")) {
                        fontFiles.add(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.texts = Collections.unmodifiableMap(found);
        this.keycloakTexts = Collections.unmodifiableMap(keycloak);
        this.fonts = List.copyOf(fontFiles);
        List<Locale> languages = new ArrayList<>();
        languages.add(ENGLISH);
        found.keySet().stream().filter(l -> !l.equals(ENGLISH.getLanguage())).map(Locale::forLanguageTag)
                .forEach(languages::add);
        this.deployed = List.copyOf(languages);
        reportMissing();
    }

    /**
     * The font files ({@code .ttf}, {@code .otf}) in the languages folder, by file name: the board packet prints a
     * script its own font lacks (Chinese, Arabic, ...) in the first of them that has it.
     */
    public List<Path> fonts() {
        return fonts;
    }

    /** The languages of this deployment: English first, then the others by language code. */
    public List<Locale> deployed() {
        return deployed;
    }

    /** The deployment's language of this code, if it has one. */
    public Optional<Locale> deployed(String language) {
        return deployed.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language)).findFirst();
    }

    /** The deployment's language closest to the given one: the same language, or English. */
    public Locale deployedOrEnglish(Locale locale) {
        return locale == null ? ENGLISH : deployed(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The first of a browser's languages ({@code Accept-Language}, best first) that this deployment has, or English. */
    public Locale firstDeployed(List<Locale> accepted) {
        return accepted.stream().flatMap(l -> deployed(l.getLanguage()).stream()).findFirst().orElse(ENGLISH);
    }

    /** Of the languages a district chose, those this deployment has, in the district's order; English if none. */
    public List<Locale> offered(List<Locale> chosen) {
        List<Locale> offered = chosen.stream().map(Locale::getLanguage).distinct()
                .flatMap(language -> deployed(language).stream()).toList();
        return offered.isEmpty() ? List.of(ENGLISH) : offered;
    }

    /** The language a reader gets among those offered: theirs if offered, else the first offered. */
    public Locale forReader(List<Locale> offered, Locale wanted) {
        return offered.stream().filter(l -> wanted != null && l.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElse(offered.getFirst());
    }

    /** A text in the language (English where its bundle lacks it), its placeholders filled in. */
    public String text(String key, Locale locale, Object... params) {
        Locale language = deployedOrEnglish(locale);
        String text = texts.get(language.getLanguage()).getProperty(key);
        if (text == null) {
            language = ENGLISH;
            text = texts.get(ENGLISH.getLanguage()).getProperty(key);
        }
        if (text == null) {
            return "!" + key + "!";
        }
        return params.length == 0 ? text : new MessageFormat(text, language).format(params);
    }

    /** A text as the language's own bundle gives it, without falling back to English; empty if it lacks it. */
    public Optional<String> ownText(String key, Locale locale) {
        Properties bundle = texts.get(locale.getLanguage());
        return Optional.ofNullable(bundle == null ? null : bundle.getProperty(key));
    }

    /**
     * What a district's Keycloak realm is told in this language: the portal's {@code keycloak.*} texts (the labels of
     * its own registration fields), then the deployment's {@code keycloak_<language>.properties}, which may add to
     * or override Keycloak's own texts.
     */
    public Map<String, String> keycloakTexts(Locale locale) {
        Map<String, String> realm = new LinkedHashMap<>();
        Properties portal = texts.getOrDefault(locale.getLanguage(), new Properties());
        Properties english = texts.get(ENGLISH.getLanguage());
        new TreeSet<>(english.stringPropertyNames()).stream().filter(key -> key.startsWith(KEYCLOAK_PREFIX))
                .forEach(key -> realm.put(key.substring(KEYCLOAK_PREFIX.length()),
                        portal.getProperty(key, english.getProperty(key))));
        Properties own = keycloakTexts.get(locale.getLanguage());
        if (own != null) {
            new TreeSet<>(own.stringPropertyNames()).forEach(key -> realm.put(key, own.getProperty(key)));
        }
        return realm;
    }

    private void reportMissing() {
        TreeSet<String> english = new TreeSet<>(texts.get(ENGLISH.getLanguage()).stringPropertyNames());
        texts.forEach((language, bundle) -> {
            List<String> missing = english.stream().filter(key -> bundle.getProperty(key) == null).toList();
            if (!missing.isEmpty()) {
                log.warn("The {} translations lack {} of the portal's {} texts, shown in English: {}{}", language,
                        missing.size(), english.size(), String.join(", ", missing.subList(0, Math.min(5, missing.size()))),
                        missing.size() > 5 ? ", …" : "");
            }
        });
        log.info("Languages of this deployment: {}", deployed.stream().map(Locale::toLanguageTag)
                .sorted(Comparator.naturalOrder()).toList());
    }

    private static Optional<String> languageOf(Pattern pattern, String fileName) {
        Matcher m = fileName == null ? null : pattern.matcher(fileName);
        return m != null && m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Properties load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Properties load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Properties load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return properties;
    }
}
