package org.policycommons.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policycommons.comment.Channel;
import org.policycommons.comment.CommentHistory;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.Stance;
import org.policycommons.comment.TextKind;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.PortalRole;
import org.policycommons.text.Translated;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo districts' adopted cycle gets comments from every group on version 1 (two students', so hidden on the
 * board's page), a reply, co-signatures, five responses and one removal after a flag, so that its board page and
 * packet are complete. Written by the demo people, through the comment module's history.
 */
@Component
@Profile("demo")
class DemoComments {

    private static final Logger log = LoggerFactory.getLogger(DemoComments.class);

    /** One demo comment: the section's number in version 1, who wrote it (the nth demo voter of a role), and what. */
    private record Said(int section, PortalRole role, int person, Stance stance, String language, String text,
                        String organisation) {
    }

    private static final String YOUTH = "Youth Justice Alliance";
    private static final String DISABILITY = "Disability Rights Network";
    private static final String FAMILIES = "Families for Fair Schools";
    private static final String POLICE = "{0} Police Department";
    private static final String ABUSIVE = "This section is garbage and so are the idiots who wrote it.";

    private static final String IN_WRITING =
            "Los oficiales no deben intervenir en la disciplina escolar. Queremos que quede por escrito.";

    private static final List<Said> SAID = List.of(
            new Said(1, PortalRole.FAMILY, 0, Stance.SUPPORT, "en",
                    "Good to see the purpose say officers are here for safety, not for discipline.", null),
            new Said(1, PortalRole.EDUCATOR, 0, Stance.QUESTION, "en",
                    "Does safety include mental-health crises? Counselors should lead those, not officers.", null),
            new Said(1, PortalRole.CIVIL_RIGHTS, 0, Stance.CONCERN, "en",
                    "The purpose should commit to fewer arrests and referrals of students, with a target we can check.",
                    YOUTH),
            new Said(2, PortalRole.FAMILY, 1, Stance.CONCERN, "en",
                    "My son was questioned by an officer over a hallway argument. Discipline must stay with school staff.",
                    null),
            new Said(2, PortalRole.FAMILY, 2, Stance.CONCERN, "es", IN_WRITING, null),
            new Said(2, PortalRole.EDUCATOR, 1, Stance.SUGGESTION, "en",
                    "List the situations in which staff may call the officer, and those in which they may not.", null),
            new Said(2, PortalRole.PARTNER, 0, Stance.SUGGESTION, "en",
                    "We support a written list of duties; it protects officers too. Please name who supervises them.",
                    POLICE),
            new Said(2, PortalRole.STUDENT, 0, Stance.CONCERN, "en",
                    "Officers stop students in the hallway for no reason.", null),
            new Said(2, PortalRole.CIVIL_RIGHTS, 1, Stance.CONCERN, "en",
                    "Students with disabilities are referred more often. Staff should consult the IEP team before "
                            + "involving an officer.", DISABILITY),
            new Said(3, PortalRole.FAMILY, 3, Stance.CONCERN, "en",
                    "No student should be arrested for disorderly conduct at school.", null),
            new Said(3, PortalRole.FAMILY, 4, Stance.SUPPORT, "en",
                    "I agree with limiting arrests to serious threats to safety.", null),
            new Said(3, PortalRole.EDUCATOR, 2, Stance.QUESTION, "en",
                    "Who tells parents when a student is questioned, and how soon?", null),
            new Said(3, PortalRole.CIVIL_RIGHTS, 2, Stance.CONCERN, "en",
                    "Parents must be told before any questioning, and students told their rights in a language they "
                            + "understand.", FAMILIES),
            new Said(3, PortalRole.STUDENT, 1, Stance.QUESTION, "en",
                    "Can a parent be with us if we are questioned?", null),
            new Said(3, PortalRole.FAMILY, 5, Stance.CONCERN, "en", ABUSIVE, null),
            new Said(4, PortalRole.EDUCATOR, 3, Stance.SUPPORT, "en",
                    "Training in adolescent development is overdue.", null),
            new Said(4, PortalRole.FAMILY, 6, Stance.SUGGESTION, "en",
                    "Let families sit on the interview panel for new officers.", null),
            new Said(4, PortalRole.PARTNER, 1, Stance.SUPPORT, "en",
                    "Our officers already take 40 hours of crisis-intervention training; we can share the curriculum.",
                    POLICE),
            new Said(5, PortalRole.CIVIL_RIGHTS, 3, Stance.SUGGESTION, "en",
                    "Publish arrests and referrals by race, disability, gender and school, every semester.", YOUTH),
            new Said(5, PortalRole.FAMILY, 7, Stance.SUPPORT, "es",
                    "Publicar los datos es muy importante para las familias.", null),
            new Said(5, PortalRole.EDUCATOR, 4, Stance.QUESTION, "en",
                    "Will the data be in a file the public can download?", null));

    private final CycleService cycles;
    private final DraftService drafts;
    private final CommentHistory history;

    DemoComments(CycleService cycles, DraftService drafts, CommentHistory history) {
        this.cycles = cycles;
        this.drafts = drafts;
        this.history = history;
    }

    void seedOnce(District district, DemoPeople people) {
        Optional<Cycle> adopted = cycles.history().stream().filter(Cycle::adopted).findFirst();
        if (adopted.isEmpty() || history.any(adopted.get().id())) {
            return;
        }
        Cycle past = adopted.get();
        Optional<DraftVersion> first = drafts.draftsOf(past.id()).stream().findFirst()
                .flatMap((Draft d) -> drafts.version(d.id(), 1));
        int sectionsNeeded = SAID.stream().mapToInt(Said::section).max().orElse(2);
        if (first.isEmpty() || first.get().sections().size() < Math.max(2, sectionsNeeded)) {
            // Not the demo's draft (say, a database a test changed): seed nothing rather than half.
            log.info("The demo draft of {} is not as the demo made it; no demo comments", district.name());
            return;
        }
        DraftVersion v1 = first.get();
        Instant opened = past.phase(PhaseKind.PUBLIC_COMMENT).orElseThrow().opensAt();
        String city = district.name().split(" ")[0];

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SAID.size(); i++) {
            Said said = SAID.get(i);
            Section section = v1.sections().get(said.section() - 1);
            String organisation = said.organisation() == null ? null
                    : said.organisation().equals(POLICE) ? city + " Police Department" : said.organisation();
            ids.add(history.recordComment(past.id(), v1, section, null,
                    writer(people, said.role(), said.person(), organisation), said.stance(), said.text(),
                    said.language(), opened.plus(Duration.ofHours(5L * i + 3))));
        }
        // A reply, co-signatures from two other organisations, and a removal after a flag.
        history.recordComment(past.id(), v1, v1.sections().get(1), ids.get(3),
                writer(people, PortalRole.EDUCATOR, 5, null), null,
                "Same in my classroom: staff should handle conflicts like this one.", "en",
                opened.plus(Duration.ofDays(4)));
        history.recordCosign(ids.get(8), people.of(PortalRole.CIVIL_RIGHTS, 0).participantId(), YOUTH,
                opened.plus(Duration.ofDays(5)));
        history.recordCosign(ids.get(8), people.of(PortalRole.CIVIL_RIGHTS, 2).participantId(), FAMILIES,
                opened.plus(Duration.ofDays(5)));
        // A Spanish comment the district translated for its English readers, shown beside the original.
        history.recordStaffTranslation(ids.get(SAID.stream().map(Said::text).toList().indexOf(IN_WRITING)),
                java.util.Locale.ENGLISH, "Officers should not take part in school discipline. We want it in writing.");
        long abusive = ids.get(SAID.stream().map(Said::text).toList().indexOf(ABUSIVE));
        Instant removed = opened.plus(Duration.ofDays(6));
        history.recordRemoval(past.id(), abusive, people.of(PortalRole.FAMILY, 0).participantId(), "Insults people",
                "Personal attack", removed.minus(Duration.ofHours(3)), removed);

        offline(past, v1, district, opened);

        Instant answered = past.phase(PhaseKind.REVISION).orElseThrow().opensAt().plus(Duration.ofDays(1));
        history.recordResponse(past.id(), v1, List.of(ids.get(8), ids.get(3), ids.get(4), ids.get(5)),
                Disposition.PARTLY_ADOPTED, answer(
                "Version 2 keeps discipline with school staff and lists when staff may call the officer. The IEP "
                        + "consultation will be set out in the district's procedures.",
                "La versión 2 deja la disciplina en manos del personal escolar y enumera cuándo puede llamar al "
                        + "agente. La consulta sobre el IEP se fijará en los procedimientos del distrito."), answered);
        history.recordResponse(past.id(), v1, List.of(ids.get(12), ids.get(11)), Disposition.ADOPTED, answer(
                "Version 2 requires telling parents before any questioning, except in an emergency.",
                "La versión 2 exige avisar a los padres antes de cualquier interrogatorio, salvo en una emergencia."),
                answered);
        history.recordResponse(past.id(), v1, List.of(ids.get(18), ids.get(20)), Disposition.ADOPTED, answer(
                "Arrests and referrals will be published every semester, by school and student group, as a "
                        + "downloadable file.",
                "Los arrestos y las derivaciones se publicarán cada semestre, por escuela y grupo de estudiantes, "
                        + "en un archivo descargable."), answered);
        history.recordResponse(past.id(), v1, List.of(ids.get(16)), Disposition.NOT_ADOPTED, answer(
                "Interview panels are staff only; families will be consulted through the advisory committee.",
                "Los comités de entrevista son solo de personal; se consultará a las familias a través del comité "
                        + "asesor."), answered);
        history.recordResponse(past.id(), v1, List.of(ids.get(1)), Disposition.OUT_OF_SCOPE, answer(
                "Mental-health response is part of the counseling policy, which is reviewed separately.",
                "La atención de salud mental forma parte de la política de orientación, que se revisa aparte."),
                answered);
        // Its suggestion not adopted, its author still stands by it on version 2 before the board votes; the other
        // comments of version 1 are carried to version 2, marked by whether their section changed.
        drafts.version(v1.draftId(), 2).ifPresent(v2 -> history.recordStandBy(ids.get(16), v2,
                past.phase(PhaseKind.BOARD_REVIEW).orElseThrow().opensAt().plus(Duration.ofDays(1))));
    }

    /**
     * Input the district received outside the portal during public comment: testimony at a board meeting (one
     * speaker who did not say their group, hidden with the students and the partners), a stack of paper forms from a
     * school night (families, in English and Spanish), and a letter on the draft as a whole, entered by staff.
     */
    private void offline(Cycle past, DraftVersion v1, District district, Instant opened) {
        java.time.ZoneId zone = district.timeZone();
        java.time.LocalDate meeting = opened.plus(Duration.ofDays(7)).atZone(zone).toLocalDate();
        Instant enteredAfterMeeting = opened.plus(Duration.ofDays(8));
        List<Section> sections = v1.sections();
        history.recordIntake(past.id(), v1, List.of(sections.get(2)), null, Channel.BOARD_MEETING, meeting,
                Stance.CONCERN, "Speaker asked the board to end arrests for school fights and to report every "
                        + "arrest to the parents the same day.", TextKind.SUMMARY, "en", enteredAfterMeeting);
        history.recordIntake(past.id(), v1, List.of(sections.get(1)), PortalRole.EDUCATOR, Channel.BOARD_MEETING,
                meeting, Stance.SUPPORT, "A teacher thanked the district for keeping discipline with staff.",
                TextKind.SUMMARY, "en", enteredAfterMeeting);
        java.time.LocalDate schoolNight = opened.plus(Duration.ofDays(3)).atZone(zone).toLocalDate();
        Instant typedIn = opened.plus(Duration.ofDays(4));
        record Form(int section, PortalRole group, Stance stance, String language, String text) {
        }
        List<Form> forms = List.of(
                new Form(1, PortalRole.FAMILY, Stance.SUPPORT, "en", "Keep officers away from discipline."),
                new Form(2, PortalRole.FAMILY, Stance.CONCERN, "es",
                        "Mi hijo tiene un IEP. Quiero que me llamen antes de que un agente hable con él."),
                new Form(2, PortalRole.FAMILY, Stance.QUESTION, "en", "Who decides when staff call the officer?"),
                new Form(3, PortalRole.FAMILY, Stance.CONCERN, "es",
                        "Ningún estudiante debería ser arrestado por una pelea en la escuela."),
                new Form(3, PortalRole.FAMILY, Stance.CONCERN, "en",
                        "Students should be told their rights before any questioning."),
                new Form(5, PortalRole.FAMILY, Stance.SUGGESTION, "en", "Publish the numbers for each school."));
        for (Form form : forms) {
            history.recordIntake(past.id(), v1, List.of(sections.get(form.section() - 1)), form.group(),
                    Channel.PAPER_FORM, schoolNight, form.stance(), form.text(), TextKind.AS_WRITTEN,
                    form.language(), typedIn);
        }
        history.recordIntake(past.id(), v1, List.of(), PortalRole.CIVIL_RIGHTS, Channel.LETTER,
                opened.plus(Duration.ofDays(9)).atZone(zone).toLocalDate(), Stance.CONCERN,
                "Our letter asks the district to set a yearly target for fewer arrests and referrals, and to review "
                        + "the agreement with the police department every year in public.",
                TextKind.SUMMARY, "en", opened.plus(Duration.ofDays(10)));
    }

    /** A response in English and Spanish, the demo districts' languages. */
    private static Translated answer(String english, String spanish) {
        return new Translated(java.util.Map.of("en", english, "es", spanish));
    }

    private static CommentHistory.Writer writer(DemoPeople people, PortalRole role, int index, String organisation) {
        DemoPeople.Person person = people.of(role, index);
        return new CommentHistory.Writer(person.participantId(), role, person.name(), organisation);
    }
}
