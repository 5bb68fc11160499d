package org.policycommons.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SecondPortal;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal starts with the settings a user gives, and no mail server (the default: mail is optional), as a process
 * of its own on the test portal's database and Keycloak. Every other test runs with the in-process mail server, so
 * only this one would see a part that cannot start without one.
 */
class StartWithoutMailTest extends PortalIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void thePortalStartsWithoutAMailServer() throws Exception {
        try (SecondPortal portal = SecondPortal.start(dataSource)) {
            assertThat(portal.log()).contains("Started PolicyCommonsApplication");
        }
    }
}
