package org.policycommons.district.seed;

import org.policycommons.district.repository.DistrictRecord;
import org.policycommons.district.repository.DistrictRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers the configured districts that are not registered yet. */
@Component
class DistrictSeeder {

    private static final Logger log = LoggerFactory.getLogger(DistrictSeeder.class);

    private final SeedDistrictsProperties properties;
    private final DistrictRepository districts;

    DistrictSeeder(SeedDistrictsProperties properties, DistrictRepository districts) {
        this.properties = properties;
        this.districts = districts;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0) // before anything that seeds data into the districts
    @Transactional
    public void seed() {
        for (SeedDistrictsProperties.Seed seed : properties.seed()) {
            if (org.policycommons.district.District.RESERVED_SLUGS.contains(seed.slug().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalStateException("A district cannot be called \"" + seed.slug()
                        + "\": the portal uses that name itself. Give it another slug in portal.districts.seed.");
            }
            if (districts.findBySlug(seed.slug()).isEmpty()) {
                districts.save(new DistrictRecord(seed.slug(), seed.name(), seed.realm(), seed.languages(),
                        seed.timeZone(), seed.enrolment()));
                log.info("Registered district {} ({}), realm {}", seed.name(), seed.slug(), seed.realm());
            }
        }
    }
}
