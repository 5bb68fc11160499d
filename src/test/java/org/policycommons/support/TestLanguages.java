package org.policycommons.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;

/** The test deployment's added language (src/test/languages), as its file says it. */
public final class TestLanguages {

    private TestLanguages() {
    }

    /** A text of the Vietnamese bundle, read from the file itself rather than through the portal. */
    public static String vietnamese(String key) {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(PortalIntegrationTest.LANGUAGES.resolve("translations_vi.properties"))) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bundle.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("The Vietnamese bundle has no " + key);
        }
        return text;
    }
}
