package org.policycommons.rubric.ui;

import org.policycommons.rubric.ActionStep;
import org.policycommons.rubric.Assessment;
import org.policycommons.rubric.Rating;
import org.policycommons.rubric.Rubric;
import org.policycommons.rubric.RubricService;
import org.policycommons.shell.ui.DistrictLayout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The self-assessment ratings across cycles, oldest first: a plain table a screen reader can walk. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + TrendView.PATH, layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class TrendView extends Composite<Div> implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "self-assessment-trend";

    private final RubricService rubric;

    TrendView(RubricService rubric) {
        this.rubric = rubric;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("rubric.trend.title")), new Paragraph(getTranslation("rubric.trend.intro")));
        for (Rubric shown : Rubric.values()) {
            content.add(new H2(getTranslation(shown.translationKey())), table(shown));
        }
    }

    /** One rubric's ratings, a row per cycle, a column per action step. */
    private NativeTable table(Rubric shown) {
        NativeTable table = new NativeTable();
        table.setId("rubric-trend-" + shown.code());
        table.addClassName("trend");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("rubric.trend.cycle")));
        for (ActionStep step : ActionStep.values()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(step.number() + ". " + getTranslation(step.translationKey()));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableBody body = new NativeTableBody();
        for (Assessment.TrendRow row : rubric.trend(shown)) {
            NativeTableHeaderCell cycleCell = new NativeTableHeaderCell(row.schoolYear() + " — " + row.cycleTitle());
            cycleCell.getElement().setAttribute("scope", "row");
            NativeTableRow tr = new NativeTableRow(cycleCell);
            for (ActionStep step : ActionStep.values()) {
                Rating rating = row.ratings().getOrDefault(step, Rating.NOT_STARTED);
                tr.add(new NativeTableCell(getTranslation(rating.translationKey())));
            }
            body.add(tr);
        }
        table.add(new NativeTableHeader(head), body);
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rubric.trend.title");
    }
}
