package org.policycommons.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;

import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.audit.AuditLog;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.ModerationService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Section;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The public pages over real HTTP, as a reader with no account: what they show and hide, in which language, how they
 * cache, that they make no session, and that one district's address never reaches another district's records.
 */
class PublicPagesTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2036, 1, 8);

    @Autowired
    DistrictDirectory districts;
    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    CommentService comments;
    @Autowired
    ModerationService moderation;
    @Autowired
    PublicSettings settings;
    @Autowired
    AuditLog audit;
    @Autowired
    ServletWebServerApplicationContext server;
    @Autowired
    org.policycommons.board.PublishedPackets packets;
    @Autowired
    org.policycommons.support.MadeDistricts madeDistricts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private District springfield;
    private String run;
    private long draftId;
    private Section purpose;
    private Section discipline;

    @BeforeEach
    void aDraftWithCommentsOfEveryKind() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1));
        asAdmin();
        long cycleId = cycles.createCycle(CyclePlans.sample(START));
        draftId = drafts.createDraft(cycleId, "Public SRO policy " + run, """
                # Purpose
                Officers keep schools safe.

                # Discipline
                SROs take no part in school discipline.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        purpose = drafts.version(draftId, 1).orElseThrow().sections().get(0);
        discipline = drafts.version(draftId, 1).orElseThrow().sections().get(1);
        standAt(START.plusDays(12));
    }

    @AfterEach
    void studentsCommentsKeptAgain() {
        asAdmin();
        settings.showStudentsComments(false);
    }

    @Test
    void aSectionShowsWhatPeopleSaidButNotStudentsHiddenOrWithdrawnText() throws Exception {
        as("family-" + run, "Maria Lopez", PortalRole.FAMILY);
        long family = comments.post(discipline.id(), Stance.SUPPORT, "Parents agree " + run, null, Locale.ENGLISH);
        long withdrawn = comments.post(discipline.id(), Stance.CONCERN, "Second thoughts " + run, null, Locale.ENGLISH);
        comments.withdraw(withdrawn);
        as("student-" + run, "Jordan Reyes", PortalRole.STUDENT);
        comments.post(discipline.id(), Stance.CONCERN, "Students worry " + run, null, Locale.ENGLISH);
        comments.reply(family, "A student reply " + run, Locale.ENGLISH);
        as("educator-" + run, "Daniel Okafor", PortalRole.EDUCATOR);
        long rude = comments.post(discipline.id(), Stance.CONCERN, "Rude words " + run, null, Locale.ENGLISH);
        as("moderator-" + run, "Grace Kim", PortalRole.MODERATOR);
        moderation.hide(rude, "Personal attack");
        SignedIn.out();

        HttpResponse<String> page = get(PublicPaths.section("springfield", discipline.id()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Parents agree " + run, "Maria Lopez", "Discipline")
                .contains("Removed by moderator", "Personal attack")
                .contains("2 comments from students, visible to signed-in members of the district")
                .doesNotContain("Students worry " + run, "A student reply " + run, "Jordan Reyes",
                        "Rude words " + run, "Second thoughts " + run);

        // The district shows students' comments: by pseudonym, never by name; the change is audited.
        asAdmin();
        settings.showStudentsComments(true);
        String pseudonym = comments.comments(discipline.id(), PageRequest.of(0, 20)).getContent().stream()
                .filter(c -> c.author().student()).findFirst().orElseThrow().author().shownAs();
        assertThat(audit.entries(null, "admin-" + run, PageRequest.of(0, 5)).getContent())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("public.students-comments"));
        SignedIn.out();
        // Only the comments written in one language; a language the district does not offer is a bad request.
        assertThat(get(PublicPaths.section("springfield", discipline.id()) + "?language=es").body())
                .contains("id=\"comment-languages\"").doesNotContain("Students worry " + run);
        assertThat(get(PublicPaths.section("springfield", discipline.id()) + "?language=xx").statusCode()).isEqualTo(400);
        // Order and filters from the address, kept in the page's links; a value the portal does not know, or a group
        // too small to be picked out (one student), is a bad request said in words.
        String section = PublicPaths.section("springfield", discipline.id());
        HttpResponse<String> supportOnly = get(section + "?stance=support&sort=newest");
        assertThat(supportOnly.statusCode()).isEqualTo(200);
        assertThat(supportOnly.body()).contains("Parents agree " + run, "id=\"comment-filters\"")
                .doesNotContain("Students worry " + run);
        HttpResponse<String> badSort = get(section + "?sort=loudest");
        assertThat(badSort.statusCode()).isEqualTo(400);
        assertThat(badSort.body()).contains("“loudest” is not a value the portal knows for “sort”.");
        assertThat(get(section + "?stance=angry").statusCode()).isEqualTo(400);
        assertThat(get(section + "?group=student").statusCode()).isEqualTo(400);
        assertThat(get(section + "?answered=no&channel=paper_form").body()).contains("No comment matches these choices.");
        // Searching the version's comments by words; an empty or too long search is a bad request said in words.
        String search = PublicPaths.version("springfield", draftId, 1) + "/search?q=";
        HttpResponse<String> found = get(search + "parents+agree");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Parents agree " + run, "On section 2. Discipline")
                .doesNotContain("Rude words " + run);
        assertThat(get(search + "%20").statusCode()).isEqualTo(400);
        assertThat(get(search + "x".repeat(201)).body()).contains("A search can have at most 200 characters");
        HttpResponse<String> withStudents = get(PublicPaths.section("springfield", discipline.id()));
        assertThat(withStudents.body()).contains("Students worry " + run, "A student reply " + run, pseudonym)
                .doesNotContain("Jordan Reyes", "comments from students, visible");
    }

    @Test
    void pagesAreCachedByTheirBytesAndANewCommentChangesTheSectionsTag() throws Exception {
        String path = PublicPaths.section("springfield", purpose.id());
        HttpResponse<String> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        assertThat(first.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + path))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        as("family-" + run, "Maria Lopez", PortalRole.FAMILY);
        comments.post(purpose.id(), Stance.QUESTION, "A new question " + run, null, Locale.ENGLISH);
        SignedIn.out();
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + path))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("A new question " + run);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void noPublicPageMakesASession() throws Exception {
        int before = activeSessions();
        for (String path : new String[] {"/public/springfield", "/public/springfield/policy", "/public/springfield/reviews",
                PublicPaths.version("springfield", draftId, 1), PublicPaths.section("springfield", discipline.id()),
                PublicPaths.district("springfield") + "/no-such-page", "/public/nowhere", "/public/assets/public.css",
                PublicPaths.section("springfield", discipline.id()) + "?page=0", "/public", "/",
                "/public/springfield/feed.atom", "/public/springfield/calendar.ics", "/public/springfield/card",
                "/public/springfield/sitemap.xml", "/d/springfield", "/favicon.ico", "/public/springfield/accessibility",
                "/public/accessibility"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(page.body()).as(path).doesNotContain("Exception", "at org.", "SQL");
        }
        assertThat(activeSessions()).isEqualTo(before);
    }

    @Test
    void theAccessibilityStatementNamesTheContactTheDistrictSet() throws Exception {
        asAdmin();
        settings.nameAccessibilityContact("");
        SignedIn.out();
        HttpResponse<String> none = get("/public/springfield/accessibility");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("<h1 id=\"accessibility-title\">Accessibility statement</h1>", "WCAG", "2.1",
                "PDF/UA-1", "axe-core", "veraPDF", "has not named an accessibility contact yet");

        asAdmin();
        assertThatThrownBy(() -> settings.nameAccessibilityContact("x".repeat(PublicSettings.CONTACT_MAX + 1)))
                .isInstanceOf(org.policycommons.common.RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "public.error.contact-too-long");
        assertThatThrownBy(() -> settings.nameAccessibilityContact("Office\nof <b>access</b>"))
                .isInstanceOf(org.policycommons.common.RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "public.error.contact-one-line");
        String contact = "Office of Civil Rights <access@springfield.example.org>, 555-0142 " + run;
        assertThat(settings.nameAccessibilityContact("  " + contact + " ")).isEqualTo(contact);
        assertThat(audit.entries(null, "admin-" + run, PageRequest.of(0, 5)).getContent())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("public.accessibility-contact"));
        SignedIn.out();
        try {
            HttpResponse<String> named = get("/public/springfield/accessibility?lang=es");
            assertThat(named.body()).contains("Declaración de accesibilidad", "lang=\"es\"",
                            "Office of Civil Rights &lt;access@springfield.example.org&gt;, 555-0142 " + run)
                    .as("the contact is text, never markup").doesNotContain("<access@");
            assertThat(get("/public/riverside/accessibility").body()).as("one district's contact only")
                    .doesNotContain(run);
            assertThat(get("/public/accessibility").body()).contains("/public/springfield/accessibility",
                    "/public/riverside/accessibility").doesNotContain(run);
            assertThat(get("/public/springfield/policy").body()).as("the footer links the statement")
                    .contains("id=\"accessibility-link\" href=\"/public/springfield/accessibility\"");
        } finally {
            asAdmin();
            settings.nameAccessibilityContact("");
        }
    }

    @Test
    void badAddressesAreAnsweredInWordsWithTheirStatus() throws Exception {
        assertThat(get("/public/nowhere").statusCode()).isEqualTo(404);
        HttpResponse<String> unknownPage = get("/public/springfield/no-such-page");
        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(unknownPage.body()).contains("Page not found");
        assertThat(get(PublicPaths.version("springfield", draftId, 9)).statusCode()).isEqualTo(404);
        assertThat(get("/public/springfield/drafts/abc/v/1").statusCode()).isEqualTo(400);
        HttpResponse<String> pageZero = get(PublicPaths.section("springfield", discipline.id()) + "?page=0");
        assertThat(pageZero.statusCode()).isEqualTo(400);
        assertThat(pageZero.body()).contains("pages are numbered from 1");
        HttpResponse<String> pastTheEnd = get(PublicPaths.section("springfield", discipline.id()) + "?page=5");
        assertThat(pastTheEnd.statusCode()).isEqualTo(400);
        assertThat(pastTheEnd.body()).contains("There is no page 5");
        assertThat(get("/public/springfield?lang=fr").statusCode()).isEqualTo(400);
        assertThat(get(PublicPaths.compare("springfield", draftId, 1, 1)).statusCode()).isEqualTo(400);
    }

    @Test
    void oneDistrictsAddressNeverShowsAnothersRecords() throws Exception {
        assertThat(get(PublicPaths.section("riverside", discipline.id())).statusCode()).isEqualTo(404);
        assertThat(get(PublicPaths.version("riverside", draftId, 1)).statusCode()).isEqualTo(404);
        assertThat(get(PublicPaths.clause("riverside", draftId, discipline.key(), 1)).statusCode()).isEqualTo(404);
        HttpResponse<String> reviews = get("/public/riverside/reviews");
        assertThat(reviews.body()).doesNotContain("Public SRO policy " + run);
    }

    @Test
    void pagesSpeakTheReadersLanguageAndKeepTheOneTheyChose() throws Exception {
        HttpResponse<String> spanishBrowser = http.send(HttpRequest.newBuilder(URI.create(portalUrl()
                + "/public/springfield")).header("Accept-Language", "es-US,es;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(spanishBrowser.body()).contains("<html lang=\"es\"", "Inicie sesión para participar")
                .contains("href=\"/public/springfield/policy\"");
        HttpResponse<String> chosen = get("/public/springfield?lang=es");
        assertThat(chosen.body()).contains("Inicie sesión para participar")
                .contains("href=\"/public/springfield/policy?lang=es\"")
                .contains("href=\"/public/springfield?lang=en\"");
        assertThat(get("/public/springfield").body()).contains("<html lang=\"en\"", "Sign in to take part");
    }

    @Test
    void aClauseLinkSaysWhenTheClauseChangedAndShowsItsCurrentWording() throws Exception {
        standAt(START.plusDays(37)); // revision: comment and vote have closed
        asAdmin();
        drafts.startNextVersion(draftId, drafts.draft(draftId).orElseThrow().version());
        drafts.saveWorkingText(draftId, drafts.draft(draftId).orElseThrow().version(), """
                # Purpose
                Officers keep schools safe.

                # Discipline
                SROs take no part in school discipline, ever.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        SignedIn.out();

        HttpResponse<String> changed = get(PublicPaths.clause("springfield", draftId, discipline.key(), 1));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("This clause has changed since version 1", "school discipline, ever.");
        HttpResponse<String> same = get(PublicPaths.clause("springfield", draftId, purpose.key(), 1));
        assertThat(same.body()).contains("This is the clause as it stands in version 2");
        assertThat(get(PublicPaths.clause("springfield", draftId, "no-such-clause", 1)).statusCode()).isEqualTo(404);

        HttpResponse<String> redline = get(PublicPaths.compare("springfield", draftId, 1, 2));
        assertThat(redline.statusCode()).isEqualTo(200);
        assertThat(redline.body()).contains("<ins>", "ever.");
    }

    @Test
    void aVisitorsFirstPageListsTheDistrictsWithoutASession() throws Exception {
        HttpResponse<String> first = get("/");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/public");
        HttpResponse<String> list = get("/public");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"district-springfield\"", "href=\"/public/springfield\"",
                "Riverside Unified School District", "href=\"/operator\"");
        assertThat(get("/public?lang=es").body()).contains("Elija su distrito escolar", "href=\"/public/springfield?lang=es\"");
    }

    @Test
    void aVisitorToADistrictsAddressIsShownItsPublicHome() throws Exception {
        HttpResponse<String> visit = get("/d/springfield");
        assertThat(visit.statusCode()).isEqualTo(302);
        assertThat(visit.headers().firstValue("Location").orElseThrow()).endsWith("/public/springfield");
        HttpResponse<String> signIn = get("/d/springfield?sign-in");
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).contains("/oauth2/authorization/springfield");
        HttpResponse<String> home = get("/public/springfield");
        assertThat(home.body()).contains("href=\"/d/springfield?sign-in\"", "Springfield");
    }

    @Test
    void theFeedsParseWithTheirLibrariesAndFollowTheReview() throws Exception {
        // A district of its own, so that the feed's newest entries are this test's whatever other tests left in
        // Springfield (the feed keeps its newest 50).
        District own = madeDistricts.create("Feed Schools " + run);
        try {
            SignedIn.as(own, "admin-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
            long cycleId = cycles.createCycle(CyclePlans.sample(START));
            long draft = drafts.createDraft(cycleId, "Feed SRO policy " + run, "# Purpose\nOfficers keep schools safe.\n");
            drafts.publish(draft, drafts.draft(draft).orElseThrow().version());
            SignedIn.out();
            HttpResponse<String> atom = get("/public/" + own.slug() + "/feed.atom");
            assertThat(atom.statusCode()).isEqualTo(200);
            assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
            com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput()
                    .build(new java.io.StringReader(atom.body()));
            assertThat(feed.getEntries()).extracting(com.rometools.rome.feed.synd.SyndEntry::getTitle)
                    .contains("Feed SRO policy " + run + ", version 1, published")
                    .anySatisfy(title -> assertThat(title).startsWith("Public comment opened"))
                    .noneSatisfy(title -> assertThat(title).contains("Public SRO policy " + run));
        } finally {
            madeDistricts.remove(own.slug());
        }

        HttpResponse<String> ics = get("/public/springfield/calendar.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics.body()));
        assertThat(calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT"))
                .anySatisfy(e -> {
                    assertThat(e.getSummary().getValue()).startsWith("Public comment: 2030–31 SRO policy review");
                    assertThat(e.getDateTimeStart().getValue()).isEqualTo("20360118");
                });
        // Stable from one request to the next, so that caches and calendars can keep it.
        assertThat(get("/public/springfield/calendar.ics").headers().firstValue("ETag"))
                .isEqualTo(ics.headers().firstValue("ETag"));

        HttpResponse<String> sitemap = get("/public/springfield/sitemap.xml");
        assertThat(sitemap.body()).contains(portalUrl() + PublicPaths.section("springfield", discipline.id()) + "<",
                portalUrl() + "/public/springfield/policy<");
        assertThat(get("/public/riverside/sitemap.xml").body()).doesNotContain("/sections/" + discipline.id() + "<");
    }

    @Test
    void theCardMayBeFramedOnlyByTheWebsitesTheDistrictNamed() throws Exception {
        asAdmin();
        settings.allowEmbeddingBy("");
        SignedIn.out();
        assertThat(get("/public/springfield/card").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(get("/public/springfield").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");

        asAdmin();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.allowEmbeddingBy("http://insecure.example.org"))
                .isInstanceOf(org.policycommons.common.RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "public.error.origin");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.allowEmbeddingBy("https://x.example.org/page"))
                .isInstanceOf(org.policycommons.common.RuleViolation.class);
        settings.allowEmbeddingBy("https://www.springfield.k12.example\nhttps://news.example.org");
        assertThat(audit.entries(null, "admin-" + run, PageRequest.of(0, 5)).getContent())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("public.embedding"));
        SignedIn.out();
        try {
            HttpResponse<String> card = get("/public/springfield/card");
            assertThat(card.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors https://www.springfield.k12.example https://news.example.org");
            assertThat(card.body()).contains("target=\"_top\"");
            // Only the card: every other page still refuses to be framed.
            assertThat(get("/public/springfield").headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'none'");
        } finally {
            asAdmin();
            settings.allowEmbeddingBy("");
        }
    }

    @Test
    void aPublishedPacketStaysAndACorrectedOneIsPublishedBesideIt() throws Exception {
        long cycleId = drafts.draft(draftId).orElseThrow().cycleId();
        String review = PublicPaths.review("springfield", cycleId);
        assertThat(get(review).body()).contains("has not published a board packet for this review yet");
        assertThat(get(review + "/packets/999999.pdf").statusCode()).isEqualTo(404);

        as("family-" + run, "Maria Lopez", PortalRole.FAMILY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> packets.publish(cycleId, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        asAdmin();
        assertThat(packets.publish(cycleId, "  ")).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> packets.publish(cycleId, " "))
                .isInstanceOf(org.policycommons.common.RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "packet.error.correction-required");
        assertThat(packets.publish(cycleId, "The figures of section 2 were wrong")).isEqualTo(2);
        java.util.List<org.policycommons.board.PublishedPackets.Edition> editions = packets.editions(cycleId);
        assertThat(editions).hasSize(4);
        assertThat(audit.entries(cycleId, "admin-" + run, PageRequest.of(0, 10)).getContent())
                .filteredOn(e -> e.action().equals("board.packet-published")).hasSize(2);
        SignedIn.out();

        assertThat(get(review).body()).contains("Edition 1, in English", "Edition 2, in English",
                "Edition 1, in español", "Corrects: The figures of section 2 were wrong");
        long first = editions.stream().filter(e -> e.edition() == 1 && e.language().getLanguage().equals("en"))
                .findFirst().orElseThrow().id();
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + review + "/packets/"
                + first + ".pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Every published packet, each edition in each language, as a reader downloads it: tagged PDF/UA-1.
        asAdmin();
        for (org.policycommons.board.PublishedPackets.Edition edition : editions) {
            org.policycommons.support.PdfUa.assertConforms(packets.pdf(cycleId, edition.id()).orElseThrow(),
                    "edition " + edition.edition() + " in " + edition.language());
        }
        SignedIn.out();
        assertThat(pdf.headers().allValues("Set-Cookie")).isEmpty();
        // Another district's address, or another review's, never reaches it.
        assertThat(get("/public/riverside/reviews/" + cycleId + "/packets/" + first + ".pdf").statusCode())
                .isEqualTo(404);
        assertThat(get(PublicPaths.review("springfield", cycleId + 100_000) + "/packets/" + first + ".pdf")
                .statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(portalUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int activeSessions() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        Context context = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        return context.getManager().getActiveSessions();
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void as(String subject, String name, PortalRole role) {
        SignedIn.as(springfield, subject, name, role);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }
}
