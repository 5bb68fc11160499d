package org.policycommons.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.policycommons.district.repository.DistrictRecord;
import org.policycommons.district.repository.DistrictRepository;
import org.policycommons.embedded.EmbeddedMariaDb;
import org.policycommons.identity.tenant.TenantResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a database URL configured, the portal uses that server and no embedded one, and the URL's scheme picks the
 * driver: MySQL Connector/J for {@code jdbc:mysql:}, MariaDB Connector/J for {@code jdbc:mariadb:}. The "configured
 * server" here is a MariaDB the test starts itself; production uses MySQL 8.4.
 */
class ConfiguredDatabaseTest {

    static final EmbeddedMariaDb SERVER = startEmpty(Path.of("target", "test-data", "configured-server"));

    /** Each run starts from no schema at all, as a newly configured server would: Flyway must build it whole. */
    private static EmbeddedMariaDb startEmpty(Path folder) {
        Path data = folder.resolve("data");
        if (java.nio.file.Files.exists(data)) {
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return EmbeddedMariaDb.start(folder, 0, "through_mariadb_driver");
    }

    static {
        SERVER.createSchema("through_mysql_driver");
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    /** What every configured server gets: Flyway's migrations, through the driver its URL names. */
    abstract static class AgainstConfiguredServer {

        @Autowired
        DataSource dataSource;
        @Autowired
        Flyway flyway;

        @Test
        void migratesTheConfiguredServerWithTheDriverItsUrlNames() throws SQLException {
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.info().applied()).isNotEmpty();
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getMetaData().getURL()).contains("127.0.0.1:" + SERVER.port());
                assertThat(connection.getMetaData().getDriverName()).contains(expectedDriver());
            }
        }

        abstract String expectedDriver();
    }

    /**
     * MySQL Connector/J, as production uses against MySQL 8.4. Only the driver choice and Flyway are checked here:
     * against MariaDB, Connector/J 26's metadata queries fail (no information_schema.KEYWORDS.RESERVED), so Hibernate
     * cannot run on this pairing; see docs/decisions/004.
     */
    @Nested
    @JdbcTest
    @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
    class WithAMysqlUrl extends AgainstConfiguredServer {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + SERVER.port() + "/through_mysql_driver");
            registry.add("spring.datasource.username", () -> "root");
        }

        @Override
        String expectedDriver() {
            return "MySQL Connector/J";
        }
    }

    /** MariaDB Connector/J, with JPA on top, as on the build machines. */
    @Nested
    @DataJpaTest
    @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
    @Import(TenantResolver.class)
    class WithAMariadbUrl extends AgainstConfiguredServer {

        @Autowired
        DistrictRepository districts;

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + SERVER.port() + "/through_mariadb_driver");
            registry.add("spring.datasource.username", () -> "root");
        }

        @Override
        String expectedDriver() {
            return "MariaDB";
        }

        @Test
        void storesAndFindsThroughJpa() {
            districts.save(new DistrictRecord("testville", "Testville Schools", "testville", "en,es", "America/Denver", 1200));
            assertThat(districts.findBySlug("testville")).isPresent();
        }
    }
}
