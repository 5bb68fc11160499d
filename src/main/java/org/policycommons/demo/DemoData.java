package org.policycommons.demo;

import java.util.List;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.TenantScope;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo (Spring profile {@code demo} only, docs/decisions/016): gives each demo district, once, a past adopted
 * review and a current one with public comment and the vote open today, their drafts, priorities, ballots from every
 * group, comments, co-signatures, a removal and the district's responses. Everything is written through the other
 * modules' public services, their history services for what happened in the past. Off with
 * {@code portal.demo.cycles=false}. A district that already has cycles (or drafts, votes, comments) keeps what it has.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "portal.demo.cycles", havingValue = "true", matchIfMissing = true)
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final List<String> DEMO_DISTRICTS = List.of("springfield", "riverside");

    private final DistrictDirectory districts;
    private final TransactionTemplate transactions;
    private final DemoCycles cycles;
    private final DemoDrafts drafts;
    private final DemoVotes votes;
    private final DemoComments comments;

    DemoData(DistrictDirectory districts, TransactionTemplate transactions, DemoCycles cycles, DemoDrafts drafts,
             DemoVotes votes, DemoComments comments) {
        this.districts = districts;
        this.transactions = transactions;
        this.cycles = cycles;
        this.drafts = drafts;
        this.votes = votes;
        this.comments = comments;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10) // after the districts are registered
    public void seed() {
        for (String slug : DEMO_DISTRICTS) {
            districts.bySlug(slug).ifPresent(district -> TenantScope.runAs(district.id(),
                    () -> transactions.executeWithoutResult(status -> seed(district))));
        }
    }

    private void seed(District district) {
        cycles.seedOnce(district);
        drafts.seedOnce(district);
        DemoPeople people = votes.seedOnce(district);
        comments.seedOnce(district, people);
        log.info("Demo data ready for {}", district.name());
    }
}
