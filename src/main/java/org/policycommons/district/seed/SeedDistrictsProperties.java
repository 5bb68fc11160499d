package org.policycommons.district.seed;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Districts registered from configuration at start-up, e.g. the demo districts whose realms are in
 * {@code keycloak/demo-realms} (profile demo). Existing districts are left as they are.
 */
@ConfigurationProperties("portal.districts")
public record SeedDistrictsProperties(@DefaultValue List<Seed> seed) {

    public record Seed(String slug, String name, String realm, @DefaultValue("en,es") String languages,
                       @DefaultValue("America/New_York") String timeZone, int enrolment) {
    }
}
