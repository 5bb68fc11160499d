package org.policycommons.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.common.RuleViolation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The public home's introduction, the first text of the one translation model (docs/decisions/023): written by a
 * district admin in each of the district's languages, shown in the reader's language, else in the district's first
 * language with its {@code lang} and a note saying which; refused in words for a language the district lacks, a
 * missing first language or a text too long; audited; another district never reads it.
 */
class PublicIntroductionTest extends PortalIntegrationTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final String ENGLISH_TEXT = "Our school resource officer policy is under review.\n\nTell us what you think.";
    private static final String SPANISH_TEXT = "Nuestra política de agentes escolares está en revisión.";

    @Autowired
    PublicSettings settings;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    TranslatedTexts texts;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private District springfield;

    @BeforeEach
    void asAdmin() {
        springfield = districts.bySlug("springfield").orElseThrow();
        SignedIn.as(springfield, "admin-introduction", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    @AfterEach
    void noIntroductionAgain() {
        asAdmin();
        settings.introduce(Translated.NONE);
    }

    @Test
    void eachReaderReadsTheIntroductionInTheirLanguage() throws Exception {
        settings.introduce(typed(ENGLISH_TEXT, SPANISH_TEXT));

        String english = page("en");
        assertThat(english).contains("<div class=\"introduction\" id=\"introduction\" lang=\"en\">")
                .contains("<p>Our school resource officer policy is under review.</p>", "<p>Tell us what you think.</p>")
                .doesNotContain(SPANISH_TEXT).doesNotContain("introduction-fallback");
        String spanish = page("es");
        assertThat(spanish).contains("lang=\"es\">").contains(SPANISH_TEXT).doesNotContain("introduction-fallback");
    }

    @Test
    void aLanguageLeftEmptyIsReadInTheFirstMarkedAsSuch() throws Exception {
        settings.introduce(typed(ENGLISH_TEXT, "  "));

        String spanish = page("es");
        assertThat(spanish).contains("<div class=\"introduction\" id=\"introduction\" lang=\"en\">")
                .contains("Tell us what you think.")
                .contains("<p class=\"fallback-note\" id=\"introduction-fallback\">(en inglés)</p>");
    }

    @Test
    void refusalsSayWhyAndChangeNothing() {
        settings.introduce(typed(ENGLISH_TEXT, SPANISH_TEXT));
        long entries = auditEntries();

        assertRefused(() -> settings.introduce(typed("", SPANISH_TEXT)), "text.error.first-language-required");
        assertRefused(() -> settings.introduce(Translated.of(Map.of(Locale.ENGLISH, ENGLISH_TEXT, Locale.forLanguageTag("vi"), "Xin chào"))),
                "text.error.language-not-offered");
        assertRefused(() -> settings.introduce(typed("x".repeat(PublicSettings.INTRODUCTION_MAX + 1), SPANISH_TEXT)),
                "text.error.too-long");

        assertThat(settings.introduction().byLanguage()).containsExactly(Map.entry("en", ENGLISH_TEXT),
                Map.entry("es", SPANISH_TEXT));
        assertThat(auditEntries()).isEqualTo(entries);
    }

    @Test
    void eachChangeIsAuditedOnceAndOnlyAdminsMakeIt() {
        long entries = auditEntries();
        settings.introduce(typed(ENGLISH_TEXT, ""));
        settings.introduce(typed(ENGLISH_TEXT, ""));
        settings.introduce(typed(ENGLISH_TEXT, SPANISH_TEXT));
        assertThat(auditEntries()).isEqualTo(entries + 2);
        assertThat(jdbc.queryForObject("""
                select after_value from audit_event where district_id = ? and action = 'public.introduction'
                order by id desc limit 1""", String.class, springfield.id())).contains(SPANISH_TEXT);

        SignedIn.as(springfield, "family-introduction", "Fay Family", PortalRole.FAMILY);
        assertThatThrownBy(() -> settings.introduce(typed("Mine now", ""))).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(springfield, "board-introduction", "Bo Board", PortalRole.BOARD);
        assertThatThrownBy(() -> settings.introduce(typed("Mine now", ""))).isInstanceOf(AccessDeniedException.class);
        asAdmin();
        assertThat(settings.introduction().in(Locale.ENGLISH)).hasValue(ENGLISH_TEXT);
    }

    @Test
    void anotherDistrictNeverReadsIt() throws Exception {
        settings.introduce(typed(ENGLISH_TEXT, SPANISH_TEXT));
        District riverside = districts.bySlug("riverside").orElseThrow();

        assertThat(TenantScope.callAs(riverside.id(), () -> texts.of(Subject.PUBLIC_INTRODUCTION, springfield.id()))
                .isEmpty()).isTrue();
        assertThat(get("/public/riverside", "en")).doesNotContain(ENGLISH_TEXT).doesNotContain("id=\"introduction\"");
    }

    @Test
    void allEmptyRemovesIt() throws Exception {
        settings.introduce(typed(ENGLISH_TEXT, SPANISH_TEXT));
        settings.introduce(typed(" ", ""));
        assertThat(settings.introduction().isEmpty()).isTrue();
        assertThat(page("en")).doesNotContain("id=\"introduction\"");
    }

    private static Translated typed(String english, String spanish) {
        Map<Locale, String> typed = new LinkedHashMap<>();
        typed.put(Locale.ENGLISH, english);
        typed.put(SPANISH, spanish);
        return Translated.of(typed);
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_event where district_id = ? and action = 'public.introduction'",
                Long.class, springfield.id());
    }

    private String page(String language) throws IOException, InterruptedException {
        return get("/public/springfield", language);
    }

    private String get(String path, String language) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
