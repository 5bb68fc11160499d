package org.policycommons.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policycommons.embedded.EmbeddedMariaDb;
import org.policycommons.support.OldSchema;
import org.policycommons.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V20 moves priorities' English and Spanish words into the translation table: a database as it stood at V19, with
 * the priorities a district had written, comes out of the migration with every text it held, by language.
 */
class PriorityTranslationMigrationTest extends PortalIntegrationTest {

    @Autowired
    EmbeddedMariaDb server;

    @Test
    void todaysSpanishPriorityTextsSurviveTheMigration() {
        try (OldSchema old = OldSchema.at(server, "migration_v20", "19")) {
            JdbcTemplate jdbc = old.jdbc();
            long district = old.district();
            long cycle = old.cycle();
            jdbc.update("insert into priority (district_id, cycle_id, position, title_en, title_es, explanation_en, "
                    + "explanation_es, action_step) values (?, ?, 1, 'Data every year', 'Datos cada año', "
                    + "'Publish the figures.', 'Publicar las cifras.', 5)", district, cycle);
            jdbc.update("insert into priority (district_id, cycle_id, position, title_en, title_es, explanation_en, "
                    + "explanation_es, action_step) values (?, ?, 2, 'Counsellors first', '', 'Hire counsellors.', '', "
                    + "null)", district, cycle);
            List<Long> ids = jdbc.queryForList("select id from priority order by position", Long.class);

            old.migrateToLatest();

            assertThat(texts(jdbc, "priority.title", ids.get(0))).isEqualTo(Map.of("en", "Data every year",
                    "es", "Datos cada año"));
            assertThat(texts(jdbc, "priority.explanation", ids.get(0))).isEqualTo(Map.of("en", "Publish the figures.",
                    "es", "Publicar las cifras."));
            assertThat(texts(jdbc, "priority.title", ids.get(1))).as("a blank Spanish text is no translation")
                    .isEqualTo(Map.of("en", "Counsellors first"));
            assertThat(jdbc.queryForObject("select count(*) from translation where district_id = ? "
                    + "and subject like 'priority.%'", Integer.class, district)).isEqualTo(6);
            assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_schema = ? "
                    + "and table_name = 'priority'", String.class, old.name()))
                    .doesNotContain("title_en", "title_es", "explanation_en", "explanation_es")
                    .contains("position", "action_step");
        }
    }

    private static Map<String, String> texts(JdbcTemplate jdbc, String subject, long id) {
        Map<String, String> byLanguage = new java.util.HashMap<>();
        jdbc.query("select language, text from translation where subject = ? and subject_id = ?",
                rs -> {
                    byLanguage.put(rs.getString(1), rs.getString(2));
                }, subject, id);
        return byLanguage;
    }
}
