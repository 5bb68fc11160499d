package org.policycommons.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.ResponseService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.BallotService;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.VoterGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The board's figures equal what the test itself put in, small groups are suppressed, and families are refused. */
class ConsolidatedInputServiceTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2037, 3, 1);

    @Autowired
    ConsolidatedInputService board;
    @Autowired
    CsvExports exports;
    @Autowired
    CommentService comments;
    @Autowired
    ResponseService responses;
    @Autowired
    BallotService ballots;
    @Autowired
    PriorityService priorities;
    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    BoardPacket packet;

    @Test
    void theFiguresAreTheCountsOfWhatWasPutIn() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Published published = publish(springfield, START, "Policy", "# Scope\nAll schools.\n\n# Data\nPublished.\n");
        long cycleId = published.cycleId();
        DraftVersion v1 = published.v1();
        long scope = v1.sections().get(0).id();
        long data = v1.sections().get(1).id();
        List<Long> priorityIds = priorities.priorities(cycleId).stream().map(p -> p.id()).toList();

        stand(springfield, START.plusDays(21)); // comment and vote both open
        long firstFamilyComment = 0;
        for (int i = 0; i < 7; i++) {
            SignedIn.as(springfield, "fam" + i + run, "Family " + i, PortalRole.FAMILY);
            long id = comments.post(i < 4 ? scope : data, i % 2 == 0 ? Stance.CONCERN : Stance.SUPPORT, "Text " + i,
                    null, Locale.ENGLISH);
            firstFamilyComment = i == 0 ? id : firstFamilyComment;
            if (i < 6) {
                ballots.cast(cycleId, Map.of(priorityIds.get(0), 5));
            }
        }
        for (int i = 0; i < 6; i++) {
            SignedIn.as(springfield, "edu" + i + run, "Educator " + i, PortalRole.EDUCATOR);
            comments.post(data, Stance.QUESTION, "Question " + i, null, Locale.ENGLISH);
        }
        SignedIn.as(springfield, "stu" + run, "Student", PortalRole.STUDENT);
        comments.post(scope, Stance.SUGGESTION, "A student's idea", null, Locale.ENGLISH);
        admin(springfield);
        responses.respond(List.of(firstFamilyComment), "Yes.", Disposition.ADOPTED);

        SignedIn.as(springfield, "board" + run, "Linda Park", PortalRole.BOARD);
        ConsolidatedInput input = board.consolidated(cycleId, Optional.empty(), Optional.empty());

        ConsolidatedInput.Participation families = participation(input, VoterGroup.FAMILY);
        assertThat(families.participants()).isEqualTo(7);
        assertThat(families.comments()).isEqualTo(7);
        assertThat(families.ballots()).isEqualTo(6);
        // Enrolment counts students: a share of it would mean nothing for families, who are counted only.
        assertThat(families.rateOfEnrolment()).isNull();
        assertThat(participation(input, VoterGroup.STUDENT).suppressed()).isTrue();
        assertThat(participation(input, VoterGroup.STUDENT).participants()).isNull();
        // One student alone is hidden with the next smallest group (6 educators), so no subtraction shows them.
        assertThat(participation(input, VoterGroup.EDUCATOR).suppressed()).isTrue();

        ConsolidatedInput.SectionComments scopeRow = input.sections().stream().filter(s -> s.sectionId() == scope)
                .findFirst().orElseThrow();
        // The lone student's comment is in no figure, totals included (docs/decisions/034).
        assertThat(scopeRow.total()).isEqualTo(4);
        assertThat(scopeRow.byGroup().get(VoterGroup.FAMILY)).containsEntry(Stance.CONCERN, 2L).containsEntry(Stance.SUPPORT, 2L);
        assertThat(scopeRow.byGroup()).doesNotContainKey(VoterGroup.STUDENT);

        assertThat(input.responsesByDisposition()).containsEntry(Disposition.ADOPTED, 1L).containsEntry(Disposition.NOT_ADOPTED, 0L);
        assertThat(input.unanswered()).extracting(ConsolidatedInput.Unanswered::sectionId, ConsolidatedInput.Unanswered::comments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(scope, 3L), org.assertj.core.groups.Tuple.tuple(data, 3L));
        // Every comment total adds up to the shown groups' comments in the participation table.
        assertThat(input.sections().stream().mapToLong(ConsolidatedInput.SectionComments::total).sum())
                .isEqualTo(input.participation().stream().filter(p -> !p.suppressed())
                        .mapToLong(ConsolidatedInput.Participation::comments).sum())
                .isEqualTo(7);
        assertThat(input.votes().voters()).isEqualTo(6);

        ConsolidatedInput families2 = board.consolidated(cycleId, Optional.of(1), Optional.of(VoterGroup.FAMILY));
        assertThat(families2.sections()).extracting(ConsolidatedInput.SectionComments::total).containsExactly(4L, 3L);

        var drilled = board.drill(cycleId, scope, Optional.of(VoterGroup.FAMILY), Optional.of(Stance.CONCERN),
                org.springframework.data.domain.PageRequest.of(0, 10));
        assertThat(drilled.getTotalElements()).isEqualTo(2);
        assertThat(drilled.getContent()).extracting(ConsolidatedInput.DrillComment::text).containsExactly("Text 0", "Text 2");
        assertThat(drilled.getContent()).extracting(ConsolidatedInput.DrillComment::shownAs)
                .as("pseudonyms, not names").doesNotContain("Family 0", "Family 2");
        assertThat(board.drill(cycleId, scope, Optional.of(VoterGroup.STUDENT), Optional.empty(),
                org.springframework.data.domain.PageRequest.of(0, 10))).as("a suppressed group is not listed").isEmpty();
        assertThat(board.drill(cycleId, scope, Optional.empty(), Optional.empty(),
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .as("nor among all groups").extracting(ConsolidatedInput.DrillComment::text)
                .hasSize(4).doesNotContain("A student's idea");

        java.io.StringWriter commentsCsv = new java.io.StringWriter();
        exports.comments(cycleId, commentsCsv);
        String[] rows = commentsCsv.toString().split("\r\n");
        assertThat(rows[0]).as("a byte-order mark for spreadsheets").startsWith("\uFEFFcomment,reply_to,");
        // The families' comments only: the lone student and the educators hidden with them are left out, as on the page.
        assertThat(rows).hasSize(1 + 7);
        assertThat(commentsCsv.toString()).as("de-identified").doesNotContain("Family 0", "Educator 0", "Student,", "@")
                .as("suppressed groups are left out").doesNotContain("A student's idea", "Question 0");
        java.io.StringWriter votesCsv = new java.io.StringWriter();
        exports.votes(cycleId, votesCsv);
        // Six families gave 5 points each to the first priority; no student voted, and zero reveals no one.
        assertThat(votesCsv.toString()).contains(",30,1.0000,1,6\r\n").contains("family,1,")
                .doesNotContain("not shown")
                // A title column per language the district offers, each title in its own language.
                .startsWith("\uFEFFgroup,priority,title_en,title_es,points,share,rank,voters\r\n")
                .contains("all,1,A written agreement that says who does what,Un acuerdo escrito que diga quién hace qué,30,");

        SignedIn.as(springfield, "fam0" + run, "Family 0", PortalRole.FAMILY);
        assertThatThrownBy(() -> board.consolidated(cycleId, Optional.empty(), Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.comments(cycleId, new java.io.StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(springfield, "stu" + run, "Student", PortalRole.STUDENT);
        assertThatThrownBy(() -> board.consolidated(cycleId, Optional.empty(), Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenOneSmallGroupAloneCommentedNoCommentFigureGivesItAway() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.of(2028, 5, 1);
        Published published = publish(springfield, start, "Policy", "# Scope\nAll schools.\n\n# Data\nPublished.\n");
        long cycleId = published.cycleId();
        DraftVersion v1 = published.v1();

        stand(springfield, start.plusDays(21));
        for (int i = 0; i < 3; i++) {
            SignedIn.as(springfield, "lone" + i + run, "Student " + i, PortalRole.STUDENT);
            comments.post(v1.sections().get(i % 2).id(), Stance.CONCERN, "Only students " + i, null, Locale.ENGLISH);
        }

        SignedIn.as(springfield, "lboard" + run, "Board", PortalRole.BOARD);
        ConsolidatedInput input = board.consolidated(cycleId, Optional.empty(), Optional.empty());
        assertThat(input.hidden()).containsExactly(VoterGroup.STUDENT);
        // Three comments in all would be the three students' figures: no section, no total, no unanswered count.
        assertThat(input.sections()).isEmpty();
        assertThat(input.unanswered()).isEmpty();
        assertThat(input.commentsByChannel().values()).containsOnly(0L);
        assertThat(input.commentsByLanguage()).isEmpty();

        BoardTables tables = packet.tables(cycleId, Locale.ENGLISH);
        BoardTables.Table summary = tables.table("summary").orElseThrow();
        assertThat(summary.rows().get(1).cells().getFirst().value()).isEqualTo(0L);
        assertThat(summary.rows().get(1).cells().getFirst().text()).isEqualTo("0 in the groups shown (1 group not shown)");
        assertThat(summary.rows().get(4).cells().getFirst().value()).isEqualTo(0L);
        assertThat(tables.part("comments").orElseThrow().blocks()).extracting(Object::toString)
                .anyMatch(block -> block.contains("No comments from the groups shown."))
                .anyMatch(block -> block.contains("1 group not shown (fewer than 5 people"));
        assertThat(tables.table("sections")).isEmpty();
        assertThat(tables.table("unanswered")).isEmpty();
    }

    @Test
    void aPersonCountsInEachGroupTheySpokeInAndEachChangeCountsTheResponsesBehindIt() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.of(2037, 11, 1);
        Published published = publish(springfield, start, "Changes", "# Scope\nA.\n\n# Data\nB.\n\n# Old\nC.\n");
        long cycleId = published.cycleId();
        long draftId = published.draftId();
        DraftVersion v1 = published.v1();
        long firstPriority = priorities.priorities(cycleId).getFirst().id();

        stand(springfield, start.plusDays(21));
        long familyComment = 0;
        for (int i = 0; i < 5; i++) {
            SignedIn.as(springfield, "cf" + i + run, "Family " + i, PortalRole.FAMILY);
            familyComment = comments.post(v1.sections().get(0).id(), Stance.CONCERN, "Scope " + i, null, Locale.ENGLISH);
            ballots.cast(cycleId, Map.of(firstPriority, 5));
        }
        // One person comments as an educator, then votes as a family member.
        SignedIn.as(springfield, "dual" + run, "Dual", PortalRole.EDUCATOR);
        long dualComment = comments.post(v1.sections().get(1).id(), Stance.QUESTION, "Data?", null, Locale.ENGLISH);
        SignedIn.as(springfield, "dual" + run, "Dual", PortalRole.FAMILY);
        ballots.cast(cycleId, Map.of(firstPriority, 5));
        long oldComment = 0;
        for (int i = 0; i < 5; i++) {
            SignedIn.as(springfield, "ce" + i + run, "Educator " + i, PortalRole.EDUCATOR);
            oldComment = comments.post(v1.sections().get(2).id(), Stance.CONCERN, "Old " + i, null, Locale.ENGLISH);
        }
        admin(springfield);
        responses.respond(List.of(familyComment, dualComment), "Scope and data.", Disposition.ADOPTED);
        responses.respond(List.of(oldComment), "Old goes.", Disposition.NOT_ADOPTED);

        stand(springfield, start.plusDays(40));
        drafts.startNextVersion(draftId, drafts.draft(draftId).orElseThrow().version());
        drafts.saveWorkingText(draftId, drafts.draft(draftId).orElseThrow().version(),
                "# Scope\nA, changed.\n\n# Data\nB.\n\n# New\nD.\n");
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());

        SignedIn.as(springfield, "cboard" + run, "Board", PortalRole.BOARD);
        ConsolidatedInput input = board.consolidated(cycleId, Optional.empty(), Optional.empty());
        ConsolidatedInput.Participation families = participation(input, VoterGroup.FAMILY);
        ConsolidatedInput.Participation educators = participation(input, VoterGroup.EDUCATOR);
        assertThat(List.of(families.participants(), families.comments(), families.ballots())).containsExactly(6L, 5L, 6L);
        assertThat(List.of(educators.participants(), educators.comments(), educators.ballots())).containsExactly(6L, 6L, 0L);

        assertThat(input.changes()).hasSize(1);
        List<ConsolidatedInput.SectionChange> changed = input.changes().getFirst().sections();
        assertThat(changed).extracting(ConsolidatedInput.SectionChange::heading, ConsolidatedInput.SectionChange::change,
                ConsolidatedInput.SectionChange::responses).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Scope", "CHANGED", Map.of(Disposition.ADOPTED, 1L)),
                org.assertj.core.groups.Tuple.tuple("Old", "REMOVED", Map.of(Disposition.NOT_ADOPTED, 1L)),
                org.assertj.core.groups.Tuple.tuple("New", "ADDED", Map.of()));
    }

    /** A cycle starting on {@code start}, made by an admin, with one draft published as version 1. */
    private record Published(long cycleId, long draftId, DraftVersion v1) {
    }

    private Published publish(District district, LocalDate start, String title, String text) {
        stand(district, start.minusDays(1));
        admin(district);
        long cycleId = cycles.createCycle(CyclePlans.sample(start));
        long draftId = drafts.createDraft(cycleId, title, text);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        return new Published(cycleId, draftId, drafts.version(draftId, 1).orElseThrow());
    }

    private static ConsolidatedInput.Participation participation(ConsolidatedInput input, VoterGroup group) {
        return input.participation().stream().filter(p -> p.group() == group).findFirst().orElseThrow();
    }

    private static void admin(District district) {
        SignedIn.as(district, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void stand(District district, LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());
    }
}
