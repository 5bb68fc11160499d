package org.policycommons.district.repository;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.District;

/** The {@code district} row. Not district-owned itself: it is the tenant. */
@Entity
@Table(name = "district")
public class DistrictRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "keycloak_realm", nullable = false, unique = true, length = 100)
    private String keycloakRealm;

    /** Comma-separated language tags, default first, e.g. {@code en,es}. */
    @Column(nullable = false, length = 100)
    private String languages;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private int enrolment;

    @Column(name = "deactivated_at")
    private java.time.Instant deactivatedAt;

    @Column(name = "deactivation_reason", length = 1000)
    private String deactivationReason;

    protected DistrictRecord() {
    }

    public DistrictRecord(String slug, String name, String keycloakRealm, String languages, String timeZone,
                          int enrolment) {
        this.slug = slug;
        this.name = name;
        this.keycloakRealm = keycloakRealm;
        this.languages = languages;
        this.timeZone = timeZone;
        this.enrolment = enrolment;
    }

    public void deactivate(java.time.Instant at, String reason) {
        this.deactivatedAt = at;
        this.deactivationReason = reason;
    }

    public void changeLanguages(String languages) {
        this.languages = languages;
    }

    public void reactivate() {
        this.deactivatedAt = null;
        this.deactivationReason = null;
    }

    public District toDistrict() {
        return new District(id, slug, name, keycloakRealm,
                Arrays.stream(languages.split(",")).map(String::trim).map(Locale::forLanguageTag).toList(),
                ZoneId.of(timeZone), enrolment, java.util.Optional.ofNullable(deactivatedAt)
                        .map(at -> new District.Deactivation(at, deactivationReason)));
    }
}
