package org.policycommons.publicsite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.board.PublishedPackets;
import org.policycommons.comment.DistrictResponse;
import org.policycommons.comment.ResponseService;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseState;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Following a district's reviews without an account: an Atom feed of what happened (a phase opened or closed, a
 * version was published, the district answered comments) and an iCalendar feed of the phases and board readings.
 */
@Controller
public class FeedController {

    /** The feed's most recent events. */
    static final int FEED_SIZE = 50;

    private final PublicSite site;
    private final PublicResponses responses;
    private final CycleService cycles;
    private final DraftService drafts;
    private final ResponseService answers;
    private final PublishedPackets packets;

    FeedController(PublicSite site, PublicResponses responses, CycleService cycles, DraftService drafts,
                   ResponseService answers, PublishedPackets packets) {
        this.packets = packets;
        this.site = site;
        this.responses = responses;
        this.cycles = cycles;
        this.drafts = drafts;
        this.answers = answers;
    }

    /** One thing that happened in a review, for the feed. */
    record Event(String id, Instant at, String title, String summary, String link) {
    }

    @GetMapping("/public/{slug}/feed.atom")
    ResponseEntity<byte[]> atom(HttpServletRequest request, @PathVariable String slug) throws FeedException {
        PublicSite.Visit visit = site.visit(request, slug);
        Words w = visit.words;
        String base = site.baseUrl();
        List<Event> events = new ArrayList<>();
        Instant now = Instant.now();
        for (Cycle cycle : visit.read(cycles::history)) {
            String reviewLink = base + visit.reader.link(PublicPaths.review(slug, cycle.id()));
            for (Phase phase : cycle.phases()) {
                if (phase.state() != PhaseState.UPCOMING && phase.opensAt() != null) {
                    events.add(new Event("phase-" + cycle.id() + "-" + phase.kind() + "-opened", phase.opensAt(),
                            w.t("public.feed.opened", w.phaseName(phase), cycle.titleFor(w.locale())), w.status(phase), reviewLink));
                }
                if (phase.state() == PhaseState.CLOSED && phase.closesAt() != null && phase.closesAt().isBefore(now)) {
                    events.add(new Event("phase-" + cycle.id() + "-" + phase.kind() + "-closed", phase.closesAt(),
                            w.t("public.feed.closed", w.phaseName(phase), cycle.titleFor(w.locale())), w.status(phase), reviewLink));
                }
            }
            for (Draft draft : visit.read(() -> drafts.draftsOf(cycle.id()))) {
                for (Draft.VersionSummary version : draft.published()) {
                    events.add(new Event("version-" + draft.id() + "-" + version.number(), version.publishedAt(),
                            w.t("public.feed.published", draft.title(), version.number()),
                            w.t("public.feed.published-summary", draft.title(), version.number(), cycle.titleFor(w.locale())),
                            base + visit.reader.link(PublicPaths.version(slug, draft.id(), version.number()))));
                }
            }
            for (PublishedPackets.Edition packet : visit.read(() -> packets.editions(cycle.id()))) {
                events.add(new Event("packet-" + packet.id(), packet.publishedAt(),
                        w.t("public.feed.packet", packet.edition(),
                                packet.language().getDisplayLanguage(packet.language()), cycle.titleFor(w.locale())),
                        packet.correction().orElse(""), base + visit.reader.link(PublicPaths.review(slug, cycle.id()))));
            }
            for (DistrictResponse answer : visit.read(() -> answers.responses(cycle.id(),
                    PageRequest.of(0, FEED_SIZE))).getContent()) {
                events.add(new Event("response-" + answer.id(), answer.createdAt(),
                        w.t("public.feed.answered", w.t(answer.disposition().translationKey()), cycle.titleFor(w.locale())),
                        answer.body().textFor(w.locale()), base + visit.reader.link(PublicPaths.review(slug, cycle.id()) + "/responses")));
            }
        }
        events.sort(Comparator.comparing(Event::at).reversed());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(w.t("public.feed.title", visit.district.name()));
        feed.setDescription(w.t("public.home.description", visit.district.name()));
        feed.setLink(base + visit.reader.link(PublicPaths.district(slug)));
        feed.setUri(base + PublicPaths.district(slug) + "/feed.atom");
        feed.setLanguage(visit.reader.language());
        List<Event> shown = events.stream().limit(FEED_SIZE).toList();
        feed.setPublishedDate(Date.from(shown.isEmpty() ? Instant.EPOCH : shown.getFirst().at()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Event event : shown) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("tag:" + URIs.host(base) + ",2026:" + slug + ":" + event.id());
            entry.setTitle(event.title());
            entry.setLink(event.link());
            entry.setPublishedDate(Date.from(event.at()));
            entry.setUpdatedDate(Date.from(event.at()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(event.summary());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        byte[] body = PublicResponses.utf8(new SyndFeedOutput().outputString(feed));
        return responses.answer(request, HttpStatus.OK, body,
                MediaType.parseMediaType("application/atom+xml;charset=UTF-8"), "'none'");
    }

    @GetMapping("/public/{slug}/calendar.ics")
    ResponseEntity<byte[]> calendar(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        Words w = visit.words;
        String host = URIs.host(site.baseUrl());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Policy Commons//" + slug + "//" + visit.reader.language().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Cycle cycle : visit.read(cycles::history)) {
            for (Phase phase : cycle.phases()) {
                if (phase.opensOn() == null) {
                    continue;
                }
                LocalDate last = phase.closesOn() == null ? phase.opensOn() : phase.closesOn();
                calendar.add(allDay("phase-" + cycle.id() + "-" + phase.kind().name().toLowerCase() + "@" + host,
                        phase.opensOn(), last, w.t("public.calendar.phase", w.phaseName(phase), cycle.titleFor(w.locale()))));
            }
            var m = cycle.milestones();
            addReading(calendar, host, cycle, cycle.titleFor(w.locale()), "first-reading", m.firstReadingOn(), w.t("public.review.first-reading", w.date(m.firstReadingOn())));
            addReading(calendar, host, cycle, cycle.titleFor(w.locale()), "second-reading", m.secondReadingOn(), w.t("public.review.second-reading", w.date(m.secondReadingOn())));
            addReading(calendar, host, cycle, cycle.titleFor(w.locale()), "adoption-vote", m.adoptionVoteOn(), w.t("public.review.adoption-vote", w.date(m.adoptionVoteOn())));
        }
        byte[] body = PublicResponses.utf8(calendar.toString());
        return responses.answer(request, HttpStatus.OK, body, MediaType.parseMediaType("text/calendar;charset=UTF-8"),
                "'none'");
    }

    private static void addReading(Calendar calendar, String host, Cycle cycle, String cycleTitle, String what,
                                   LocalDate on, String title) {
        if (on != null) {
            calendar.add(allDay(what + "-" + cycle.id() + "@" + host, on, on, title + " (" + cycleTitle + ")"));
        }
    }

    /** An all-day event from one day to another, both included; stamped by its first day so the feed stays stable. */
    private static VEvent allDay(String uid, LocalDate first, LocalDate last, String summary) {
        VEvent event = new VEvent(first, last.plusDays(1), summary);
        event.replace(new Uid(uid));
        event.replace(new DtStamp(first.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        return event;
    }

    /** The host of the portal's public address, for identifiers that must be globally unique. */
    static final class URIs {

        private URIs() {
        }

        static String host(String baseUrl) {
            String host = java.net.URI.create(baseUrl).getHost();
            return host == null ? "localhost" : host;
        }
    }
}
