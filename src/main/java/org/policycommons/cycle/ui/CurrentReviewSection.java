package org.policycommons.cycle.ui;

import java.util.Optional;

import org.policycommons.cycle.Cycle;
import org.policycommons.text.ui.ShownText;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.HomeSection;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** On the district home: where the current review stands, and when the next review is due. */
@Component
class CurrentReviewSection implements HomeSection {

    private final CycleService cycles;

    CurrentReviewSection(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(District district, PortalUser user) {
        Div section = new Div();
        section.setId("current-review");
        CycleTexts texts = new CycleTexts(section);
        section.add(new H2(texts.t("home.review-title")));
        Optional<Cycle> current = cycles.current();
        if (current.isEmpty() || current.get().adopted()) {
            section.add(new Paragraph(texts.t("home.review-none")));
        } else {
            Cycle cycle = current.get();
            section.add(new Paragraph(new ShownText(cycle.shownTitle(texts.locale()), texts.locale())));
            UnorderedList open = new UnorderedList();
            cycle.openPhases().forEach(phase -> open.add(new ListItem(
                    texts.phaseName(phase.kind()) + ": " + texts.status(phase, district.timeZone()))));
            YouCanNow.forReader(user, cycle, texts).forEach(text -> open.add(new ListItem(text)));
            if (open.getChildren().findAny().isPresent()) {
                section.add(open);
            }
            section.add(new Paragraph(new Anchor("d/" + district.slug() + "/" + TimelineView.PATH,
                    texts.t("home.review-timeline"))));
        }
        cycles.nextReviewDue().ifPresent(due -> {
            Paragraph next = new Paragraph(texts.t("home.next-review-due", texts.date(due)));
            next.setId("next-review-due");
            section.add(next);
        });
        return section;
    }
}
