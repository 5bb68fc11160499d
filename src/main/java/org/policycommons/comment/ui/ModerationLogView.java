package org.policycommons.comment.ui;

import java.util.List;
import java.util.Optional;

import org.policycommons.comment.ModerationService;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.PlainTable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public moderation log of a cycle: how often comments were removed or restored, and why. Never their text. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + ModerationLogView.PATH + "/:cycle?", layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class ModerationLogView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "moderation-log";

    private final ModerationService moderation;
    private final CycleService cycles;
    private Optional<Cycle> cycle = Optional.empty();

    ModerationLogView(ModerationService moderation, CycleService cycles) {
        this.moderation = moderation;
        this.cycles = cycles;
        getContent().setId("moderation-log-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("moderation.log.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        content.add(new Paragraph(getTranslation("moderation.log.intro", cycle.get().titleFor(getLocale()))));
        List<ModerationService.LogLine> lines = moderation.log(cycle.get().id());
        if (lines.isEmpty()) {
            content.add(new Paragraph(getTranslation("moderation.log.empty")));
            return;
        }
        PlainTable table = new PlainTable("moderation-log", getTranslation("moderation.log.caption"), List.of(
                getTranslation("moderation.log.act"), getTranslation("moderation.log.reason"),
                getTranslation("moderation.log.times")));
        for (ModerationService.LogLine line : lines) {
            table.row(getTranslation("moderation.log.act." + line.act().toLowerCase()), line.reason().textFor(getLocale()),
                    String.valueOf(line.times()));
        }
        content.add(table.component());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.log.title");
    }
}
