package org.policycommons.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works every district's notice outbox once a minute: announcements and emails whose first try failed, or that a
 * stopped portal left behind. Off with {@code portal.notices.sweep=false} (the tests sweep by hand).
 */
@Component
@ConditionalOnProperty(name = "portal.notices.sweep", havingValue = "true", matchIfMissing = true)
class NoticeSweep {

    private final NoticeDelivery delivery;

    NoticeSweep(NoticeDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${portal.notices.sweep-every:PT1M}", initialDelayString = "PT45S")
    void sweep() {
        delivery.deliverEverywhere();
    }
}
