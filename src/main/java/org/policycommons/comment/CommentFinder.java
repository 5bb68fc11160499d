package org.policycommons.comment;

import java.util.ArrayList;
import java.util.List;

import org.policycommons.identity.CurrentDistrict;
import org.policycommons.vote.VoterGroup;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the ids of a section's comments (not replies) for a {@link CommentQuery}, a page at a time: filtered, ordered
 * and counted by the database, in two queries (the page, the count). The order's counts (co-signatures, shown replies)
 * are subqueries, so nothing is loaded to sort.
 */
@Component
class CommentFinder {

    private final JdbcTemplate jdbc;

    CommentFinder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param leftOutRole a role whose comments are left out (the public's page without students), or null
     * @param language    a language code to keep, or null
     */
    Page<Long> roots(long sectionId, CommentQuery query, String language, String leftOutRole, Pageable page) {
        StringBuilder where = new StringBuilder(
                " from comment c where c.district_id = ? and c.section_id = ? and c.depth = 0");
        List<Object> args = new ArrayList<>(List.of(CurrentDistrict.require(), sectionId));
        if (language != null) {
            where.append(" and (c.language = ? or c.language like ?)");
            args.add(language);
            args.add(language + "-%");
        }
        if (leftOutRole != null) {
            where.append(" and c.author_role <> ?");
            args.add(leftOutRole);
        }
        query.stance().ifPresent(stance -> {
            where.append(" and c.stance = ?");
            args.add(stance.name());
        });
        query.group().ifPresent(group -> {
            where.append(" and c.author_role = ?");
            args.add(group.code());
        });
        query.channel().ifPresent(channel -> {
            where.append(" and c.channel = ?");
            args.add(channel.name());
        });
        query.answered().ifPresent(answered -> where.append(answered ? " and exists" : " and not exists").append(
                " (select 1 from response_comment l where l.district_id = c.district_id and l.comment_id = c.id)"));
        if (query.answered().isPresent() || query.stance().isPresent()) {
            // Withdrawn and hidden comments have no stance to show and are no one's to answer.
            where.append(" and c.withdrawn_at is null and c.hidden_at is null");
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.getPageSize());
        pageArgs.add(page.getOffset());
        List<Long> ids = jdbc.queryForList("select c.id" + where + " order by " + orderBy(query.order())
                + " limit ? offset ?", Long.class, pageArgs.toArray());
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    /**
     * The ids of a version's shown comments and replies whose words match, the most relevant first, a page at a time,
     * with the count: the full-text index in natural-language mode, so a reader's quotes, pluses or stars are words,
     * never syntax.
     */
    Page<Long> search(long versionId, String words, String leftOutRole, Pageable page) {
        StringBuilder where = new StringBuilder(" from comment c where c.district_id = ? and c.version_id = ?"
                + " and c.withdrawn_at is null and c.hidden_at is null"
                + " and match(c.body) against (? in natural language mode)");
        List<Object> args = new ArrayList<>(List.of(CurrentDistrict.require(), versionId, words));
        if (leftOutRole != null) {
            // A reply under a left-out comment goes with it, as on the pages.
            where.append(" and c.author_role <> ? and (c.root_id is null or not exists (select 1 from comment root"
                    + " where root.id = c.root_id and root.author_role = ?))");
            args.add(leftOutRole);
            args.add(leftOutRole);
        }
        Long total = jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(words);
        pageArgs.add(page.getPageSize());
        pageArgs.add(page.getOffset());
        // The relevance is asked again in the order: the same words, the same index.
        String select = "select c.id" + where;
        List<Long> ids = jdbc.queryForList(select + " order by match(c.body) against (? in natural language mode) desc,"
                + " c.created_at, c.id limit ? offset ?", Long.class, pageArgs.toArray());
        return new PageImpl<>(ids, page, total == null ? 0 : total);
    }

    private static String orderBy(CommentQuery.Order order) {
        return switch (order) {
            case OLDEST -> "c.created_at, c.id";
            case NEWEST -> "c.created_at desc, c.id desc";
            case MOST_COSIGNED -> "(select count(*) from comment_cosign k where k.comment_id = c.id) desc, "
                    + "c.created_at, c.id";
            case MOST_REPLIES -> "(select count(*) from comment r where r.root_id = c.id and r.withdrawn_at is null "
                    + "and r.hidden_at is null) desc, c.created_at, c.id";
        };
    }

    /**
     * The groups too small to be picked out on a draft of this cycle: 1 to 4 people wrote its shown comments. A filter
     * by such a group would single those few out, so it is refused, as the board's figures hide them.
     */
    List<VoterGroup> tooSmall(long cycleId) {
        List<VoterGroup> small = new ArrayList<>();
        jdbc.query("""
                select author_role, count(distinct author_id) from comment
                where district_id = ? and cycle_id = ? and depth = 0 and withdrawn_at is null and hidden_at is null
                group by author_role""", rs -> {
            long people = rs.getLong(2);
            if (people > 0 && people < VoterGroup.SMALLEST_SHOWN) {
                VoterGroup.ofCode(rs.getString(1)).ifPresent(small::add);
            }
        }, CurrentDistrict.require(), cycleId);
        return small;
    }
}
