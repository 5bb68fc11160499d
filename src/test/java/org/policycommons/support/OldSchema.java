package org.policycommons.support;

import org.flywaydb.core.Flyway;
import org.policycommons.embedded.EmbeddedMariaDb;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own, migrated only up to an earlier version, with one district and one review cycle in it: what a
 * deployment held before a migration, for a test to fill, migrate to the latest version and read back.
 */
public final class OldSchema implements AutoCloseable {

    private final EmbeddedMariaDb server;
    private final String schema;
    private final DriverManagerDataSource database;
    private final JdbcTemplate jdbc;
    private final long district;
    private final long cycle;

    private OldSchema(EmbeddedMariaDb server, String schema, String version) {
        this.server = server;
        this.schema = schema;
        root().execute("drop database if exists " + schema);
        server.createSchema(schema);
        this.database = dataSource(schema);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load().migrate();
        this.jdbc = new JdbcTemplate(database);
        jdbc.update("insert into district (slug, name, keycloak_realm, languages, time_zone, enrolment) "
                + "values ('old', 'Old District', 'old', 'en,es', 'America/Chicago', 100)");
        this.district = jdbc.queryForObject("select id from district where slug = 'old'", Long.class);
        jdbc.update("insert into review_cycle (district_id, title, school_year, starts_on, ends_on, created_at) "
                + "values (?, 'Review 2026', '2026-27', '2026-09-01', '2027-06-30', now(6))", district);
        this.cycle = jdbc.queryForObject("select id from review_cycle where district_id = ?", Long.class, district);
    }

    /** A schema named {@code schema} at migration {@code version}, with the district "old" and its cycle. */
    public static OldSchema at(EmbeddedMariaDb server, String schema, String version) {
        return new OldSchema(server, schema, version);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public long district() {
        return district;
    }

    public long cycle() {
        return cycle;
    }

    public String name() {
        return schema;
    }

    /** Runs every later migration, as a deployment's next start does. */
    public void migrateToLatest() {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    }

    @Override
    public void close() {
        root().execute("drop database if exists " + schema);
    }

    private JdbcTemplate root() {
        return new JdbcTemplate(dataSource(""));
    }

    private DriverManagerDataSource dataSource(String name) {
        return new DriverManagerDataSource("jdbc:mariadb://127.0.0.1:" + server.port() + "/" + name, "root", "");
    }
}
