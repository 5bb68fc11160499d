package org.policycommons.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.audit.AuditEntry;
import org.policycommons.audit.AuditLog;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Section;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.policycommons.text.Translated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Comments, replies, identity rules and moderation on the real database, with the comment window where it bites. */
class CommentServiceTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2034, 1, 8);
    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    CommentService comments;
    @Autowired
    ModerationService moderation;
    @Autowired
    ModerationReasons reasons;
    @Autowired
    StaffTranslations staff;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    AuditLog audit;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    org.policycommons.limit.AbuseLimits limits;

    private District springfield;
    private long cycleId;
    private Section discipline;
    private long draftId;
    private String run;

    @BeforeEach
    void aPublishedDraftWithCommentOpen() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1));
        asAdmin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
        draftId = drafts.createDraft(cycleId, "SRO policy", """
                # Purpose
                Officers keep schools safe.

                # Discipline
                SROs take no part in school discipline. Staff handle the code of conduct.
                """);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        discipline = drafts.version(draftId, 1).orElseThrow().sections().get(1);
        standAt(START.plusDays(12)); // public comment runs from day 10 to day 30
    }

    @Test
    void aParentCommentsWithAStanceAndAQuoteAndOthersReplyTwoLevelsDeep() {
        asFamily();
        long id = comments.post(discipline.id(), Stance.SUPPORT, "  Good rule.  ", "SROs take no part in  school discipline.", EN);
        as("educator-" + run, "Daniel Okafor", PortalRole.EDUCATOR);
        long reply = comments.reply(id, "Agreed.", EN);
        asStudent();
        long deeper = comments.reply(reply, "Me too.", EN);
        assertRefused(() -> comments.reply(deeper, "Too deep", EN), "comment.error.too-deep");

        Comment thread = comments.comments(discipline.id(), PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(thread.body()).isEqualTo("Good rule.");
        assertThat(thread.stance()).isEqualTo(Stance.SUPPORT);
        assertThat(thread.quote()).isEqualTo("SROs take no part in  school discipline.");
        assertThat(thread.author()).isEqualTo(new Comment.Author(PortalRole.FAMILY, "Maria Lopez", false));
        Comment studentReply = thread.replies().getFirst().replies().getFirst();
        assertThat(studentReply.author().student()).isTrue();
        assertThat(studentReply.author().shownAs()).as("a pseudonym, never the name").isNotEqualTo("Jordan Reyes")
                .isNotBlank();
        assertThat(comments.countsBySection(drafts.section(discipline.id()).orElseThrow().versionId()))
                .containsEntry(discipline.id(), 1L);
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        asFamily();
        assertRefused(() -> comments.post(discipline.id(), null, "Text", null, EN), "comment.error.stance-required");
        assertRefused(() -> comments.post(discipline.id(), Stance.CONCERN, "   ", null, EN), "comment.error.body-required");
        assertRefused(() -> comments.post(discipline.id(), Stance.CONCERN, "x".repeat(4001), null, EN),
                "comment.error.body-too-long");
        assertRefused(() -> comments.post(discipline.id(), Stance.CONCERN, "Text", "Officers keep schools safe.", EN),
                "comment.error.quote-not-in-section");
        comments.post(discipline.id(), Stance.CONCERN, "x".repeat(4000), null, EN);
    }

    @Test
    void theWindowAndTheRoleDecideWhoMayComment() {
        standAt(START.plusDays(31));
        asFamily();
        assertRefused(() -> comments.post(discipline.id(), Stance.QUESTION, "Late", null, EN), "comment.error.window-closed");
        standAt(START.plusDays(12));
        SignedIn.as(springfield, "board-" + run, "Linda Park", PortalRole.BOARD);
        assertThatThrownBy(() -> comments.post(discipline.id(), Stance.QUESTION, "Board", null, EN))
                .isInstanceOf(AccessDeniedException.class);
        asAdmin();
        assertThatThrownBy(() -> comments.post(discipline.id(), Stance.QUESTION, "Admin", null, EN))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(districts.bySlug("riverside").orElseThrow(), "rs-" + run, "Rosa", PortalRole.FAMILY);
        assertRefused(() -> comments.post(discipline.id(), Stance.QUESTION, "Other district", null, EN),
                "comment.error.section-not-found");
        assertThat(comments.comments(discipline.id(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void onceThePolicyIsAdoptedNoCommentReplyOrCoSignatureIsTakenThoughTheWindowsDatesAreOpen() {
        asFamily();
        long mine = comments.post(discipline.id(), Stance.CONCERN, "Before adoption", null, EN);
        asAdmin();
        var cycle = cycles.cycle(cycleId).orElseThrow();
        cycles.recordMilestones(cycleId, cycle.version(), new org.policycommons.cycle.BoardMilestones(null, null,
                null, null, START.plusDays(12), "Adopted 5–2", START.plusDays(40), null));
        cycles.markAdopted(cycleId, cycles.cycle(cycleId).orElseThrow().version(), null);

        asFamily();
        assertRefused(() -> comments.post(discipline.id(), Stance.QUESTION, "After", null, EN),
                org.policycommons.cycle.CycleService.ADOPTED_CLOSED);
        assertRefused(() -> comments.reply(mine, "A reply", EN), org.policycommons.cycle.CycleService.ADOPTED_CLOSED);
        SignedIn.forOrganisation(springfield, "civil-" + run, "Aisha Johnson", "Equal Justice Now",
                PortalRole.CIVIL_RIGHTS);
        assertRefused(() -> comments.cosign(mine), org.policycommons.cycle.CycleService.ADOPTED_CLOSED);
    }

    @Test
    void oneAccountPostsAtMostTenCommentsOrRepliesAMinuteAndAHundredADayAndModeratorsSeeWhoReachedIt() {
        java.time.Instant nineAm = START.plusDays(12).atTime(9, 0, 20).atZone(springfield.timeZone()).toInstant();
        clock.standAt(nineAm);
        asFamily();
        long first = comments.post(discipline.id(), Stance.QUESTION, "Question 0", null, EN);
        for (int i = 1; i < 10; i++) {
            comments.post(discipline.id(), Stance.QUESTION, "Question " + i, null, EN);
        }
        RuleViolation refused = limited(() -> comments.post(discipline.id(), Stance.QUESTION, "Eleventh", null, EN),
                "limit.error.per-minute");
        assertThat(refused.arguments()).containsExactly(10, 40L); // 40 s left in this minute
        limited(() -> comments.reply(first, "A reply counts too", EN), "limit.error.per-minute");
        // Refused attempts are not stored, and nobody else is held back.
        assertThat(comments.comments(discipline.id(), PageRequest.of(0, 50)).getTotalElements()).isEqualTo(10);
        asStudent();
        comments.post(discipline.id(), Stance.QUESTION, "Someone else", null, EN);

        // A hundred a day: ten in each of the next nine minutes, then no more until tomorrow.
        asFamily();
        for (int minute = 1; minute <= 9; minute++) {
            clock.standAt(nineAm.plusSeconds(60L * minute));
            for (int i = 0; i < 10; i++) {
                comments.post(discipline.id(), Stance.QUESTION, "Minute " + minute + " question " + i, null, EN);
            }
        }
        clock.standAt(nineAm.plusSeconds(60L * 10));
        limited(() -> comments.post(discipline.id(), Stance.QUESTION, "Hundred and first", null, EN),
                "limit.error.per-day");

        SignedIn.as(springfield, "moderator-" + run, "Grace Kim", PortalRole.MODERATOR);
        // Recorded in the background, after the refused action's transaction.
        org.policycommons.support.Eventually.holds(() -> assertThat(limits.recentHits(20)).anySatisfy(hit -> {
            assertThat(hit.actorLabel()).isEqualTo("Maria Lopez");
            assertThat(hit.action()).isEqualTo(org.policycommons.limit.LimitedAction.COMMENT);
            assertThat(hit.hits()).isEqualTo(3);
        }));
        asFamily();
        assertThatThrownBy(() -> limits.recentHits(20)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editsFlagsAndCoSignaturesHaveLimitsOfTheirOwn() {
        java.time.Instant ten = START.plusDays(12).atTime(10, 0).atZone(springfield.timeZone()).toInstant();
        clock.standAt(ten);
        asStudent();
        List<Long> theirs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            theirs.add(comments.post(discipline.id(), Stance.CONCERN, "Student concern " + i, null, EN));
        }
        as("educator-" + run, "Daniel Okafor", PortalRole.EDUCATOR);
        for (int i = 0; i < 6; i++) {
            theirs.add(comments.post(discipline.id(), Stance.SUGGESTION, "Educator idea " + i, null, EN));
        }
        asFamily();
        long mine = comments.post(discipline.id(), Stance.CONCERN, "Wording 0", null, EN);
        for (int i = 1; i <= 10; i++) {
            comments.edit(mine, only(mine).version(), Stance.CONCERN, "Wording " + i, null);
        }
        limited(() -> comments.edit(mine, only(mine).version(), Stance.CONCERN, "Wording 11", null),
                "limit.error.per-minute");
        for (int i = 0; i < 10; i++) {
            comments.flag(theirs.get(i), "Off topic");
        }
        limited(() -> comments.flag(theirs.get(10), "Off topic"), "limit.error.per-minute");

        SignedIn.forOrganisation(springfield, "cr-limit-" + run, "Aisha Johnson", "Youth Justice Alliance",
                PortalRole.CIVIL_RIGHTS);
        for (int i = 0; i < 10; i++) {
            comments.cosign(theirs.get(i));
        }
        limited(() -> comments.cosign(theirs.get(10)), "limit.error.per-minute");
        clock.advance(java.time.Duration.ofMinutes(1));
        comments.cosign(theirs.get(10));
    }

    private Comment only(long id) {
        return comments.comments(discipline.id(), PageRequest.of(0, 50)).stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow();
    }

    private static RuleViolation limited(ThrowingCallable action, String messageKey) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action);
        assertThat(thrown).isInstanceOf(RuleViolation.class);
        assertThat(((RuleViolation) thrown).messageKey()).isEqualTo(messageKey);
        return (RuleViolation) thrown;
    }

    @Test
    void anAuthorEditsUntilTheFirstReplyAndMayWithdrawWhichHidesButKeeps() {
        asFamily();
        long id = comments.post(discipline.id(), Stance.CONCERN, "First wording", null, EN);
        Comment mine = only();
        assertThat(mine.editable()).isTrue();
        comments.edit(id, mine.version(), Stance.SUGGESTION, "Second wording", null);
        assertThat(only().body()).isEqualTo("Second wording");
        assertThat(comments.earlierWordings(id)).containsExactly("First wording");

        as("educator-" + run, "Daniel Okafor", PortalRole.EDUCATOR);
        assertRefused(() -> comments.edit(id, only().version(), Stance.SUPPORT, "Not mine", null), "comment.error.not-yours");
        comments.reply(id, "A reply", EN);

        asFamily();
        assertThat(only().editable()).isFalse();
        assertRefused(() -> comments.edit(id, only().version(), Stance.SUPPORT, "Third", null), "comment.error.has-reply");
        comments.withdraw(id);
        Comment withdrawn = only();
        assertThat(withdrawn.status()).isEqualTo(Comment.Status.WITHDRAWN);
        assertThat(withdrawn.body()).isNull();
        assertThat(withdrawn.replies()).hasSize(1);
    }

    @Test
    void civilRightsGroupsAppearByOrganisationAndCoSignOthersComments() {
        SignedIn.forOrganisation(springfield, "cr-" + run, "Aisha Johnson", "Springfield Civil Rights Coalition",
                PortalRole.CIVIL_RIGHTS);
        long own = comments.post(discipline.id(), Stance.SUGGESTION, "Publish the data.", null, EN);
        assertRefused(() -> comments.cosign(own), "comment.error.cosign-own");
        asFamily();
        long parents = comments.post(discipline.id(), Stance.CONCERN, "Tell parents first.", null, EN);

        SignedIn.forOrganisation(springfield, "cr2-" + run, "Marcus Lee", "NAACP Springfield Branch",
                PortalRole.CIVIL_RIGHTS);
        comments.cosign(parents);
        assertRefused(() -> comments.cosign(parents), "comment.error.already-cosigned");
        SignedIn.as(springfield, "cr3-" + run, "No Org", PortalRole.CIVIL_RIGHTS);
        assertRefused(() -> comments.cosign(parents), "comment.error.no-organisation");
        asFamily();
        assertThatThrownBy(() -> comments.cosign(own)).isInstanceOf(AccessDeniedException.class);

        List<Comment> all = comments.comments(discipline.id(), PageRequest.of(0, 10)).getContent();
        assertThat(all.get(0).author().shownAs()).isEqualTo("Springfield Civil Rights Coalition");
        assertThat(all.get(1).cosignedBy()).containsExactly("NAACP Springfield Branch");
    }

    @Test
    void moderatorsHideWithAPublicReasonAndRestoreButMayNotRevealAStudent() {
        try (RealmUsers realm = new RealmUsers()) {
            String student = realm.create("springfield", "student-" + run, "student-" + run + "@springfield.example.org",
                    PortalRole.STUDENT, null);
            SignedIn.as(springfield, student, "Jordan Test", PortalRole.STUDENT);
            long id = comments.post(discipline.id(), Stance.CONCERN, "Someone is in danger at school", null, EN);
            asFamily();
            comments.flag(id, "Worrying");
            assertRefused(() -> comments.flag(id, "Again"), "comment.error.already-flagged");
            assertThatThrownBy(() -> moderation.queue(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);

            SignedIn.as(springfield, "mod-" + run, "Grace Kim", PortalRole.MODERATOR);
            assertThat(moderation.queue(PageRequest.of(0, 50)).getContent())
                    .filteredOn(f -> f.commentId() == id).singleElement()
                    .satisfies(f -> assertThat(f.reasons()).containsExactly("Worrying"));
            assertRefused(() -> moderation.hide(id, " "), "comment.error.hide-reason-required");
            moderation.hide(id, "Personal safety information");
            Comment hidden = only();
            assertThat(hidden.status()).isEqualTo(Comment.Status.HIDDEN);
            assertThat(hidden.body()).isNull();
            assertThat(hidden.hiddenReason().textFor(EN)).isEqualTo("Personal safety information");

            // A moderator (possibly a volunteer) may not even ask.
            assertThatThrownBy(() -> moderation.requestReveal(id, "Curious")).isInstanceOf(AccessDeniedException.class);
            moderation.restore(id, "Handled offline");
            assertThat(only().status()).isEqualTo(Comment.Status.VISIBLE);
            assertThat(moderation.log(cycleId)).extracting(line -> line.reason().textFor(EN))
                    .containsExactlyInAnyOrder("Personal safety information", "Handled offline");

            asFamily();
            assertThatThrownBy(() -> moderation.requestReveal(id, "Curious")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aReusableReasonIsReadInEachReadersLanguageAndCountedOnceInThePublicLog() {
        asFamily();
        long first = comments.post(discipline.id(), Stance.CONCERN, "You are all idiots " + run, null, EN);
        long second = comments.post(discipline.id(), Stance.CONCERN, "Fools, the lot of you " + run, null, EN);
        long third = comments.post(discipline.id(), Stance.CONCERN, "Buy my book " + run, null, EN);
        Locale spanish = Locale.forLanguageTag("es");

        SignedIn.as(springfield, "mod-" + run, "Grace Kim", PortalRole.MODERATOR);
        assertThat(reasons.available()).extracting(ModerationReasons.Reason::key).contains("default.personal-attack");
        assertRefused(() -> moderation.hide(first, "default.no-such-reason", ""), "moderation.reason.error.not-found");
        assertThatThrownBy(() -> reasons.add(new Translated(Map.of("en", "Mine"))))
                .as("only district admins keep the list").isInstanceOf(AccessDeniedException.class);
        moderation.hide(first, "default.personal-attack", "");
        moderation.hide(second, "default.personal-attack", "ignored when a reason is chosen");

        asAdmin();
        assertRefused(() -> reasons.add(new Translated(Map.of("es", "Solo español"))), "moderation.reason.error.required");
        assertRefused(() -> reasons.add(new Translated(Map.of("en", "x".repeat(501)))), "text.error.too-long");
        String advert = reasons.add(new Translated(Map.of("en", "Selling something", "es", "Vende algo")));
        SignedIn.as(springfield, "mod-" + run, "Grace Kim", PortalRole.MODERATOR);
        moderation.hide(third, advert, "");

        asFamily();
        Map<Long, Comment> shown = new java.util.HashMap<>();
        comments.comments(discipline.id(), PageRequest.of(0, 100)).forEach(c -> shown.put(c.id(), c));
        assertThat(shown.get(first).hiddenReason().textFor(spanish)).isEqualTo("Ataque personal");
        assertThat(shown.get(first).hiddenReason().textFor(EN)).isEqualTo("Personal attack");
        assertThat(shown.get(third).hiddenReason().textFor(spanish)).isEqualTo("Vende algo");
        assertThat(moderation.log(cycleId)).filteredOn(l -> l.reason().textFor(EN).equals("Personal attack"))
                .singleElement().satisfies(line -> {
                    assertThat(line.times()).isEqualTo(2);
                    assertThat(line.reason().textFor(spanish)).isEqualTo("Ataque personal");
                });

        // Retired: no longer offered, yet the comment hidden with it still says why; reworded: the new words show.
        asAdmin();
        reasons.reword(advert, new Translated(Map.of("en", "Advertises something", "es", "Anuncia algo")));
        reasons.retire(advert);
        assertThat(reasons.available()).extracting(ModerationReasons.Reason::key).doesNotContain(advert);
        assertRefused(() -> reasons.retire(advert), "moderation.reason.error.not-found");
        SignedIn.as(springfield, "mod-" + run, "Grace Kim", PortalRole.MODERATOR);
        moderation.restore(third, "Looked again");
        assertRefused(() -> moderation.hide(third, advert, ""), "moderation.reason.error.not-found");
        asFamily();
        assertThat(comments.comments(discipline.id(), PageRequest.of(0, 100)).getContent().stream()
                .filter(c -> c.id() == second).findFirst().orElseThrow().hiddenReason().textFor(spanish))
                .isEqualTo("Ataque personal");
    }

    @Test
    void theDistrictTranslatesACommentBesideItsOriginalAndEveryChangeIsAudited() {
        Locale spanish = Locale.forLanguageTag("es");
        asFamily();
        long id = comments.post(discipline.id(), Stance.CONCERN, "Keep officers out of discipline " + run, null, EN);
        assertThatThrownBy(() -> staff.translate(id, spanish, "Mío")).isInstanceOf(AccessDeniedException.class);

        asAdmin();
        assertThat(staff.targets("en")).containsExactly(spanish);
        assertRefused(() -> staff.translate(id, EN, "Same language"), "comment.translation.error.language");
        assertRefused(() -> staff.translate(id, Locale.forLanguageTag("vi"), "Không"),
                "comment.translation.error.language");
        assertRefused(() -> staff.translate(id, spanish, "x".repeat(4001)), "comment.error.body-too-long");
        staff.translate(id, spanish, "Que los agentes no intervengan en la disciplina " + run);

        asFamily();
        Comment shown = comments.comments(discipline.id(), PageRequest.of(0, 100)).getContent().stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(shown.body()).as("the original stays the comment").isEqualTo("Keep officers out of discipline " + run);
        assertThat(shown.byDistrict().in(spanish)).contains("Que los agentes no intervengan en la disciplina " + run);

        asAdmin();
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 1)).getContent().getFirst().action())
                .isEqualTo("comment.translated");
        staff.translate(id, spanish, " ");
        assertThat(staff.of(java.util.List.of(id))).isEmpty();
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 1)).getContent().getFirst().action())
                .isEqualTo("comment.translation-removed");
    }

    @Test
    void readersFilterASectionsCommentsByTheLanguageTheyWereWrittenIn() {
        Locale spanish = Locale.forLanguageTag("es");
        asFamily();
        long english = comments.post(discipline.id(), Stance.CONCERN, "In English " + run, null, EN);
        long inSpanish = comments.post(discipline.id(), Stance.CONCERN, "En español " + run, null, spanish);
        assertThat(comments.comments(discipline.id(), Optional.of(spanish), PageRequest.of(0, 50)).getContent())
                .extracting(Comment::id).containsExactly(inSpanish);
        assertThat(comments.comments(discipline.id(), Optional.of(EN), PageRequest.of(0, 50)).getContent())
                .extracting(Comment::id).containsExactly(english);
        assertThat(comments.comments(discipline.id(), Optional.empty(), PageRequest.of(0, 50)).getContent())
                .extracting(Comment::id).containsExactly(english, inSpanish);
        assertThat(comments.forPublic(discipline.id(), true, Optional.of(spanish), PageRequest.of(0, 50)).threads()
                .getContent()).extracting(Comment::id).containsExactly(inSpanish);
        assertRefused(() -> comments.comments(discipline.id(), Optional.of(Locale.forLanguageTag("vi")),
                PageRequest.of(0, 50)), "comment.error.filter-language");
    }

    @Test
    void revealingAStudentTakesOneAdminsReasonAndAnotherAdminsApprovalAndEveryStepIsAudited() {
        try (RealmUsers realm = new RealmUsers()) {
            String student = realm.create("springfield", "student-" + run, "student-" + run + "@springfield.example.org",
                    PortalRole.STUDENT, null);
            SignedIn.as(springfield, student, "Jordan Test", PortalRole.STUDENT);
            long id = comments.post(discipline.id(), Stance.CONCERN, "Someone is in danger at school", null, EN);

            SignedIn.as(springfield, "admin-a-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
            assertRefused(() -> moderation.requestReveal(id, " "), "comment.error.reveal-reason-required");
            long request = moderation.requestReveal(id, "Safety concern, principal informed");
            assertRefused(() -> moderation.requestReveal(id, "Again"), "comment.error.reveal-already-requested");
            // Nobody learns anything before a second admin approves, least of all by approving their own request.
            assertRefused(() -> moderation.revealStudent(request), "comment.error.reveal-not-approved");
            assertRefused(() -> moderation.decideReveal(request, true), "comment.error.reveal-own-request");
            assertThat(moderation.revealRequests()).filteredOn(r -> r.id() == request).singleElement()
                    .satisfies(r -> assertThat(r.pending()).isTrue())
                    .satisfies(r -> assertThat(r.pseudonym()).isNotBlank().doesNotContain("Jordan"));

            SignedIn.as(springfield, "mod-" + run, "Grace Kim", PortalRole.MODERATOR);
            assertThatThrownBy(() -> moderation.decideReveal(request, true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.revealStudent(request)).isInstanceOf(AccessDeniedException.class);

            SignedIn.as(springfield, "admin-b-" + run, "Priya Second", PortalRole.DISTRICT_ADMIN);
            moderation.decideReveal(request, true);
            assertRefused(() -> moderation.decideReveal(request, false), "comment.error.reveal-already-decided");
            // The approver does not learn it either: only the admin who gave the reason.
            assertRefused(() -> moderation.revealStudent(request), "comment.error.reveal-not-yours");

            SignedIn.as(springfield, "admin-a-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
            KeycloakDirectory.Identity who = moderation.revealStudent(request);
            assertThat(who.username()).isEqualTo("student-" + run);
            assertThat(audit.entries(cycleId, null, PageRequest.of(0, 50)).getContent()).extracting(AuditEntry::action)
                    .contains("comment.student-reveal-requested", "comment.student-reveal-approved",
                            "comment.student-revealed");

            // Another request, declined: it never reveals.
            long second = moderation.requestReveal(id, "A second look");
            SignedIn.as(springfield, "admin-b-" + run, "Priya Second", PortalRole.DISTRICT_ADMIN);
            moderation.decideReveal(second, false);
            SignedIn.as(springfield, "admin-a-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
            assertRefused(() -> moderation.revealStudent(second), "comment.error.reveal-not-approved");
            assertThat(audit.entries(cycleId, null, PageRequest.of(0, 50)).getContent()).extracting(AuditEntry::action)
                    .contains("comment.student-reveal-declined");
        }
    }

    private Comment only() {
        return comments.comments(discipline.id(), PageRequest.of(0, 10)).getContent().getFirst();
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagers;

    @Test
    void aVersionsFirstPagesLoadTogetherAsEachSectionWouldAloneInAFixedNumberOfStatements() {
        Section purpose = drafts.version(draftId, 1).orElseThrow().sections().getFirst();
        asFamily();
        long first = comments.post(purpose.id(), Stance.SUPPORT, "Keep the purpose short.", null, EN);
        comments.post(purpose.id(), Stance.CONCERN, "Say who the officers answer to.", null, EN);
        comments.post(purpose.id(), Stance.SUGGESTION, "Name the schools.", null, EN);
        comments.post(discipline.id(), Stance.SUPPORT, "Good rule.", null, EN);
        asStudent();
        comments.reply(first, "Agreed.", EN);
        comments.post(discipline.id(), Stance.CONCERN, "Staff call them anyway.", null, EN);

        long versionId = drafts.section(discipline.id()).orElseThrow().versionId();
        List<Long> sections = List.of(purpose.id(), discipline.id());
        Map<Long, CommentService.FirstPage> batched = comments.firstPages(versionId, sections, 2);
        long statements = fewestStatements(() -> comments.firstPages(versionId, sections, 2));

        for (long sectionId : sections) {
            Page<Comment> alone = comments.comments(sectionId, PageRequest.of(0, 2));
            assertThat(batched.get(sectionId).page().getContent()).isEqualTo(alone.getContent());
            assertThat(batched.get(sectionId).page().getTotalElements()).isEqualTo(alone.getTotalElements());
            assertThat(batched.get(sectionId).stamp()).isEqualTo(comments.stamp(sectionId));
        }
        assertThat(batched.get(purpose.id()).page().getTotalElements()).isEqualTo(3);
        assertThat(batched.get(purpose.id()).page().getContent()).hasSize(2);
        assertThat(batched.get(purpose.id()).page().getContent().getFirst().replies()).hasSize(1);
        // The same handful of statements for the whole version, however many sections it has.
        assertThat(statements).isLessThanOrEqualTo(16);
        assertThat(fewestStatements(() -> comments.firstPages(versionId, List.of(purpose.id()), 2)))
                .isEqualTo(statements);
    }

    /**
     * The statements one call prepares, the fewest of three tries: Hibernate counts for the whole application, and a
     * first call may also fill a cache that another test filled or not, so one try alone differed by one statement
     * from run to run. A query per section would be there in every try.
     */
    private long fewestStatements(Runnable call) {
        org.hibernate.stat.Statistics statistics = entityManagers.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            call.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void asFamily() {
        as("family-" + run, "Maria Lopez", PortalRole.FAMILY);
    }

    private void asStudent() {
        as("student-" + run, "Jordan Reyes", PortalRole.STUDENT);
    }

    private void as(String subject, String name, PortalRole role) {
        SignedIn.as(springfield, subject, name, role);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(org.policycommons.common.RuleViolation.class)
                .extracting(e -> ((org.policycommons.common.RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
