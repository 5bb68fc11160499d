package org.policycommons.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.policycommons.embedded.EmbeddedMariaDb;
import org.policycommons.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V20 moves priorities' English and Spanish words into the translation table: a database as it stood at V19, with
 * the priorities a district had written, comes out of the migration with every text it held, by language.
 */
class PriorityTranslationMigrationTest extends PortalIntegrationTest {

    @Autowired
    EmbeddedMariaDb server;

    @Test
    void todaysSpanishPriorityTextsSurviveTheMigration() {
        String schema = "migration_v20";
        JdbcTemplate root = new JdbcTemplate(dataSource(""));
        root.execute("drop database if exists " + schema);
        server.createSchema(schema);
        DriverManagerDataSource database = dataSource(schema);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("19").load().migrate();

        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into district (slug, name, keycloak_realm, languages, time_zone, enrolment) "
                + "values ('old', 'Old District', 'old', 'en,es', 'America/Chicago', 100)");
        long district = jdbc.queryForObject("select id from district where slug = 'old'", Long.class);
        jdbc.update("insert into review_cycle (district_id, title, school_year, starts_on, ends_on, created_at) "
                + "values (?, 'Review 2026', '2026-27', '2026-09-01', '2027-06-30', now(6))", district);
        long cycle = jdbc.queryForObject("select id from review_cycle where district_id = ?", Long.class, district);
        jdbc.update("insert into priority (district_id, cycle_id, position, title_en, title_es, explanation_en, "
                + "explanation_es, action_step) values (?, ?, 1, 'Data every year', 'Datos cada año', "
                + "'Publish the figures.', 'Publicar las cifras.', 5)", district, cycle);
        jdbc.update("insert into priority (district_id, cycle_id, position, title_en, title_es, explanation_en, "
                + "explanation_es, action_step) values (?, ?, 2, 'Counsellors first', '', 'Hire counsellors.', '', "
                + "null)", district, cycle);
        List<Long> ids = jdbc.queryForList("select id from priority order by position", Long.class);

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        assertThat(texts(jdbc, "priority.title", ids.get(0))).isEqualTo(Map.of("en", "Data every year",
                "es", "Datos cada año"));
        assertThat(texts(jdbc, "priority.explanation", ids.get(0))).isEqualTo(Map.of("en", "Publish the figures.",
                "es", "Publicar las cifras."));
        assertThat(texts(jdbc, "priority.title", ids.get(1))).as("a blank Spanish text is no translation")
                .isEqualTo(Map.of("en", "Counsellors first"));
        assertThat(jdbc.queryForObject("select count(*) from translation where district_id = ? "
                + "and subject like 'priority.%'", Integer.class, district)).isEqualTo(6);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_schema = ? "
                + "and table_name = 'priority'", String.class, schema))
                .doesNotContain("title_en", "title_es", "explanation_en", "explanation_es")
                .contains("position", "action_step");
        root.execute("drop database " + schema);
    }

    private static Map<String, String> texts(JdbcTemplate jdbc, String subject, long id) {
        Map<String, String> byLanguage = new java.util.HashMap<>();
        jdbc.query("select language, text from translation where subject = ? and subject_id = ?",
                rs -> {
                    byLanguage.put(rs.getString(1), rs.getString(2));
                }, subject, id);
        return byLanguage;
    }

    private DriverManagerDataSource dataSource(String schema) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:mariadb://127.0.0.1:" + server.port() + "/" + schema, "root", "");
        return dataSource;
    }
}
