package org.policycommons.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.policycommons.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema comes from Flyway, on the real MariaDB engine, and every district-owned table carries its district. */
class DatabaseSchemaTest extends PortalIntegrationTest {

    /** Tables that are not owned by a district: the tenant table itself and Flyway's history. */
    private static final List<String> NOT_DISTRICT_OWNED = List.of("district", "flyway_schema_history");

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Test
    void flywayHasAppliedEveryMigrationToTheEmbeddedMariaDb() throws SQLException {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
            assertThat(connection.getMetaData().getDriverName()).containsIgnoringCase("MariaDB");
        }
    }

    @Test
    void everyTableButTheTenantTableCarriesAMandatoryDistrictIdWithAForeignKey() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        List<String> owned = tables.stream().filter(t -> !NOT_DISTRICT_OWNED.contains(t)).toList();
        assertThat(owned).contains("participant");
        for (String table : owned) {
            String nullable = jdbc.queryForObject("""
                    SELECT is_nullable FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND table_name = ? AND column_name = 'district_id'""",
                    String.class, table);
            assertThat(nullable).as("district_id of %s", table).isEqualTo("NO");
            Integer foreignKeys = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM information_schema.key_column_usage
                    WHERE table_schema = DATABASE() AND table_name = ? AND column_name = 'district_id'
                      AND referenced_table_name = 'district'""", Integer.class, table);
            assertThat(foreignKeys).as("foreign key from %s.district_id to district", table).isEqualTo(1);
        }
    }

    @Test
    void everyEntityButTheDistrictItselfIsDistrictOwned() {
        // A district-owned entity that does not extend DistrictOwned would escape Hibernate's tenant filter.
        assertThat(entityManagerFactory.getMetamodel().getEntities())
                .extracting(jakarta.persistence.metamodel.EntityType::getJavaType)
                .isNotEmpty()
                .allSatisfy(type -> {
                    if (!type.equals(org.policycommons.district.repository.DistrictRecord.class)) {
                        assertThat(DistrictOwned.class).as("%s extends DistrictOwned", type.getSimpleName())
                                .isAssignableFrom(type);
                    }
                });
    }

    @Test
    void theDemoDistrictsAreRegisteredWithTheirRealms() {
        assertThat(districts.all()).extracting(District::slug, District::keycloakRealm)
                .contains(org.assertj.core.groups.Tuple.tuple("springfield", "springfield"),
                        org.assertj.core.groups.Tuple.tuple("riverside", "riverside"));
        District springfield = districts.bySlug("springfield").orElseThrow();
        assertThat(springfield.languages()).extracting(java.util.Locale::getLanguage).containsExactly("en", "es");
        assertThat(springfield.timeZone().getId()).isEqualTo("America/Chicago");
        assertThat(springfield.enrolment()).isEqualTo(24500);
        assertThat(districts.bySlug("atlantis")).isEmpty();
    }
}
