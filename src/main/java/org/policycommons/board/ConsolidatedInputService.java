package org.policycommons.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policycommons.comment.Channel;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.Redline;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.Roles;
import org.policycommons.vote.BallotService;
import org.policycommons.vote.Results;
import org.policycommons.vote.CycleSuppression;
import org.policycommons.vote.HiddenGroups;
import org.policycommons.vote.VoterGroup;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consolidated input of a cycle, for the board and district admins only: families and students are refused here,
 * whatever page or export asks. Every figure is a SQL aggregate over the comment, vote and response tables (a read
 * model across modules, docs/decisions/010), always limited to the current district by name.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedInputService {

    static final String READERS = "hasAnyRole('" + Roles.BOARD + "', '" + Roles.DISTRICT_ADMIN + "')";

    private final JdbcTemplate jdbc;
    private final CycleService cycles;
    private final BallotService ballots;
    private final DistrictDirectory districts;
    private final DraftService drafts;
    private final CycleSuppression suppression;

    ConsolidatedInputService(JdbcTemplate jdbc, CycleService cycles, BallotService ballots, DistrictDirectory districts,
                             DraftService drafts, CycleSuppression suppression) {
        this.drafts = drafts;
        this.suppression = suppression;
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.ballots = ballots;
        this.districts = districts;
    }

    @PreAuthorize(READERS)
    public ConsolidatedInput consolidated(long cycleId, Optional<Integer> versionNumber, Optional<VoterGroup> group) {
        cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        long district = CurrentDistrict.require();
        int enrolment = districts.byId(district).map(District::enrolment).orElse(0);

        Map<VoterGroup, Long> comments = byGroup("""
                select author_role, count(*) from comment
                where district_id = ? and cycle_id = ? and depth = 0 and withdrawn_at is null and hidden_at is null
                group by author_role""", district, cycleId);
        // The one suppression decision for the cycle: the vote's results, the comment figures and the participation
        // rows all follow it (a row is hidden when either side hides its group).
        HiddenGroups decision = suppression.of(cycleId);
        Set<VoterGroup> hidden = decision.commentsHidden();
        Results votes = ballots.results(cycleId, decision);

        List<ConsolidatedInput.Participation> participation = new ArrayList<>();
        for (VoterGroup g : VoterGroup.values()) {
            if (decision.rowHidden(g)) {
                participation.add(new ConsolidatedInput.Participation(g, true, null, null, null, null));
                continue;
            }
            long count = decision.people().get(g);
            // Only students have a denominator: enrolment counts students, not families (docs/decisions/017).
            Double rate = g == VoterGroup.STUDENT && enrolment > 0 ? (double) count / enrolment : null;
            participation.add(new ConsolidatedInput.Participation(g, false, count, comments.getOrDefault(g, 0L),
                    decision.voters().get(g), rate));
        }

        return new ConsolidatedInput(cycleId, versionNumber, group, enrolment, participation, hidden,
                sections(district, cycleId, versionNumber, group, hidden), votes,
                dispositions(district, cycleId), unanswered(district, cycleId, versionNumber, hidden),
                changes(district, cycleId),
                byLanguage(district, cycleId, hidden), byChannel(district, cycleId, hidden),
                acrossVersions(district, cycleId, hidden));
    }

    /**
     * The comments behind one cell of the comments table: a section, optionally one group and one stance, oldest
     * first, a page at a time. A suppressed group's comments are never listed, not even among all groups': their
     * number is what is hidden.
     */
    @PreAuthorize(READERS)
    public Page<ConsolidatedInput.DrillComment> drill(long cycleId, long sectionId, Optional<VoterGroup> group,
                                                      Optional<Stance> stance, Pageable page) {
        long district = CurrentDistrict.require();
        Set<VoterGroup> hidden = hiddenGroups(cycleId);
        if (group.isPresent() && hidden.contains(group.get())) {
            return Page.empty(page);
        }
        StringBuilder where = new StringBuilder("""
                 from comment c join participant p on p.id = c.author_id
                 where c.district_id = ? and c.cycle_id = ? and c.depth = 0
                 and c.withdrawn_at is null and c.hidden_at is null""");
        List<Object> args = new ArrayList<>(List.of(district, cycleId));
        if (sectionId == 0) {
            // The draft as a whole: input received outside the portal on no one section.
            where.append(" and c.section_id is null");
        } else {
            where.append(" and c.section_id = ?");
            args.add(sectionId);
        }
        group.ifPresent(g -> {
            where.append(" and c.author_role = ?");
            args.add(g.code());
        });
        if (group.isEmpty()) {
            // All groups means all shown groups: a hidden group's comments would tell its size.
            where.append(shownOnly(hidden, args));
        }
        stance.ifPresent(s -> {
            where.append(" and c.stance = ?");
            args.add(s.name());
        });
        Long total = jdbc.queryForObject("select count(*) " + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.getPageSize());
        pageArgs.add(page.getOffset());
        List<ConsolidatedInput.DrillComment> rows = jdbc.query("""
                select c.id, c.author_role,
                       case when c.author_role in ('civil_rights', 'partner') and c.author_organisation is not null
                            then c.author_organisation else p.pseudonym end,
                       c.stance, c.body, c.created_at, c.language""" + " " + where
                        + " order by c.created_at, c.id limit ? offset ?",
                (rs, i) -> new ConsolidatedInput.DrillComment(rs.getLong(1), groupOf(rs.getString(2)), rs.getString(3),
                        Stance.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7)),
                pageArgs.toArray());
        return new PageImpl<>(rows, page, total == null ? 0 : total);
    }

    /**
     * A few representative comments per section, by the rule printed in the board packet (docs/decisions/011): for
     * each section and each view, the shown top-level comment with the most co-signatures, then the most replies,
     * then the earliest, from groups that are shown. At most one per view, so at most four per section.
     */
    Map<Long, List<ConsolidatedInput.DrillComment>> representative(long cycleId, Set<VoterGroup> hidden) {
        long district = CurrentDistrict.require();
        StringBuilder sql = new StringBuilder("""
                select id, section_id, author_role, shown_as, stance, body, created_at, language from (
                    select c.id, c.section_id, c.author_role, c.stance, c.body, c.created_at, c.language,
                           case when c.author_role in ('civil_rights', 'partner') and c.author_organisation is not null
                                then c.author_organisation else p.pseudonym end as shown_as,
                           row_number() over (partition by c.section_id, c.stance
                               order by coalesce(k.n, 0) desc, coalesce(r.n, 0) desc, c.created_at, c.id) as pick
                    from comment c
                    join participant p on p.id = c.author_id
                    left join (select comment_id, count(*) as n from comment_cosign where district_id = ?
                               group by comment_id) k on k.comment_id = c.id
                    left join (select root_id, count(*) as n from comment
                               where district_id = ? and cycle_id = ? and depth > 0 and withdrawn_at is null
                               and hidden_at is null group by root_id) r on r.root_id = c.id
                    where c.district_id = ? and c.cycle_id = ? and c.depth = 0
                    and c.withdrawn_at is null and c.hidden_at is null""");
        List<Object> args = new ArrayList<>(List.of(district, district, cycleId, district, cycleId));
        sql.append(shownOnly(hidden, args));
        sql.append(") t where pick = 1 order by section_id, stance");
        Map<Long, List<ConsolidatedInput.DrillComment>> bySection = new LinkedHashMap<>();
        jdbc.query(sql.toString(), rs -> {
            bySection.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new ConsolidatedInput.DrillComment(
                    rs.getLong(1), groupOf(rs.getString(3)), rs.getString(4), Stance.valueOf(rs.getString(5)),
                    rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)));
        }, args.toArray());
        return bySection;
    }

    /** The groups whose comment figures and comments are not shown: fewer than 5 people, or hidden to protect one. */
    Set<VoterGroup> hiddenGroups(long cycleId) {
        return suppression.of(cycleId).commentsHidden();
    }

    /** How many of the cycle's comments moderators have removed and not restored. */
    long removedNow(long cycleId) {
        Long n = jdbc.queryForObject("select count(*) from comment where district_id = ? and cycle_id = ? "
                + "and hidden_at is not null", Long.class, CurrentDistrict.require(), cycleId);
        return n == null ? 0 : n;
    }

    /**
     * Each draft's successive published versions: what changed, and how many responses of each disposition answer
     * comments made, on the older version, in the section that changed (counted in SQL, one query per version pair).
     */
    private List<ConsolidatedInput.VersionChange> changes(long district, long cycleId) {
        List<ConsolidatedInput.VersionChange> changes = new ArrayList<>();
        for (Draft draft : drafts.draftsOf(cycleId)) {
            List<Draft.VersionSummary> published = draft.published();
            for (int i = 1; i < published.size(); i++) {
                int from = published.get(i - 1).number();
                int to = published.get(i).number();
                Redline redline = drafts.redline(draft.id(), from, to);
                Map<Integer, Map<Disposition, Long>> behind = new java.util.HashMap<>();
                jdbc.query("""
                        select s.position, r.disposition, count(distinct r.id)
                        from district_response r
                        join draft_version v on v.id = r.version_id
                        join response_comment l on l.response_id = r.id
                        join comment c on c.id = l.comment_id and c.version_id = r.version_id
                        join draft_section s on s.id = c.section_id
                        where r.district_id = ? and r.cycle_id = ? and v.draft_id = ? and v.number = ?
                        group by s.position, r.disposition""", rs -> {
                    behind.computeIfAbsent(rs.getInt(1), k -> new EnumMap<>(Disposition.class))
                            .put(Disposition.valueOf(rs.getString(2)), rs.getLong(3));
                }, district, cycleId, draft.id(), from);
                List<ConsolidatedInput.SectionChange> sections = new ArrayList<>();
                for (Redline.SectionChange section : redline.sections()) {
                    if (section.change() == Redline.Change.UNCHANGED) {
                        continue;
                    }
                    String heading = section.heading().stream().filter(h -> h.kind() != Redline.Kind.REMOVED)
                            .map(Redline.Segment::text).reduce("", String::concat);
                    if (heading.isBlank()) {
                        heading = section.heading().stream().map(Redline.Segment::text).reduce("", String::concat);
                    }
                    // Comments were made on the older version: an added section has none behind it.
                    Map<Disposition, Long> responses = section.fromNumber() == null ? Map.of()
                            : behind.getOrDefault(section.fromNumber(), Map.of());
                    sections.add(new ConsolidatedInput.SectionChange(heading, section.fromNumber(), section.toNumber(),
                            section.change().name(), responses));
                }
                changes.add(new ConsolidatedInput.VersionChange(draft.title(), from, to,
                        redline.count(Redline.Change.CHANGED), redline.count(Redline.Change.ADDED),
                        redline.count(Redline.Change.REMOVED), sections));
            }
        }
        return changes;
    }

    private List<ConsolidatedInput.SectionComments> sections(long district, long cycleId, Optional<Integer> version,
                                                             Optional<VoterGroup> only, Set<VoterGroup> hidden) {
        StringBuilder sql = new StringBuilder("""
                select t.section_id, s.position, s.heading, t.author_role, t.stance, t.n from (
                    select c.section_id, c.author_role, c.stance, count(*) as n from comment c
                    where c.district_id = ? and c.cycle_id = ? and c.depth = 0
                    and c.withdrawn_at is null and c.hidden_at is null""");
        List<Object> args = new ArrayList<>(List.of(district, cycleId));
        version.ifPresent(n -> {
            sql.append(" and c.version_id in (select v.id from draft_version v join draft d on d.id = v.draft_id"
                    + " where d.district_id = ? and d.cycle_id = ? and v.number = ?)");
            args.addAll(List.of(district, cycleId, n));
        });
        only.ifPresent(g -> {
            sql.append(" and c.author_role = ?");
            args.add(g.code());
        });
        // Every comment figure counts the shown groups only, totals included (docs/decisions/034).
        sql.append(shownOnly(hidden, args));
        // The draft as a whole (no section) comes last.
        sql.append(" group by c.section_id, c.author_role, c.stance) t left join draft_section s on s.id = t.section_id"
                + " order by t.section_id is null, s.position, t.section_id");
        Map<Long, ConsolidatedInput.SectionComments> bySection = new LinkedHashMap<>();
        jdbc.query(sql.toString(), rs -> {
            long sectionId = rs.getLong(1);
            VoterGroup g = groupOf(rs.getString(4));
            long n = rs.getLong(6);
            ConsolidatedInput.SectionComments current = bySection.computeIfAbsent(sectionId,
                    id -> new ConsolidatedInput.SectionComments(id, rsInt(rs, 2), rsString(rs, 3),
                            new EnumMap<>(VoterGroup.class), 0));
            if (g != null) {
                current.byGroup().computeIfAbsent(g, k -> new EnumMap<>(Stance.class))
                        .merge(Stance.valueOf(rs.getString(5)), n, Long::sum);
            }
            bySection.put(sectionId, new ConsolidatedInput.SectionComments(sectionId, current.number(),
                    current.heading(), current.byGroup(), current.total() + n));
        }, args.toArray());
        if (only.isPresent() && hidden.contains(only.get())) {
            // The filter asks for a suppressed group: its totals would be its figures.
            return List.of();
        }
        return List.copyOf(bySection.values());
    }

    /**
     * The shown comments per language they were written in, counted in SQL over the groups that are shown; a
     * language with fewer than {@link VoterGroup#SMALLEST_SHOWN} comments is said as such (null), not counted.
     */
    private Map<String, Long> byLanguage(long district, long cycleId, Set<VoterGroup> hidden) {
        Map<String, Long> counts = new LinkedHashMap<>();
        shownCommentsBy("lower(substring_index(c.language, '-', 1))", "n desc, what", district, cycleId, hidden,
                (what, n) -> counts.put(what, n));
        return counts;
    }

    /**
     * Counts the shown comments (top level, neither withdrawn nor hidden, of the groups that are shown) by one
     * expression, in SQL, and hands each value on with its count, or null for fewer than
     * {@link VoterGroup#SMALLEST_SHOWN}: a count that small could single someone out.
     */
    private void shownCommentsBy(String expression, String order, long district, long cycleId,
                                 Set<VoterGroup> hidden, java.util.function.BiConsumer<String, Long> each) {
        StringBuilder sql = new StringBuilder("select " + expression + " as what, count(*) as n from comment c"
                + " where c.district_id = ? and c.cycle_id = ? and c.depth = 0"
                + " and c.withdrawn_at is null and c.hidden_at is null");
        List<Object> args = new ArrayList<>(List.of(district, cycleId));
        sql.append(shownOnly(hidden, args));
        sql.append(" group by what order by ").append(order);
        jdbc.query(sql.toString(), rs -> {
            long n = rs.getLong(2);
            each.accept(rs.getString(1), n < VoterGroup.SMALLEST_SHOWN ? null : n);
        }, args.toArray());
    }

    /**
     * The shown comments by how they reached the district, counted in SQL over the groups that are shown: every
     * channel listed (0 where none), and one with fewer than {@link VoterGroup#SMALLEST_SHOWN} said as such (null).
     */
    private Map<Channel, Long> byChannel(long district, long cycleId, Set<VoterGroup> hidden) {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            counts.put(channel, 0L);
        }
        shownCommentsBy("c.channel", "what", district, cycleId, hidden, (what, n) -> counts.put(Channel.valueOf(what), n));
        return counts;
    }

    /**
     * Each clause of each draft with more than one published version, across those versions: three queries for the
     * cycle (the sections, the shown comments per clause and version, the carried comments on changed text), counted
     * over the groups that are shown. Clauses in the latest version's order, then those it removed.
     */
    private List<ConsolidatedInput.SectionAcross> acrossVersions(long district, long cycleId, Set<VoterGroup> hidden) {
        Map<Long, List<Integer>> numbers = new LinkedHashMap<>();
        Map<Clause, String> headings = new LinkedHashMap<>();
        Map<Clause, Integer> lastSeen = new HashMap<>();
        Map<Clause, Integer> position = new HashMap<>();
        jdbc.query("""
                select d.id, d.title, v.number, s.section_key, s.heading, s.position
                from draft d join draft_version v on v.draft_id = d.id join draft_section s on s.version_id = v.id
                where d.district_id = ? and d.cycle_id = ? and v.published_at is not null
                order by d.id, v.number, s.position""", rs -> {
            int number = rs.getInt(3);
            Clause clause = new Clause(rs.getLong(1), rs.getString(2), rs.getString(4));
            List<Integer> seen = numbers.computeIfAbsent(clause.draftId(), k -> new ArrayList<>());
            if (seen.isEmpty() || seen.getLast() != number) {
                seen.add(number);
            }
            // Ordered by version: the last heading and position seen are the latest the clause had.
            headings.put(clause, rs.getString(5));
            lastSeen.put(clause, number);
            position.put(clause, rs.getInt(6));
        }, district, cycleId);
        if (numbers.values().stream().noneMatch(n -> n.size() > 1)) {
            return List.of();
        }
        List<Object> hiddenArgs = new ArrayList<>();
        String shown = shownOnly(hidden, hiddenArgs);
        Map<String, Clause> byKey = new HashMap<>();
        headings.keySet().forEach(c -> byKey.put(c.draftId() + "/" + c.key(), c));
        Map<Clause, Map<Integer, Long>> counts = new HashMap<>();
        List<Object> args = new ArrayList<>(List.of(district, cycleId));
        args.addAll(hiddenArgs);
        jdbc.query("""
                select c.draft_id, c.section_key, v.number, count(*) from comment c
                join draft_version v on v.id = c.version_id
                where c.district_id = ? and c.cycle_id = ? and c.depth = 0 and c.section_id is not null
                and c.withdrawn_at is null and c.hidden_at is null""" + shown
                + " group by c.draft_id, c.section_key, v.number", rs -> {
            Clause clause = byKey.get(rs.getLong(1) + "/" + rs.getString(2));
            if (clause != null) {
                counts.computeIfAbsent(clause, k -> new HashMap<>()).put(rs.getInt(3), rs.getLong(4));
            }
        }, args.toArray());
        Map<Clause, Long> carried = new HashMap<>();
        List<Object> carriedArgs = new ArrayList<>(List.of(district, district, cycleId));
        carriedArgs.addAll(hiddenArgs);
        jdbc.query("""
                select c.draft_id, c.section_key, count(*) from comment c
                join draft_version v on v.id = c.version_id
                join draft_section old on old.id = c.section_id
                join (select draft_id, max(number) as n from draft_version
                      where district_id = ? and published_at is not null group by draft_id) lv on lv.draft_id = c.draft_id
                join draft_version lt on lt.draft_id = c.draft_id and lt.number = lv.n
                left join draft_section cur on cur.version_id = lt.id and cur.section_key = c.section_key
                where c.district_id = ? and c.cycle_id = ? and c.depth = 0 and c.section_id is not null
                and c.withdrawn_at is null and c.hidden_at is null and v.number < lv.n
                and (cur.id is null or cur.heading <> old.heading or cur.body <> old.body)
                and not exists (select 1 from comment s where s.stands_by_id = c.id and s.withdrawn_at is null)"""
                + shown + " group by c.draft_id, c.section_key", rs -> {
            Clause clause = byKey.get(rs.getLong(1) + "/" + rs.getString(2));
            if (clause != null) {
                carried.put(clause, rs.getLong(3));
            }
        }, carriedArgs.toArray());
        List<Clause> ordered = new ArrayList<>(headings.keySet());
        ordered.removeIf(c -> numbers.get(c.draftId()).size() < 2);
        ordered.sort(Comparator.comparing(Clause::draftId)
                .thenComparing(c -> !inLatest(c, lastSeen, numbers))
                .thenComparing(position::get));
        List<ConsolidatedInput.SectionAcross> rows = new ArrayList<>();
        for (Clause clause : ordered) {
            Map<Integer, Long> byVersion = new LinkedHashMap<>();
            for (int number : numbers.get(clause.draftId())) {
                byVersion.put(number, counts.getOrDefault(clause, Map.of()).getOrDefault(number, 0L));
            }
            rows.add(new ConsolidatedInput.SectionAcross(clause.draftId(), clause.draftTitle(), headings.get(clause),
                    inLatest(clause, lastSeen, numbers) ? position.get(clause) : null, byVersion,
                    carried.getOrDefault(clause, 0L)));
        }
        return rows;
    }

    /** A clause of a draft: its key, the same across versions. */
    private record Clause(long draftId, String draftTitle, String key) {
    }

    private static boolean inLatest(Clause clause, Map<Clause, Integer> lastSeen, Map<Long, List<Integer>> numbers) {
        return lastSeen.get(clause).equals(numbers.get(clause.draftId()).getLast());
    }

    private Map<Disposition, Long> dispositions(long district, long cycleId) {
        Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
        for (Disposition d : Disposition.values()) {
            counts.put(d, 0L);
        }
        jdbc.query("select disposition, count(*) from district_response where district_id = ? and cycle_id = ? "
                        + "group by disposition",
                rs -> {
                    counts.put(Disposition.valueOf(rs.getString(1)), rs.getLong(2));
                }, district, cycleId);
        return counts;
    }

    private List<ConsolidatedInput.Unanswered> unanswered(long district, long cycleId, Optional<Integer> version,
                                                          Set<VoterGroup> hidden) {
        List<Object> args = new ArrayList<>(List.of(district, cycleId));
        version.ifPresent(n -> args.addAll(List.of(district, cycleId, n)));
        String sql = """
                select t.section_id, s.position, s.heading, t.n from (
                    select c.section_id, count(*) as n from comment c
                    where c.district_id = ? and c.cycle_id = ? and c.depth = 0
                    and c.withdrawn_at is null and c.hidden_at is null
                    and not exists (select 1 from response_comment l
                                    where l.district_id = c.district_id and l.comment_id = c.id)"""
                + (version.isPresent() ? """
                     and c.version_id in (select v.id from draft_version v join draft d on d.id = v.draft_id
                                          where d.district_id = ? and d.cycle_id = ? and v.number = ?)""" : "")
                + shownOnly(hidden, args)
                + " group by c.section_id) t left join draft_section s on s.id = t.section_id"
                + " order by t.section_id is null, s.position, t.section_id";
        return jdbc.query(sql, (rs, i) -> new ConsolidatedInput.Unanswered(rs.getLong(1), rs.getInt(2),
                rs.getString(3), rs.getLong(4)), args.toArray());
    }

    /**
     * The condition that leaves the hidden groups' comments (alias {@code c}) out of a count, its arguments added to
     * {@code args}: a total that counted them would give a hidden group's figures away whenever it is the only group
     * that spoke, or the totals less the shown groups would (docs/decisions/034).
     */
    static String shownOnly(Set<VoterGroup> hidden, List<Object> args) {
        StringBuilder condition = new StringBuilder();
        for (VoterGroup g : hidden) {
            condition.append(" and c.author_role <> ?");
            args.add(g.code());
        }
        return condition.toString();
    }

    private Map<VoterGroup, Long> byGroup(String sql, Object... args) {
        Map<VoterGroup, Long> counts = new EnumMap<>(VoterGroup.class);
        jdbc.query(sql, rs -> {
            VoterGroup g = groupOf(rs.getString(1));
            if (g != null) {
                counts.merge(g, rs.getLong(2), Long::sum);
            }
        }, args);
        return counts;
    }

    private static VoterGroup groupOf(String realmRoleOrGroup) {
        return VoterGroup.ofCode(realmRoleOrGroup).orElse(null);
    }

    private static int rsInt(java.sql.ResultSet rs, int column) {
        try {
            return rs.getInt(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rsString(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
