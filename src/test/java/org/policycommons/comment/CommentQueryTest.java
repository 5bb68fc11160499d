package org.policycommons.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.VoterGroup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * A section's comments as a reader asks for them, on the real database: five families and one student comment a day
 * apart; a civil-rights group co-signs the third, the fourth gets two replies, the district answers the second. Each
 * order and filter, and a filter by the lone student's group refused.
 */
class CommentQueryTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2036, 11, 3);

    @Autowired
    CommentService comments;
    @Autowired
    ResponseService responses;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private long section;
    private final List<Long> family = new ArrayList<>();
    private long student;

    @BeforeEach
    void fiveFamiliesAndAStudent() {
        springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1), 12);
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        long cycleId = cycles.createCycle(CyclePlans.sample(START));
        long draftId = drafts.createDraft(cycleId, "Query " + run, "# Arrests\nOfficers arrest students.\n");
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        section = drafts.version(draftId, 1).orElseThrow().sections().getFirst().id();
        Stance[] stances = {Stance.SUPPORT, Stance.CONCERN, Stance.CONCERN, Stance.QUESTION, Stance.SUGGESTION};
        for (int i = 0; i < 5; i++) {
            standAt(START.plusDays(10 + i), 12);
            SignedIn.as(springfield, "family" + i + "-" + run, "Family " + i, PortalRole.FAMILY);
            family.add(comments.post(section, stances[i], "Family comment " + i, null,
                    i == 4 ? Locale.forLanguageTag("es") : Locale.ENGLISH));
        }
        standAt(START.plusDays(16), 12);
        SignedIn.as(springfield, "student-" + run, "Sam Lee", PortalRole.STUDENT);
        student = comments.post(section, Stance.CONCERN, "Student comment", null, Locale.ENGLISH);
        SignedIn.forOrganisation(springfield, "civil-" + run, "Aisha Johnson", "Equal Justice Now",
                PortalRole.CIVIL_RIGHTS);
        comments.cosign(family.get(2));
        comments.reply(family.get(3), "A reply", Locale.ENGLISH);
        comments.reply(family.get(3), "Another reply", Locale.ENGLISH);
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        responses.respond(List.of(family.get(1)), "We will.", Disposition.ADOPTED);
        SignedIn.as(springfield, "family0-" + run, "Family 0", PortalRole.FAMILY);
    }

    @Test
    void eachOrder() {
        assertThat(ids(query(CommentQuery.Order.OLDEST))).containsExactly(family.get(0), family.get(1), family.get(2),
                family.get(3), family.get(4), student);
        assertThat(ids(query(CommentQuery.Order.NEWEST))).containsExactly(student, family.get(4), family.get(3),
                family.get(2), family.get(1), family.get(0));
        assertThat(ids(query(CommentQuery.Order.MOST_COSIGNED))).first().isEqualTo(family.get(2));
        assertThat(ids(query(CommentQuery.Order.MOST_REPLIES))).first().isEqualTo(family.get(3));
        Page<Comment> paged = comments.comments(section, query(CommentQuery.Order.NEWEST), PageRequest.of(1, 4));
        assertThat(paged.getTotalElements()).isEqualTo(6);
        assertThat(paged.getContent()).extracting(Comment::id).containsExactly(family.get(1), family.get(0));
    }

    @Test
    void eachFilter() {
        assertThat(ids(filter(Optional.of(Stance.CONCERN), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(family.get(1), family.get(2), student);
        assertThat(ids(filter(Optional.empty(), Optional.of(VoterGroup.FAMILY), Optional.empty(), Optional.empty())))
                .containsExactlyElementsOf(family);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty())))
                .containsExactly(family.get(1));
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty())))
                .doesNotContain(family.get(1)).hasSize(5);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Channel.ONLINE))))
                .hasSize(6);
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Channel.PAPER_FORM))))
                .isEmpty();
        assertThat(ids(CommentQuery.ALL.writtenIn(Optional.of(Locale.forLanguageTag("es")))))
                .containsExactly(family.get(4));
        // Stance and group together.
        assertThat(ids(filter(Optional.of(Stance.CONCERN), Optional.of(VoterGroup.FAMILY), Optional.empty(),
                Optional.empty()))).containsExactly(family.get(1), family.get(2));
        // The public without students: the student's comment is not there to filter.
        assertThat(comments.forPublic(section, false, filter(Optional.of(Stance.CONCERN), Optional.empty(),
                Optional.empty(), Optional.empty()), PageRequest.of(0, 20)).threads().getContent())
                .extracting(Comment::id).containsExactly(family.get(1), family.get(2));
    }

    @Test
    void aGroupTooSmallToBePickedOutIsRefused() {
        assertThatThrownBy(() -> ids(filter(Optional.empty(), Optional.of(VoterGroup.STUDENT), Optional.empty(),
                Optional.empty()))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("comment.filter.error.small-group");
    }

    @Test
    void searchFindsWordsAcrossTheVersionWithTheirSection() {
        long versionId = drafts.section(section).orElseThrow().versionId();
        Page<CommentService.Found> students = comments.search(versionId, "student", true, PageRequest.of(0, 20));
        assertThat(students.getContent()).extracting(f -> f.comment().id()).containsExactly(student);
        assertThat(students.getContent().getFirst().sectionId()).isEqualTo(section);
        assertThat(comments.search(versionId, "student", false, PageRequest.of(0, 20))).as("the public, without students")
                .isEmpty();
        // Replies are found too; a reader's quotes and stars are words, not syntax.
        assertThat(comments.search(versionId, "\"reply*", true, PageRequest.of(0, 20)).getTotalElements()).isEqualTo(2);
        // Any of the words, the comments with more of them first: the student's, with one, comes last.
        Page<CommentService.Found> paged = comments.search(versionId, "family comment", true, PageRequest.of(1, 4));
        assertThat(paged.getTotalElements()).isEqualTo(6);
        assertThat(paged.getContent()).hasSize(2).last().extracting(f -> f.comment().id()).isEqualTo(student);
        assertThatThrownBy(() -> comments.search(versionId, "   ", true, PageRequest.of(0, 20)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("comment.search.error.empty");
        assertThatThrownBy(() -> comments.search(versionId, "x".repeat(201), true, PageRequest.of(0, 20)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("comment.search.error.too-long");
    }

    private List<Long> ids(CommentQuery query) {
        return comments.comments(section, query, PageRequest.of(0, 20)).getContent().stream().map(Comment::id)
                .toList();
    }

    private static CommentQuery query(CommentQuery.Order order) {
        return new CommentQuery(order, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static CommentQuery filter(Optional<Stance> stance, Optional<VoterGroup> group, Optional<Boolean> answered,
                                       Optional<Channel> channel) {
        return new CommentQuery(CommentQuery.Order.OLDEST, stance, group, answered, channel, Optional.empty());
    }

    private void standAt(LocalDate day, int hour) {
        clock.standAt(day.atTime(LocalTime.of(hour, 0)).atZone(springfield.timeZone()).toInstant());
    }
}
