package org.policycommons.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each demo district's adopted cycle, once, the comments, co-signatures, a reply, district responses and one
 * moderator's removal that its board packet summarises. The authors are the demo voters (participants, not realm
 * users); the three students' comments exist but, their group being under 5, the board sees only that they are
 * hidden. Written straight into the tables, as history: the services would rightly refuse a closed comment period.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.cycles", havingValue = "true", matchIfMissing = true)
class DemoComments {

    private static final Logger log = LoggerFactory.getLogger(DemoComments.class);
    private static final List<String> DEMO_DISTRICTS = List.of("springfield", "riverside");

    /** One demo comment: the section's number in version 1, who wrote it (the nth demo voter of a role), and what. */
    private record Said(int section, PortalRole role, int person, Stance stance, String language, String text,
                        String organisation) {
    }

    private static final String YOUTH = "Youth Justice Alliance";
    private static final String DISABILITY = "Disability Rights Network";
    private static final String FAMILIES = "Families for Fair Schools";
    private static final String POLICE = "{0} Police Department";
    private static final String ABUSIVE = "This section is garbage and so are the idiots who wrote it.";

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
            new Said(2, PortalRole.FAMILY, 2, Stance.CONCERN, "es",
                    "Los oficiales no deben intervenir en la disciplina escolar. Queremos que quede por escrito.", null),
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

    private final DistrictDirectory districts;
    private final CycleService cycles;
    private final DraftService drafts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoComments(DistrictDirectory districts, CycleService cycles, DraftService drafts, JdbcTemplate jdbc,
                 TransactionTemplate transactions) {
        this.districts = districts;
        this.cycles = cycles;
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(40) // after the demo drafts and the demo voters
    public void seed() {
        for (String slug : DEMO_DISTRICTS) {
            districts.bySlug(slug).ifPresent(district -> TenantScope.runAs(district.id(),
                    () -> transactions.executeWithoutResult(status -> seedOnce(district))));
        }
    }

    private void seedOnce(District district) {
        Optional<Cycle> adopted = cycles.history().stream().filter(Cycle::adopted).findFirst();
        if (adopted.isEmpty()) {
            return;
        }
        Cycle past = adopted.get();
        Long existing = jdbc.queryForObject("select count(*) from comment where district_id = ? and cycle_id = ?",
                Long.class, district.id(), past.id());
        Optional<Draft> draft = drafts.draftsOf(past.id()).stream().findFirst();
        Optional<DraftVersion> first = draft.flatMap(d -> drafts.version(d.id(), 1));
        Map<PortalRole, List<Long>> people = people(district);
        if (existing == null || existing > 0 || first.isEmpty()) {
            return;
        }
        int sectionsNeeded = SAID.stream().mapToInt(Said::section).max().orElse(2);
        if (!enoughPeople(people) || first.get().sections().size() < Math.max(2, sectionsNeeded)) {
            // Not the demo's voters or draft (say, a database a test changed): seed nothing rather than half.
            log.info("The demo voters or draft of {} are not as the demo made them; no demo comments", district.name());
            return;
        }
        DraftVersion v1 = first.get();
        Instant opened = past.phase(PhaseKind.PUBLIC_COMMENT).orElseThrow().opensAt();
        String city = district.name().split(" ")[0];

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SAID.size(); i++) {
            Said said = SAID.get(i);
            Section section = v1.sections().get(said.section() - 1);
            long author = people.get(said.role()).get(said.person());
            String organisation = said.organisation() == null ? null
                    : said.organisation().equals(POLICE) ? city + " Police Department" : said.organisation();
            ids.add(insert(district, past, v1, section, null, author, said.role(), said.stance(), said.text(),
                    said.language(), organisation, opened.plus(Duration.ofHours(5L * i + 3))));
        }
        // A reply, co-signatures from two other organisations, and a removal after a flag.
        Section roles = v1.sections().get(1);
        insert(district, past, v1, roles, ids.get(3), people.get(PortalRole.EDUCATOR).get(5), PortalRole.EDUCATOR, null,
                "Same in my classroom: staff should handle conflicts like this one.", "en", null,
                opened.plus(Duration.ofDays(4)));
        cosign(district, ids.get(8), people.get(PortalRole.CIVIL_RIGHTS).get(0), YOUTH, opened.plus(Duration.ofDays(5)));
        cosign(district, ids.get(8), people.get(PortalRole.CIVIL_RIGHTS).get(2), FAMILIES, opened.plus(Duration.ofDays(5)));
        long abusive = ids.get(SAID.stream().map(Said::text).toList().indexOf(ABUSIVE));
        Instant removed = opened.plus(Duration.ofDays(6));
        jdbc.update("""
                insert into comment_flag (district_id, comment_id, participant_id, reason, created_at, handled_at)
                values (?, ?, ?, ?, ?, ?)""", district.id(), abusive, people.get(PortalRole.FAMILY).get(0),
                "Insults people", ts(removed.minus(Duration.ofHours(3))), ts(removed));
        jdbc.update("update comment set hidden_at = ?, hidden_reason = ? where id = ?", ts(removed),
                "Personal attack", abusive);
        jdbc.update("""
                insert into moderation_act (district_id, cycle_id, comment_id, act, public_reason, actor_subject, created_at)
                values (?, ?, ?, 'HIDE', ?, 'demo', ?)""", district.id(), past.id(), abusive, "Personal attack", ts(removed));

        Instant answered = past.phase(PhaseKind.REVISION).orElseThrow().opensAt().plus(Duration.ofDays(1));
        respond(district, past, v1, List.of(ids.get(8), ids.get(3), ids.get(4), ids.get(5)), Disposition.PARTLY_ADOPTED,
                "Version 2 keeps discipline with school staff and lists when staff may call the officer. The IEP "
                        + "consultation will be set out in the district's procedures.", answered);
        respond(district, past, v1, List.of(ids.get(12), ids.get(11)), Disposition.ADOPTED,
                "Version 2 requires telling parents before any questioning, except in an emergency.", answered);
        respond(district, past, v1, List.of(ids.get(18), ids.get(20)), Disposition.ADOPTED,
                "Arrests and referrals will be published every semester, by school and student group, as a "
                        + "downloadable file.", answered);
        respond(district, past, v1, List.of(ids.get(16)), Disposition.NOT_ADOPTED,
                "Interview panels are staff only; families will be consulted through the advisory committee.", answered);
        respond(district, past, v1, List.of(ids.get(1)), Disposition.OUT_OF_SCOPE,
                "Mental-health response is part of the counseling policy, which is reviewed separately.", answered);
        log.info("Demo comments and responses created for {}", district.name());
    }

    /** Whether every author, replier, co-signer and flagger the demo comments name is among the demo voters. */
    private static boolean enoughPeople(Map<PortalRole, List<Long>> people) {
        Map<PortalRole, Integer> needed = new HashMap<>(Map.of(PortalRole.EDUCATOR, 6, PortalRole.CIVIL_RIGHTS, 3,
                PortalRole.FAMILY, 1));
        SAID.forEach(said -> needed.merge(said.role(), said.person() + 1, Math::max));
        return needed.entrySet().stream()
                .allMatch(need -> people.getOrDefault(need.getKey(), List.of()).size() >= need.getValue());
    }

    /** The demo voters of each role, in the order they were made. */
    private Map<PortalRole, List<Long>> people(District district) {
        Map<PortalRole, List<Long>> byRole = new HashMap<>();
        jdbc.query("""
                select id, roles from participant where district_id = ? and subject like 'demo-voter-%' order by id""",
                rs -> {
                    for (PortalRole role : PortalRole.values()) {
                        if (role.realmRole().equals(rs.getString(2))) {
                            byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(rs.getLong(1));
                        }
                    }
                }, district.id());
        return byRole;
    }

    private long insert(District district, Cycle cycle, DraftVersion version, Section section, Long parent, long author,
                        PortalRole role, Stance stance, String text, String language, String organisation, Instant at) {
        String pseudonym = jdbc.queryForObject("select pseudonym from participant where id = ?", String.class, author);
        return insertReturningId("""
                insert into comment (district_id, cycle_id, draft_id, version_id, section_id, section_key, parent_id,
                    root_id, depth, author_id, author_role, author_name, author_organisation, stance, body, language,
                    created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                district.id(), cycle.id(), version.draftId(), version.id(), section.id(), section.key(), parent, parent,
                parent == null ? 0 : 1, author, role.realmRole(), role == PortalRole.STUDENT ? null : pseudonym,
                organisation, stance == null ? null : stance.name(), text, language, ts(at));
    }

    /** Runs an insert and returns the id the database gave the new row. */
    private long insertReturningId(String sql, Object... args) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            java.sql.PreparedStatement statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, key);
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    private void cosign(District district, long comment, long participant, String organisation, Instant at) {
        jdbc.update("""
                insert into comment_cosign (district_id, comment_id, participant_id, organisation, created_at)
                values (?, ?, ?, ?, ?)""", district.id(), comment, participant, organisation, ts(at));
    }

    private void respond(District district, Cycle cycle, DraftVersion version, List<Long> comments,
                         Disposition disposition, String text, Instant at) {
        long response = insertReturningId("""
                insert into district_response (district_id, cycle_id, draft_id, version_id, body, disposition,
                    created_at, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, 'demo', 'District staff')""", district.id(), cycle.id(), version.draftId(),
                version.id(), text, disposition.name(), ts(at));
        for (long comment : comments) {
            jdbc.update("insert into response_comment (district_id, response_id, comment_id) values (?, ?, ?)",
                    district.id(), response, comment);
        }
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
