package org.policycommons.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A language is added to a deployment by dropping its files in a folder; what a bundle lacks is said in English. */
class TranslationsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale SOMALI = Locale.forLanguageTag("so");

    @TempDir
    Path folder;

    @Test
    void withoutAFolderTheDeploymentHasEnglishAndSpanish() {
        assertThat(new Translations("").deployed()).containsExactly(Locale.ENGLISH, SPANISH);
    }

    @Test
    void aBundleInTheFolderAddsItsLanguageAndWhatItLacksIsSaidInEnglish() throws IOException {
        Files.writeString(folder.resolve("translations_so.properties"), """
                shell.sign-out=Ka bax
                landing.enrolment={0,number,integer} arday
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "not a bundle", StandardCharsets.UTF_8);
        Translations translations = new Translations(folder.toString());

        assertThat(translations.deployed()).containsExactly(Locale.ENGLISH, SPANISH, SOMALI);
        assertThat(translations.text("shell.sign-out", SOMALI)).isEqualTo("Ka bax");
        assertThat(translations.text("landing.enrolment", SOMALI, 24500)).isEqualTo("24,500 arday");
        assertThat(translations.text("shell.skip", SOMALI)).isEqualTo("Skip to main content");
        assertThat(translations.text("shell.sign-out", Locale.JAPANESE)).isEqualTo("Sign out");
    }

    @Test
    void aDistrictOffersTheDeployedLanguagesItChoseInItsOrder() throws IOException {
        Files.writeString(folder.resolve("translations_so.properties"), "shell.sign-out=Ka bax\n");
        Translations translations = new Translations(folder.toString());

        List<Locale> offered = translations.offered(List.of(SOMALI, Locale.forLanguageTag("vi"), Locale.ENGLISH));
        assertThat(offered).containsExactly(SOMALI, Locale.ENGLISH);
        assertThat(translations.offered(List.of(Locale.forLanguageTag("vi")))).containsExactly(Locale.ENGLISH);
        assertThat(translations.forReader(offered, Locale.forLanguageTag("en-US"))).isEqualTo(Locale.ENGLISH);
        assertThat(translations.forReader(offered, SPANISH)).as("not offered: the district's first").isEqualTo(SOMALI);
        assertThat(translations.forReader(offered, null)).isEqualTo(SOMALI);
        assertThat(translations.firstDeployed(List.of(Locale.JAPANESE, Locale.forLanguageTag("so-SO"))))
                .isEqualTo(SOMALI);
    }

    @Test
    void theRealmsTextsAreThePortalsKeycloakTextsThenTheDeploymentsOwn() throws IOException {
        Files.writeString(folder.resolve("translations_so.properties"),
                "keycloak.pcRequestedRole=Waxaan ka qaybqaataa sidii\n");
        Files.writeString(folder.resolve("keycloak_so.properties"), "doLogIn=Gal\npcRole_student=Arday\n");
        Translations translations = new Translations(folder.toString());

        assertThat(translations.keycloakTexts(SOMALI))
                .containsEntry("pcRequestedRole", "Waxaan ka qaybqaataa sidii")
                .containsEntry("pcRole_student", "Arday")
                .containsEntry("pcRole_family", "A parent or guardian (family member)")
                .containsEntry("doLogIn", "Gal");
        assertThat(translations.keycloakTexts(SPANISH)).containsEntry("pcRequestedRole", "Participo como")
                .doesNotContainKey("doLogIn");
    }

    @Test
    void aFolderThatIsNotThereStopsTheStart() {
        assertThatThrownBy(() -> new Translations(folder.resolve("missing").toString()))
                .hasMessageContaining("PORTAL_LANGUAGES_DIR");
    }
}
