package org.policycommons.rubric.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.policycommons.common.Markup;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.rubric.ActionStep;
import org.policycommons.rubric.Assessment;
import org.policycommons.rubric.Checklist;
import org.policycommons.rubric.Rating;
import org.policycommons.rubric.Rubric;
import org.policycommons.rubric.RubricService;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.Drawn;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.UnsavedInput;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A cycle's SECURe self-assessment: for each action step, the district's rating with its evidence, and its own
 * checklists. Everyone in the district reads it; district admins edit it here.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + RubricView.PATH + "/:cycle?", layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class RubricView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "self-assessment";

    private final RubricService rubric;
    private final CycleService cycles;
    private final FormError error = new FormError();
    private Optional<Cycle> cycle = Optional.empty();
    private boolean admin;
    /** The rubric shown: {@code ?rubric=policy} or {@code ?rubric=implementation} (the default). */
    private Rubric shownRubric = Rubric.LOCAL_IMPLEMENTATION;
    private String path = "";
    /** What was typed and not saved on each cycle's rubric, kept while the person looks at the other rubric. */
    private final Map<String, UnsavedInput> typedElsewhere = new HashMap<>();

    RubricView(RubricService rubric, CycleService cycles) {
        this.rubric = rubric;
        this.cycles = cycles;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean drawn = getContent().getChildren().findAny().isPresent();
        if (drawn && admin) {
            typedElsewhere.put(shownKey(), UnsavedInput.takeFrom(getContent(), null));
        }
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
        admin = CurrentUser.get().map(u -> u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
        shownRubric = event.getLocation().getQueryParameters().getSingleParameter("rubric").flatMap(Rubric::ofCode)
                .orElse(Rubric.LOCAL_IMPLEMENTATION);
        path = "/" + event.getLocation().getPath();
        if (drawn) {
            render(); // the same view, another rubric or cycle: the locale did not change, so draw it here
            UnsavedInput typed = typedElsewhere.remove(shownKey());
            if (typed != null) {
                typed.giveBackTo(getContent());
            }
        }
    }

    /** The cycle and rubric shown, as the key of what was typed on them. */
    private String shownKey() {
        return cycle.map(Cycle::id).orElse(0L) + "/" + shownRubric.code();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rubric.title");
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        content.addClassName("cycle-form");
        content.add(new H1(getTranslation("rubric.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        Cycle shown = cycle.get();
        boolean editable = admin && !shown.adopted();
        content.add(new Paragraph(getTranslation("rubric.intro", shown.titleFor(getLocale()))));
        content.getElement().appendChild(rubricLinks());
        content.add(error);
        content.add(new H2(getTranslation(shownRubric.translationKey())));
        Assessment assessment = rubric.assessment(shown.id(), shownRubric);
        // The copy starts both rubrics' checklists, so it is offered only while the cycle has none on either.
        boolean noItems = rubric.assessments(shown.id()).stream()
                .allMatch(a -> a.steps().stream().allMatch(s -> s.items().isEmpty()));
        if (editable && noItems) {
            Button copy = new Button(getTranslation("rubric.copy-previous"), e -> act(null, () -> rubric.copyChecklistFromPreviousCycle(shown.id())));
            copy.setId("copy-previous");
            content.add(copy);
        }
        for (Assessment.StepAssessment step : assessment.steps()) {
            content.add(stepSection(shown, step, editable));
        }
    }

    private Div stepSection(Cycle shown, Assessment.StepAssessment step, boolean editable) {
        int n = step.step().number();
        Div section = new Div(new H3(n + ". " + getTranslation(step.step().translationKey())));
        section.setId("step-" + n);
        if (editable) {
            Select<Rating> rating = new Select<>();
            rating.setId("rating-" + n);
            rating.setLabel(getTranslation("rubric.rating"));
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
            rating.setValue(step.rating());
            TextArea evidence = new TextArea(getTranslation("rubric.evidence"));
            evidence.setId("evidence-" + n);
            evidence.setMaxLength(4000);
            evidence.setValue(step.evidence() == null ? "" : step.evidence());
            evidence.setWidthFull();
            Div ratingForm = new Div(rating, evidence);
            Button save = new Button(getTranslation("rubric.save-rating"),
                    e -> act(ratingForm, () -> rubric.rate(shown.id(), shownRubric, step.step(), rating.getValue(), evidence.getValue())));
            save.setId("save-rating-" + n);
            ratingForm.add(save);
            section.add(ratingForm);
        } else {
            Paragraph rating = new Paragraph(getTranslation("rubric.rating-is", getTranslation(step.rating().translationKey())));
            rating.setId("rating-" + n);
            section.add(rating);
            if (step.evidence() != null) {
                section.add(new Paragraph(getTranslation("rubric.evidence-is", step.evidence())));
            }
        }
        for (Checklist checklist : Checklist.values()) {
            section.add(new H4(getTranslation(checklist.translationKey())));
            UnorderedList list = new UnorderedList();
            step.items().stream().filter(i -> i.checklist() == checklist).forEach(item -> {
                if (editable) {
                    Checkbox done = new Checkbox(item.text(), item.done());
                    done.addValueChangeListener(e -> {
                        if (e.isFromClient() && !act(null, () -> rubric.tickItem(item.id(), e.getValue()))) {
                            done.setValue(e.getOldValue()); // refused: show what is stored
                        }
                    });
                    list.add(new ListItem(done));
                } else {
                    list.add(new ListItem(item.text() + " — " + getTranslation(item.done() ? "rubric.done" : "rubric.not-done")));
                }
            });
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(getTranslation("rubric.no-items")));
            }
            section.add(list);
        }
        if (editable) {
            TextField text = new TextField(getTranslation("rubric.new-item"));
            text.setId("new-item-" + n);
            text.setMaxLength(500);
            Select<Checklist> which = new Select<>();
            which.setId("new-item-list-" + n);
            which.setLabel(getTranslation("rubric.checklist"));
            which.setItems(Checklist.values());
            which.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
            which.setValue(Checklist.TO_START);
            Div row = new Div(text, which);
            Button add = new Button(getTranslation("rubric.add-item"),
                    e -> act(row, () -> rubric.addItem(shown.id(), shownRubric, step.step(), which.getValue(), text.getValue())));
            add.setId("add-item-" + n);
            row.add(add);
            row.addClassName("phase-dates");
            section.add(row);
        }
        return section;
    }

    /** The two rubrics, as links to this page on each; the one shown is marked as the current page. */
    private Element rubricLinks() {
        Markup links = new Markup().open("ul", "class", "rubric-links");
        for (Rubric each : Rubric.values()) {
            links.open("li").open("a", "href", path + "?rubric=" + each.code(), "id", "rubric-" + each.code(),
                    "aria-current", each == shownRubric ? "page" : null)
                    .text(getTranslation(each.translationKey())).close("a").close("li");
        }
        return Drawn.of("nav", links.close("ul"), "aria-label", getTranslation("rubric.rubrics"));
    }

    /**
     * Runs an admin action from one form of the page (or from none) and shows the page as it now is, keeping what
     * was typed in the other forms but not yet saved; on refusal says why. Returns whether it was done.
     */
    private boolean act(Div form, Runnable action) {
        try {
            action.run();
            error.clear();
            UnsavedInput.rebuild(getContent(), form, () -> render());
            return true;
        } catch (org.springframework.dao.OptimisticLockingFailureException
                 | org.springframework.dao.DataIntegrityViolationException concurrent) {
            // Another admin saved at the same moment: say so, keep what this admin typed.
            showRefusal(new CycleRuleViolation("cycle.error.changed-meanwhile"));
        } catch (RuleViolation refused) {
            showRefusal(refused);
        }
        return false;
    }

    private void showRefusal(RuleViolation refused) {
        error.show(refused);
    }
}
