package org.policycommons.vote.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.vote.BallotService;
import org.policycommons.vote.MyBallot;
import org.policycommons.text.Translated;
import org.policycommons.text.ui.ShownText;
import org.policycommons.vote.Priority;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.VoteSetup;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A participant's ballot: each priority with a number field and its − and + steppers (arrow keys work too), the
 * points left said aloud as they change, and when the ballot was last saved. A refused ballot keeps its numbers.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + BallotView.PATH + "/:cycle?", layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class BallotView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "vote";

    private final BallotService ballots;
    private final PriorityService priorities;
    private final CycleService cycles;
    private final DistrictDirectory districts;
    private final Map<Long, IntegerField> fields = new LinkedHashMap<>();
    private final FormError error = new FormError();
    private final Paragraph remaining = new Paragraph();
    private final Paragraph saved = new Paragraph();
    private Optional<Cycle> cycle = Optional.empty();
    private String slug = "";
    private ZoneId zone = ZoneId.of("UTC");
    private VoteSetup setup = VoteSetup.DEFAULT;

    BallotView(BallotService ballots, PriorityService priorities, CycleService cycles, DistrictDirectory districts) {
        this.ballots = ballots;
        this.priorities = priorities;
        this.cycles = cycles;
        this.districts = districts;
        getContent().setId("ballot-page");
        getContent().addClassName("draft-page");
        remaining.setId("points-left");
        remaining.getElement().setAttribute("aria-live", "polite");
        saved.setId("ballot-saved");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        districts.bySlug(slug).ifPresent(d -> zone = d.timeZone());
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        fields.clear();
        content.add(new H1(getTranslation("vote.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        long cycleId = cycle.get().id();
        Anchor results = new Anchor("d/" + slug + "/" + ResultsView.PATH + "/" + cycleId, getTranslation("vote.results-link"));
        results.setId("results-link");
        if (!ballots.canVote(cycleId)) {
            content.add(new Paragraph(getTranslation("vote.not-now")), new Paragraph(results));
            return;
        }
        setup = priorities.setup(cycleId);
        MyBallot mine = ballots.myBallot(cycleId);
        content.add(new Paragraph(getTranslation("vote.intro", setup.budget(), setup.cap())), error, remaining);
        List<Locale> offered = priorities.languages();
        for (Priority priority : priorities.priorities(cycleId)) {
            Optional<Translated.Shown> title = priority.title().forReader(event.getLocale(), offered);
            IntegerField points = new IntegerField(title.map(Translated.Shown::text).orElse(""));
            points.setId("points-" + priority.position());
            // A title in another language is read in that language; the explanation below says which it is.
            title.filter(Translated.Shown::fallback).ifPresent(shown ->
                    points.getElement().setAttribute("lang", shown.language().getLanguage()));
            points.setHelperComponent(new ShownText(priority.explanation(), event.getLocale(), offered));
            points.setMin(0);
            points.setMax(setup.cap());
            points.setStepButtonsVisible(true);
            points.setValue(mine.points().getOrDefault(priority.id(), 0));
            points.setValueChangeMode(ValueChangeMode.EAGER);
            points.addValueChangeListener(e -> countRemaining());
            points.setWidthFull();
            fields.put(priority.id(), points);
            content.add(points);
        }
        Button save = new Button(getTranslation("vote.save"), e -> save(cycleId));
        save.setId("save-ballot");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(save, saved, new Paragraph(results));
        showSaved(mine);
        countRemaining();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vote.title");
    }

    private void countRemaining() {
        int spent = fields.values().stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
        int left = setup.budget() - spent;
        remaining.setText(left >= 0 ? getTranslation("vote.left", left, setup.budget())
                : getTranslation("vote.over", -left, setup.budget()));
        remaining.getElement().getClassList().set("over", left < 0);
    }

    private void save(long cycleId) {
        Map<Long, Integer> given = new HashMap<>();
        fields.forEach((id, field) -> given.put(id, field.getValue() == null ? 0 : field.getValue()));
        try {
            ballots.cast(cycleId, given);
            error.clear();
            showSaved(ballots.myBallot(cycleId));
        } catch (org.springframework.dao.ConcurrencyFailureException
                 | org.springframework.dao.DataIntegrityViolationException concurrent) {
            // Another tab saved the same ballot at the same moment: say so; the numbers stay.
            error.showKey("vote.error.saved-meanwhile");
        } catch (RuleViolation refused) {
            // The numbers stay as the voter set them.
            error.show(refused);
        }
    }

    private void showSaved(MyBallot mine) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        saved.setText(mine.savedAt().map(at -> getTranslation("vote.saved-at", when.format(at.atZone(zone))))
                .orElse(getTranslation("vote.not-saved")));
    }
}
