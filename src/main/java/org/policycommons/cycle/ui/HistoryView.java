package org.policycommons.cycle.ui;

import java.util.List;

import org.policycommons.cycle.Cycle;
import org.policycommons.text.ui.ShownText;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseState;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.shell.ui.DistrictLayout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
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

/** The district's record of every review, newest first, each with its status and a link to its timeline. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + HistoryView.PATH, layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class HistoryView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "history";

    private final CycleService cycles;
    private final DistrictDirectory districts;
    private District district;

    HistoryView(CycleService cycles, DistrictDirectory districts) {
        this.cycles = cycles;
        this.districts = districts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        district = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).flatMap(districts::bySlug).orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.history.page-title", district == null ? "" : district.name());
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        if (district == null) {
            return;
        }
        CycleTexts texts = new CycleTexts(this);
        content.add(new H1(texts.t("cycle.history.title")));
        List<Cycle> all = cycles.history();
        if (all.isEmpty()) {
            content.add(new Paragraph(texts.t("home.review-none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("cycle-history");
        list.addClassName("district-list");
        for (Cycle cycle : all) {
            Anchor link = new Anchor("d/" + district.slug() + "/" + TimelineView.PATH + "/" + cycle.id());
            link.add(new ShownText(cycle.shownTitle(getLocale()), getLocale()));
            Span status = new Span(status(cycle, texts));
            status.addClassName("detail");
            list.add(new ListItem(link, status));
        }
        content.add(list);
    }

    private static String status(Cycle cycle, CycleTexts texts) {
        if (cycle.adopted()) {
            return texts.t("cycle.history.adopted", cycle.schoolYear(), texts.date(cycle.milestones().adoptionVoteOn()));
        }
        boolean started = cycle.phases().stream().anyMatch(p -> p.state() != PhaseState.UPCOMING);
        return texts.t(started ? "cycle.history.in-progress" : "cycle.history.upcoming", cycle.schoolYear(),
                texts.date(cycle.startsOn()));
    }
}
