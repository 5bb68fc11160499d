package org.policycommons.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policycommons.support.TestLanguages.vietnamese;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.policycommons.board.BoardPacket;
import org.policycommons.common.Translations;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.MadeDistricts;
import org.policycommons.support.PdfUa;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A third language added by files alone: the test deployment's folder holds a Vietnamese bundle and Keycloak texts
 * (src/test/languages). An operator has a district offer it; the district's realm, its pages' languages and its
 * packets follow, and the packet prints Vietnamese with its diacritics.
 */
class DistrictLanguagesTest extends PortalIntegrationTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    DistrictLanguages languages;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    Translations translations;
    @Autowired
    PlatformKeycloak platform;
    @Autowired
    BoardPacket packet;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MadeDistricts madeDistricts;

    @AfterEach
    void removeTheDistrict() {
        madeDistricts.removeAll();
    }

    @Test
    void theDeploymentHasVietnameseFromItsFilesAlone() {
        assertThat(translations.deployed()).containsExactly(Locale.ENGLISH, SPANISH, VIETNAMESE);
        assertThat(translations.text("shell.sign-out", VIETNAMESE)).isEqualTo(vietnamese("shell.sign-out"))
                .isNotEqualTo(translations.text("shell.sign-out", Locale.ENGLISH));
        assertThat(districts.bySlug("springfield").orElseThrow().languages()).containsExactly(Locale.ENGLISH, SPANISH);
    }

    @Test
    void anOperatorHasADistrictOfferVietnameseAndItsRealmFollows() {
        SignedIn.asOperator(true);
        District district = madeDistricts.create("Little Saigon Schools");

        District changed = languages.change(district.slug(), List.of(VIETNAMESE, Locale.forLanguageTag("en-US")));

        assertThat(changed.languages()).containsExactly(VIETNAMESE, Locale.ENGLISH);
        assertThat(districts.bySlug(district.slug()).orElseThrow().languages()).containsExactly(VIETNAMESE, Locale.ENGLISH);
        RealmRepresentation realm = platform.client().realm(district.slug()).toRepresentation();
        assertThat(realm.getSupportedLocales()).containsExactlyInAnyOrder("vi", "en");
        assertThat(realm.getDefaultLocale()).isEqualTo("vi");
        assertThat(platform.client().realm(district.slug()).localization().getRealmLocalizationTexts("vi"))
                .as("the portal's registration labels in Vietnamese, and the deployment's keycloak_vi.properties")
                .containsEntry("pcRequestedRole", vietnamese("keycloak.pcRequestedRole"))
                .containsEntry("doLogIn", "Đăng nhập vào cổng thông tin");
        assertThat(jdbc.queryForObject("select after_value from audit_event where district_id = ? and action = ?",
                String.class, district.id(), "district.languages-changed")).contains("\"vi\"", "\"en\"");
        assertThat(jdbc.queryForObject("select before_value from audit_event where district_id = ? and action = ?",
                String.class, district.id(), "district.languages-changed")).contains("\"es\"");

        SignedIn.as(changed, "admin-" + district.slug(), "Lan Admin", PortalRole.DISTRICT_ADMIN);
        assertThat(packet.languages()).containsExactly(VIETNAMESE, Locale.ENGLISH);
    }

    @Test
    void languagesTheDeploymentLacksAndEmptyChoicesAreRefused() {
        SignedIn.asOperator(true);
        District district = madeDistricts.create("Refusing Schools");
        long entries = jdbc.queryForObject("select count(*) from audit_event where district_id = ?", Long.class,
                district.id());

        assertRefused(() -> languages.change(district.slug(), List.of(Locale.ENGLISH, Locale.forLanguageTag("so"))),
                "operator.error.language-not-deployed");
        assertRefused(() -> languages.change(district.slug(), List.of()), "operator.error.languages-required");
        assertRefused(() -> languages.change(district.slug(), null), "operator.error.languages-required");
        assertRefused(() -> languages.change("no-such-district", List.of(Locale.ENGLISH)),
                "operator.error.no-such-district");

        assertThat(districts.bySlug(district.slug()).orElseThrow().languages()).containsExactly(Locale.ENGLISH, SPANISH);
        assertThat(platform.client().realm(district.slug()).toRepresentation().getSupportedLocales())
                .containsExactlyInAnyOrder("en", "es");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where district_id = ?", Long.class,
                district.id())).isEqualTo(entries);
    }

    @Test
    void onlyPlatformAdminsChooseADistrictsLanguages() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        SignedIn.as(springfield, "admin-languages", "Dana Admin", PortalRole.DISTRICT_ADMIN);
        assertThatThrownBy(() -> languages.change("springfield", List.of(VIETNAMESE)))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.asOperator(false);
        assertThatThrownBy(() -> languages.change("springfield", List.of(VIETNAMESE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(districts.bySlug("springfield").orElseThrow().languages()).containsExactly(Locale.ENGLISH, SPANISH);
    }

    @Test
    void theVietnamesePacketPrintsItsDiacritics() throws IOException {
        District springfield = districts.bySlug("springfield").orElseThrow();
        long cycleId = jdbc.queryForObject("select max(id) from review_cycle where district_id = ?", Long.class,
                springfield.id());
        SignedIn.asOperator(true);
        languages.change("springfield", List.of(Locale.ENGLISH, SPANISH, VIETNAMESE));
        try {
            SignedIn.as(springfield, "admin-packet-vi", "Lan Admin", PortalRole.DISTRICT_ADMIN);
            assertThat(packet.languages()).containsExactly(Locale.ENGLISH, SPANISH, VIETNAMESE);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            packet.write(cycleId, VIETNAMESE, pdf);
            PdfUa.assertConforms(pdf.toByteArray(), "the Vietnamese packet");

            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains(vietnamese("packet.cover.title"))
                        .doesNotContain(translations.text("packet.unprintable", VIETNAMESE));
                assertThat(vietnamese("packet.cover.title")).as("a text with Vietnamese diacritics")
                        .containsPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
            }
        } finally {
            SignedIn.asOperator(true);
            languages.change("springfield", List.of(Locale.ENGLISH, SPANISH));
        }
        SignedIn.as(springfield, "admin-packet-vi", "Lan Admin", PortalRole.DISTRICT_ADMIN);
        ByteArrayOutputStream notOffered = new ByteArrayOutputStream();
        packet.write(cycleId, VIETNAMESE, notOffered);
        try (PDDocument document = Loader.loadPDF(notOffered.toByteArray())) {
            assertThat(document.getDocumentCatalog().getLanguage()).as("a language the district no longer offers")
                    .isEqualTo("en");
        }
    }


    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(OperatorRuleViolation.class)
                .extracting(e -> ((OperatorRuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
