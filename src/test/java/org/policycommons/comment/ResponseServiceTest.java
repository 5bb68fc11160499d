package org.policycommons.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.UserSignedIn;
import org.policycommons.notification.Notice;
import org.policycommons.notification.NoticeService;
import org.policycommons.participant.ParticipantService;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.text.Translated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** District responses on the real database: answering, telling the authors, and linking to what changed next. */
class ResponseServiceTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2035, 1, 7);

    @Autowired
    ResponseService responses;
    @Autowired
    CommentService comments;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    NoticeService notices;
    @Autowired
    ParticipantService participants;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private long cycleId;
    private long draftId;
    private DraftVersion v1;
    private String run;

    @BeforeEach
    void commentsOnVersionOne() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1));
        asAdmin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
        draftId = drafts.createDraft(cycleId, "SRO policy", """
                # Data
                The district keeps arrest data.

                # Complaints
                Complaints go to the police.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        v1 = drafts.version(draftId, 1).orElseThrow();
        standAt(START.plusDays(12));
    }

    @Test
    void anAdminAnswersAGroupOfCommentsTheAuthorsAreToldAndTheNextVersionLinksBack() {
        String parent = "parent-" + run;
        TenantScope.runAs(springfield.id(), () -> participants.recordSignIn(new UserSignedIn(springfield.id(), parent,
                parent + "@springfield.example.org", Set.of(PortalRole.FAMILY))));
        SignedIn.as(springfield, parent, "Maria Lopez", PortalRole.FAMILY);
        long first = comments.post(v1.sections().get(0).id(), Stance.SUGGESTION, "Publish it.", null, Locale.ENGLISH);
        SignedIn.as(springfield, "teacher-" + run, "Daniel Okafor", PortalRole.EDUCATOR);
        long second = comments.post(v1.sections().get(0).id(), Stance.SUGGESTION, "Every year.", null, Locale.ENGLISH);
        long other = comments.post(v1.sections().get(1).id(), Stance.QUESTION, "Who reads them?", null, Locale.ENGLISH);

        asAdmin();
        assertRefused(() -> responses.respond(List.of(), "Text", Disposition.ADOPTED), "response.error.no-comments");
        assertRefused(() -> responses.respond(List.of(first), "Text", null), "response.error.disposition-required");
        assertRefused(() -> responses.respond(List.of(first), " ", Disposition.ADOPTED), "comment.error.body-required");
        long response = responses.respond(List.of(first, second), "We will publish the data every year.",
                Disposition.ADOPTED);

        SignedIn.as(springfield, parent, "Maria Lopez", PortalRole.FAMILY);
        assertRefused(() -> comments.edit(first, 0, Stance.SUPPORT, "Changed", null), "comment.error.has-response");
        Comment answered = comments.comments(v1.sections().get(0).id(), PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(answered.responses()).extracting(Comment.Answer::disposition).containsExactly(Disposition.ADOPTED);
        assertThat(answered.editable()).isFalse();
        assertThat(notices.mine(PageRequest.of(0, 10)).getContent()).extracting(Notice::messageKey, Notice::detailKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("notice.response", "response.disposition.adopted"));
        awaitMail(parent + "@springfield.example.org");

        asAdmin();
        assertThat(responses.responses(cycleId, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(r -> {
                    assertThat(r.commentIds()).containsExactlyInAnyOrder(first, second);
                    assertThat(r.changed()).as("no next version yet").isEmpty();
                });

        standAt(START.plusDays(31)); // comment closed: revise
        drafts.startNextVersion(draftId, drafts.draft(draftId).orElseThrow().version());
        drafts.saveWorkingText(draftId, drafts.draft(draftId).orElseThrow().version(), """
                # Data
                The district publishes arrest data every year.

                # Complaints
                Complaints go to the police.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        assertThat(responses.responses(cycleId, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo(response);
                    assertThat(r.changed()).containsExactly(new DistrictResponse.ChangedSection(2, 1, "Data"));
                });
        assertThat(other).isPositive();
    }

    @Test
    void aResponseIsGivenInTheDistrictsLanguagesAndItsSentTextNeverChanges() {
        SignedIn.as(springfield, "parent-" + run, "Maria Lopez", PortalRole.FAMILY);
        long asked = comments.post(v1.sections().get(0).id(), Stance.QUESTION, "¿Quién los publica?", null,
                Locale.forLanguageTag("es"));
        asAdmin();
        assertRefused(() -> responses.respond(List.of(asked), words("", "Solo en español."), Disposition.ADOPTED),
                "comment.error.body-required");
        assertRefused(() -> responses.respond(List.of(asked), new Translated(Map.of("en", "We will.", "vi", "Có.")),
                Disposition.ADOPTED), "text.error.language-not-offered");
        long answer = responses.respond(List.of(asked), words("The district will publish them.", ""),
                Disposition.ADOPTED);

        // A Spanish reader without a Spanish text gets the English one, marked as English.
        DistrictResponse sent = responses.responses(cycleId, PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(sent.body().forReader(Locale.forLanguageTag("es"))).hasValueSatisfying(shown -> {
            assertThat(shown.text()).isEqualTo("The district will publish them.");
            assertThat(shown.fallback()).isTrue();
        });
        assertRefused(() -> responses.translate(answer, words("The district will publish them soon.",
                "El distrito los publicará.")), "response.error.original-fixed");
        responses.translate(answer, words("The district will publish them.", "El distrito los publicará."));

        SignedIn.as(springfield, "parent-" + run, "Maria Lopez", PortalRole.FAMILY);
        assertThatThrownBy(() -> responses.translate(answer, words("The district will publish them.", "Mío.")))
                .isInstanceOf(AccessDeniedException.class);
        Comment answered = comments.comments(v1.sections().get(0).id(), PageRequest.of(0, 10)).getContent().stream()
                .filter(c -> c.id() == asked).findFirst().orElseThrow();
        assertThat(answered.responses()).singleElement().satisfies(a -> {
            assertThat(a.body().textFor(Locale.forLanguageTag("es"))).isEqualTo("El distrito los publicará.");
            assertThat(a.body().textFor(Locale.ENGLISH)).isEqualTo("The district will publish them.");
        });
        assertThat(responses.responses(cycleId, PageRequest.of(0, 10)).getContent().getFirst().body()
                .in(Locale.forLanguageTag("es"))).contains("El distrito los publicará.");
    }

    private static Translated words(String english, String spanish) {
        return new Translated(Map.of("en", english, "es", spanish));
    }

    @Test
    void onlyAdminsOfTheDistrictAnswer() {
        SignedIn.as(springfield, "parent-" + run, "Maria Lopez", PortalRole.FAMILY);
        long id = comments.post(v1.sections().get(0).id(), Stance.CONCERN, "Hmm.", null, Locale.ENGLISH);
        assertThatThrownBy(() -> responses.respond(List.of(id), "Mine", Disposition.ADOPTED))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(springfield, "mod-" + run, "Grace Kim", PortalRole.MODERATOR);
        assertThatThrownBy(() -> responses.respond(List.of(id), "Mod", Disposition.ADOPTED))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(districts.bySlug("riverside").orElseThrow(), "rs-admin-" + run, "Priya Shah", PortalRole.DISTRICT_ADMIN);
        assertRefused(() -> responses.respond(List.of(id), "Theirs", Disposition.ADOPTED), "comment.error.not-found");
        assertThat(responses.responses(cycleId, PageRequest.of(0, 10))).isEmpty();
    }

    private void awaitMail(String address) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (java.util.Arrays.stream(MAIL.getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address)
                        && m.getSubject().startsWith("The district responded to your comment");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        })) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No response email to " + address);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
