package org.policycommons.vote.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.PlainTable;
import org.policycommons.vote.BallotService;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.Results;
import org.policycommons.vote.VoterGroup;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The vote's results, only in aggregate: each priority's points, share, rank and voters overall and per group;
 * participation by group; each group's top three; where groups diverge. Small groups say so instead of figures.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + ResultsView.PATH + "/:cycle?", layout = DistrictLayout.class)
// Guarded by DistrictLayout; the service decides who sees results when (docs/decisions/002).
@AnonymousAllowed
class ResultsView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "vote-results";

    private final BallotService ballots;
    private final PriorityService priorities;
    private final CycleService cycles;
    private Optional<Cycle> cycle = Optional.empty();

    ResultsView(BallotService ballots, PriorityService priorities, CycleService cycles) {
        this.ballots = ballots;
        this.priorities = priorities;
        this.cycles = cycles;
        getContent().setId("results-page");
        getContent().addClassName("draft-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("results.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        Results results;
        try {
            results = ballots.results(cycle.get().id());
        } catch (RuleViolation refused) {
            Paragraph why = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            why.setId("results-refused");
            content.add(why);
            return;
        }
        Locale locale = event.getLocale();
        Map<Long, String> titles = priorities.titlesFor(cycle.get().id(), locale);
        content.add(new Paragraph(getTranslation("results.intro", cycle.get().titleFor(locale), results.voters())));

        content.add(new H2(getTranslation("results.overall")));
        if (results.overallSuppressed()) {
            content.add(suppressedNote());
        } else {
            content.add(table("results-overall", getTranslation("results.overall"), results.overall(), titles));
        }

        content.add(new H2(getTranslation("results.participation")));
        content.add(participation(results));

        for (VoterGroup group : VoterGroup.VOTING) {
            Results.Group figures = results.groups().get(group);
            content.add(new H2(getTranslation("results.group", getTranslation(group.translationKey()))));
            if (figures.suppressed()) {
                content.add(figures.small() ? suppressedNote() : protectingNote());
            } else if (figures.voters() == 0) {
                content.add(new Paragraph(getTranslation("results.no-voters")));
            } else {
                content.add(table("results-" + group.name().toLowerCase(),
                        getTranslation("results.group", getTranslation(group.translationKey())), figures.lines(), titles));
            }
        }

        content.add(new H2(getTranslation("results.top-three")));
        UnorderedList tops = new UnorderedList();
        tops.setId("results-top-three");
        results.topThree().forEach((group, ids) -> {
            OrderedList three = new OrderedList();
            ids.forEach(id -> three.add(new ListItem(titles.get(id))));
            tops.add(new ListItem(new Paragraph(getTranslation(group.translationKey())), three));
        });
        content.add(tops);

        content.add(new H2(getTranslation("results.divergence")));
        UnorderedList gaps = new UnorderedList();
        gaps.setId("results-divergence");
        for (Results.Divergence d : results.divergence()) {
            gaps.add(new ListItem(getTranslation("results.divergence-line", titles.get(d.priorityId()),
                    getTranslation(d.bestGroup().translationKey()), d.bestRank(),
                    getTranslation(d.worstGroup().translationKey()), d.worstRank())));
        }
        if (results.divergence().isEmpty()) {
            gaps.add(new ListItem(getTranslation("results.no-divergence")));
        }
        content.add(gaps);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title");
    }

    private Paragraph protectingNote() {
        Paragraph note = new Paragraph(getTranslation("results.protecting", VoterGroup.SMALLEST_SHOWN));
        note.addClassName("suppressed");
        return note;
    }

    private Paragraph suppressedNote() {
        Paragraph note = new Paragraph(getTranslation("results.suppressed", VoterGroup.SMALLEST_SHOWN));
        note.addClassName("suppressed");
        return note;
    }

    private Div participation(Results results) {
        PlainTable table = new PlainTable("results-participation", getTranslation("results.participation"),
                List.of(getTranslation("results.column.group"), getTranslation("results.column.voters")));
        for (VoterGroup group : VoterGroup.VOTING) {
            Results.Group figures = results.groups().get(group);
            String count = !figures.suppressed() ? String.valueOf(figures.voters())
                    : figures.small() ? getTranslation("results.fewer-than", VoterGroup.SMALLEST_SHOWN)
                    : getTranslation("results.not-shown");
            table.row(getTranslation(group.translationKey()), count);
        }
        return table.component();
    }

    private Div table(String id, String caption, List<Results.Line> lines, Map<Long, String> titles) {
        PlainTable table = new PlainTable(id, caption, List.of(getTranslation("results.column.rank"),
                getTranslation("results.column.priority"), getTranslation("results.column.points"),
                getTranslation("results.column.share"), getTranslation("results.column.voters")));
        for (Results.Line line : lines) {
            table.row(String.valueOf(line.rank()), titles.get(line.priorityId()), String.valueOf(line.points()),
                    String.format(getLocale(), "%.1f %%", line.share() * 100), String.valueOf(line.voters()));
        }
        return table.component();
    }
}
