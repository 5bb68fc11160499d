package org.policycommons.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.UserSignedIn;
import org.policycommons.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing in records the least the portal needs, once per person and district, with a pseudonym. */
class ParticipantServiceTest extends PortalIntegrationTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingInTwiceKeepsOneRecordAndTheSamePseudonym() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String subject = UUID.randomUUID().toString();

        signIn(springfield, subject);
        String first = pseudonymOf(subject);
        signIn(springfield, subject);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE subject = ?", Integer.class, subject))
                .isEqualTo(1);
        assertThat(pseudonymOf(subject)).isEqualTo(first).matches("[A-Z][a-z]+ [A-Z][a-z]+ \\d{3}");
    }

    @Test
    void theSamePersonInTwoDistrictsIsTwoParticipants() {
        String subject = UUID.randomUUID().toString();
        signIn(districts.bySlug("springfield").orElseThrow(), subject);
        signIn(districts.bySlug("riverside").orElseThrow(), subject);

        assertThat(jdbc.queryForList("SELECT district_id FROM participant WHERE subject = ?", Long.class, subject))
                .hasSize(2).doesNotHaveDuplicates();
    }

    private void signIn(District district, String subject) {
        TenantScope.runAs(district.id(),
                () -> participants.recordSignIn(new UserSignedIn(district.id(), subject, null, Set.of(PortalRole.STUDENT))));
    }

    private String pseudonymOf(String subject) {
        return jdbc.queryForObject("SELECT pseudonym FROM participant WHERE subject = ?", String.class, subject);
    }
}
