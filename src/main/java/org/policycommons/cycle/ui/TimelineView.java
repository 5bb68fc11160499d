package org.policycommons.cycle.ui;

import java.time.ZoneId;
import java.util.Optional;

import org.policycommons.cycle.Cycle;
import org.policycommons.text.ui.ShownText;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.Phase;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.shell.ui.DistrictLayout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the review stands: what is open and until when, what comes next, and what the reader can do right now.
 * {@code /d/{slug}/review} shows the current cycle; {@code /d/{slug}/review/{id}} any cycle of the district.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + TimelineView.PATH + "/:cycle?", layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class TimelineView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "review";

    private final CycleService cycles;
    private final DistrictDirectory districts;
    private District district;
    private Optional<Cycle> cycle = Optional.empty();

    TimelineView(CycleService cycles, DistrictDirectory districts) {
        this.cycles = cycles;
        this.districts = districts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        district = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).flatMap(districts::bySlug).orElse(null);
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.timeline.page-title", district == null ? "" : district.name());
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        CycleTexts texts = new CycleTexts(this);
        if (district == null) {
            return;
        }
        if (cycle.isEmpty()) {
            content.add(new H1(texts.t("cycle.timeline.title")), new Paragraph(texts.t("home.review-none")));
            return;
        }
        Cycle shown = cycle.get();
        ZoneId zone = district.timeZone();
        H1 title = new H1(new ShownText(shown.shownTitle(getLocale()), getLocale()));
        title.setId("cycle-title");
        content.add(title);
        if (shown.description() != null) {
            content.add(new Paragraph(shown.description()));
        }

        content.add(new H2(texts.t("cycle.timeline.now")));
        Div now = new Div();
        now.setId("review-now");
        if (shown.adopted()) {
            now.add(new Paragraph(texts.t("cycle.timeline.adopted", texts.date(shown.milestones().adoptionVoteOn()))));
        } else if (shown.openPhases().isEmpty()) {
            now.add(new Paragraph(texts.t("cycle.timeline.nothing-open")));
        } else {
            UnorderedList open = new UnorderedList();
            shown.openPhases().forEach(phase -> open.add(new ListItem(
                    texts.phaseName(phase.kind()) + ": " + texts.status(phase, zone))));
            now.add(open);
        }
        content.add(now);

        CurrentUser.get().ifPresent(user -> {
            UnorderedList actions = new UnorderedList();
            actions.setId("you-can-now");
            YouCanNow.forReader(user, shown, texts).forEach(text -> actions.add(new ListItem(text)));
            if (actions.getChildren().findAny().isPresent()) {
                content.add(new H2(texts.t("cycle.timeline.you-can")), actions);
            }
        });

        content.add(new H2(texts.t("cycle.timeline.phases")));
        OrderedList phases = new OrderedList();
        phases.setId("phases");
        phases.addClassName("timeline");
        for (Phase phase : shown.phases()) {
            Span name = new Span(texts.phaseName(phase.kind()));
            name.addClassName("phase-name");
            Span status = new Span(texts.status(phase, zone));
            ListItem item = new ListItem(name, status);
            item.addClassName("phase-" + phase.state().name().toLowerCase());
            phase.openedEarlyReason().ifPresent(reason ->
                    item.add(new Span(texts.t("cycle.timeline.opened-early-reason", reason))));
            phase.closedEarlyReason().ifPresent(reason ->
                    item.add(new Span(texts.t("cycle.timeline.closed-early-reason", reason))));
            phases.add(item);
        }
        content.add(phases);

        BoardMilestonesList.of(shown.milestones(), texts).ifPresent(milestones -> {
            content.add(new H2(texts.t("cycle.timeline.board")), milestones);
        });
        CurrentUser.get().filter(user -> user.hasRole(PortalRole.DISTRICT_ADMIN) && !shown.adopted()).ifPresent(user -> {
            Anchor manage = new Anchor("d/" + district.slug() + "/cycles/" + shown.id() + "/manage", texts.t("cycle.manage.link"));
            manage.setId("manage-cycle");
            content.add(new Paragraph(manage));
        });
        Anchor history = new Anchor("d/" + district.slug() + "/" + HistoryView.PATH, texts.t("cycle.timeline.all-cycles"));
        content.add(new Paragraph(history));
    }
}
