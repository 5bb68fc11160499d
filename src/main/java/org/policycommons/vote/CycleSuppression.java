package org.policycommons.vote;

import java.util.EnumMap;
import java.util.Map;

import org.policycommons.identity.CurrentDistrict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one entry point to a cycle's suppression decision ({@link HiddenGroups}): the vote's results, the board's page,
 * its packet and drill-down, and the CSV exports all ask here, so a group hidden in one is hidden in all. It counts,
 * in the database, the voters per group and the people per group who commented or voted (a read across the comment
 * and ballot tables, docs/decisions/010), always within the current district.
 */
@Service
@Transactional(readOnly = true)
public class CycleSuppression {

    /** Voters per group (one ballot each) plus the group's commenters who did not vote in it, both from indexes. */
    private static final String PEOPLE_BY_GROUP = """
            select lower(voter_group), count(*) from ballot where district_id = ? and cycle_id = ? group by voter_group
            union all
            select c.author_role, count(distinct c.author_id) from comment c
            left join ballot b on b.district_id = c.district_id and b.cycle_id = c.cycle_id and b.voter_id = c.author_id
            where c.district_id = ? and c.cycle_id = ? and (b.id is null or b.voter_group <> upper(c.author_role))
            group by c.author_role""";

    private final JdbcTemplate jdbc;

    CycleSuppression(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which groups the cycle's figures hide, and why. */
    public HiddenGroups of(long cycleId) {
        long district = CurrentDistrict.require();
        Map<VoterGroup, Long> people = new EnumMap<>(VoterGroup.class);
        Map<VoterGroup, Long> voters = new EnumMap<>(VoterGroup.class);
        jdbc.query(PEOPLE_BY_GROUP, rs -> {
            long n = rs.getLong(2);
            VoterGroup.ofCode(rs.getString(1)).ifPresent(g -> people.merge(g, n, Long::sum));
        }, district, cycleId, district, cycleId);
        jdbc.query("select lower(voter_group), count(*) from ballot where district_id = ? and cycle_id = ? "
                + "group by voter_group", rs -> {
            long n = rs.getLong(2);
            VoterGroup.ofCode(rs.getString(1)).ifPresent(g -> voters.put(g, n));
        }, district, cycleId);
        return HiddenGroups.decide(cycleId, district, people, voters);
    }
}
