package org.policycommons.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.TenantScope;
import org.policycommons.participant.repository.ParticipantRecord;
import org.policycommons.participant.repository.ParticipantRepository;
import org.policycommons.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A session of district A never reads or touches district B's rows through the repositories, whatever id it tries. */
class TenantIsolationTest extends PortalIntegrationTest {

    @Autowired
    DistrictDirectory districts;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionOfDistrictACannotReadDistrictBRowsThroughTheRepositories() {
        District a = districts.bySlug("springfield").orElseThrow();
        District b = districts.bySlug("riverside").orElseThrow();
        ParticipantRecord inA = TenantScope.callAs(a.id(), () -> participants.save(participant()));
        ParticipantRecord inB = TenantScope.callAs(b.id(), () -> participants.save(participant()));

        signInTo(a);

        List<ParticipantRecord> visible = participants.findAll();
        assertThat(visible).extracting(ParticipantRecord::getDistrictId).containsOnly(a.id());
        assertThat(visible).extracting(r -> r.toParticipant().id()).contains(inA.toParticipant().id());
        assertThat(participants.findById(inB.toParticipant().id())).isEmpty();
        assertThat(participants.findBySubject(inB.toParticipant().subject())).isEmpty();
        assertThat(participants.existsById(inB.toParticipant().id())).isFalse();
        assertThat(participants.count()).isEqualTo(countInDistrict(a));
        assertThat(countInDistrict(b)).isPositive();
    }

    @Test
    void aSessionOfDistrictACannotChangeOrDeleteDistrictBRows() {
        District a = districts.bySlug("springfield").orElseThrow();
        District b = districts.bySlug("riverside").orElseThrow();
        ParticipantRecord inB = TenantScope.callAs(b.id(), () -> participants.save(participant()));
        long idInB = inB.toParticipant().id();

        signInTo(a);

        participants.deleteById(idInB);
        inB.preferLocale(java.util.Locale.forLanguageTag("es"));
        try {
            participants.save(inB);
        } catch (RuntimeException refused) {
            // Hibernate finds no such row in district A: refusing is as good as ignoring, as long as B's row stays
        }

        assertThat(jdbc.queryForMap("SELECT district_id, locale FROM participant WHERE id = ?", idInB))
                .containsEntry("district_id", b.id())
                .containsEntry("locale", null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE subject = ?", Long.class,
                inB.toParticipant().subject())).isEqualTo(1);
    }

    @Test
    void aRowSavedInASessionBelongsToThatSessionsDistrict() {
        District b = districts.bySlug("riverside").orElseThrow();
        signInTo(b);

        ParticipantRecord saved = participants.save(participant());

        Long stored = jdbc.queryForObject("SELECT district_id FROM participant WHERE id = ?", Long.class,
                saved.toParticipant().id());
        assertThat(stored).isEqualTo(b.id());
    }

    @Test
    void withoutADistrictNoDistrictOwnedRowIsVisible() {
        District a = districts.bySlug("springfield").orElseThrow();
        TenantScope.runAs(a.id(), () -> participants.save(participant()));

        assertThat(participants.findAll()).isEmpty();
        assertThat(participants.count()).isZero();
    }

    private static ParticipantRecord participant() {
        String unique = UUID.randomUUID().toString();
        return new ParticipantRecord("subject-" + unique, "Pseudonym " + unique.substring(0, 8), Instant.now());
    }

    private long countInDistrict(District district) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE district_id = ?", Long.class, district.id());
        return count == null ? 0 : count;
    }

    private static void signInTo(District district) {
        OidcIdToken token = OidcIdToken.withTokenValue("token").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        PortalUser user = new PortalUser(new DefaultOidcUser(List.of(), token), district.id(), district.slug(),
                Set.of(PortalRole.FAMILY));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(user, null, PortalRole.FAMILY.authority()));
    }
}
