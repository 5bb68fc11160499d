package org.policycommons.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policycommons.embedded.EmbeddedMariaDb;
import org.policycommons.support.OldSchema;
import org.policycommons.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V31 gives each cycle a self-assessment on each of the two SECURe rubrics: the ratings and checklist items a district
 * recorded before, on one set per cycle, come out of the migration on the Local Implementation rubric, unchanged, and
 * the same step can then be rated on the State and Local Policy rubric too (docs/decisions/033).
 */
class TwoRubricsMigrationTest extends PortalIntegrationTest {

    @Autowired
    EmbeddedMariaDb server;

    @Test
    void todaysRatingsAndChecklistsMoveToTheLocalImplementationRubric() {
        try (OldSchema old = OldSchema.at(server, "migration_v31", "30")) {
            JdbcTemplate jdbc = old.jdbc();
            long district = old.district();
            long cycle = old.cycle();
            jdbc.update("insert into rubric_rating (district_id, cycle_id, action_step, rating, evidence) "
                    + "values (?, ?, 4, 'DEVELOPING', 'Crisis-intervention training for all SROs')", district, cycle);
            jdbc.update("insert into rubric_item (district_id, cycle_id, action_step, checklist, text, done) "
                    + "values (?, ?, 4, 'TO_IMPROVE', 'Add de-escalation refreshers', true)", district, cycle);

            old.migrateToLatest();

            assertThat(jdbc.queryForList("select concat(rubric, ' ', action_step, ' ', rating, ' ', evidence) "
                    + "from rubric_rating where cycle_id = ?", String.class, cycle))
                    .containsExactly("LOCAL_IMPLEMENTATION 4 DEVELOPING Crisis-intervention training for all SROs");
            assertThat(jdbc.queryForList("select concat(rubric, ' ', checklist, ' ', text, ' ', done) from rubric_item "
                    + "where cycle_id = ?", String.class, cycle))
                    .containsExactly("LOCAL_IMPLEMENTATION TO_IMPROVE Add de-escalation refreshers 1");
            jdbc.update("insert into rubric_rating (district_id, cycle_id, rubric, action_step, rating) "
                    + "values (?, ?, 'STATE_AND_LOCAL_POLICY', 4, 'EMERGING')", district, cycle);
            assertThatThrownBy(() -> jdbc.update("insert into rubric_rating (district_id, cycle_id, rubric, "
                    + "action_step, rating) values (?, ?, 'LOCAL_IMPLEMENTATION', 4, 'MEETING')", district, cycle))
                    .as("one rating per cycle, rubric and step").isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.update("insert into rubric_rating (district_id, cycle_id, rubric, "
                    + "action_step, rating) values (?, ?, 'NO_SUCH_RUBRIC', 3, 'MEETING')", district, cycle))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }
}
