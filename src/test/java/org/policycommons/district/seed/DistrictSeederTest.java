package org.policycommons.district.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policycommons.district.District;
import org.policycommons.identity.OperatorUser;

/** No configured district may take a slug the portal uses itself, such as the operators' sign-in. */
class DistrictSeederTest {

    @Test
    void theOperatorsSignInNameIsReserved() {
        assertThat(District.RESERVED_SLUGS).contains(OperatorUser.REGISTRATION);
        SeedDistrictsProperties properties = new SeedDistrictsProperties(List.of(
                new SeedDistrictsProperties.Seed("Operator", "Operator Schools", "operator", "en", "America/Chicago", 100)));
        // Refused before the database is asked anything.
        assertThatThrownBy(() -> new DistrictSeeder(properties, null).seed())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be called \"Operator\"");
    }
}
