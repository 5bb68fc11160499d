package org.policycommons.vote.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.UnsavedInput;
import org.policycommons.text.Translated;
import org.policycommons.text.ui.TranslatedFields;
import org.policycommons.vote.Priority;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.VoteSetup;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * A district admin sets the cycle's priorities, in each of the district's languages, their order, and the ballot's budget and cap,
 * before the vote opens. Afterwards the page still allows typo fixes; the service refuses anything more.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + PrioritiesView.PATH + "/:cycle?", layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class PrioritiesView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "priorities";

    private final PriorityService priorities;
    private final CycleService cycles;
    private final FormError error = new FormError();
    private final Div status = new Div();
    private final Div list = new Div();
    private Optional<Cycle> cycle = Optional.empty();

    PrioritiesView(PriorityService priorities, CycleService cycles) {
        this.priorities = priorities;
        this.cycles = cycles;
        getContent().setId("priorities-page");
        getContent().addClassName("cycle-form");
        status.setId("priorities-status");
        status.getElement().setAttribute("role", "status");
        list.setId("priorities");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("priorities.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        content.add(new Paragraph(getTranslation("priorities.intro", cycle.get().titleFor(getLocale()))), error, status, list);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("priorities.title");
    }

    private void render() {
        long cycleId = cycle.get().id();
        list.removeAll();
        for (Priority priority : priorities.priorities(cycleId)) {
            list.add(editor(priority));
        }
        list.add(adder(cycleId), setup(cycleId));
    }

    private Div editor(Priority priority) {
        // Ids by the priority's own id, not its place: moving or removing one must not hand its typing to another.
        long n = priority.id();
        Div block = new Div(new H2(getTranslation("priorities.number", priority.position())));
        block.setId("priority-" + n);
        List<Locale> languages = priorities.languages();
        TranslatedFields title = TranslatedFields.line("title-" + n, "priorities.title-in", languages, priority.title(),
                PriorityService.TITLE_MAX);
        TranslatedFields explanation = TranslatedFields.area("explanation-" + n, "priorities.explanation-in", languages,
                priority.explanation(), PriorityService.EXPLANATION_MAX);
        Button save = new Button(getTranslation("priorities.save"), e -> act(block, () -> priorities.reword(priority.id(),
                priority.version(), title.value(), explanation.value()), "priorities.saved"));
        save.setId("save-priority-" + n);
        Button up = new Button(getTranslation("priorities.up"), e -> act(null, () -> priorities.move(priority.id(), -1), "priorities.moved"));
        up.setId("up-" + n);
        Button down = new Button(getTranslation("priorities.down"), e -> act(null, () -> priorities.move(priority.id(), 1), "priorities.moved"));
        down.setId("down-" + n);
        Button remove = new Button(getTranslation("priorities.remove"), e -> act(block, () -> priorities.remove(priority.id()), "priorities.removed"));
        remove.setId("remove-" + n);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // The same four buttons under every priority: say which one for screen readers.
        String which = priority.title().textFor(getLocale(), languages);
        for (Button button : new Button[] {save, up, down, remove}) {
            button.getElement().setAttribute("aria-label", getTranslation("priorities.button-of", button.getText(), which));
        }
        block.add(title, explanation, new Div(save, up, down, remove));
        return block;
    }

    private Div adder(long cycleId) {
        Div block = new Div(new H2(getTranslation("priorities.add-title")));
        block.setId("new-priority");
        List<Locale> languages = priorities.languages();
        TranslatedFields title = TranslatedFields.line("new-title", "priorities.title-in", languages, Translated.NONE,
                PriorityService.TITLE_MAX);
        TranslatedFields explanation = TranslatedFields.area("new-explanation", "priorities.explanation-in", languages,
                Translated.NONE, PriorityService.EXPLANATION_MAX);
        Button add = new Button(getTranslation("priorities.add"), e -> act(block, () -> priorities.add(cycleId,
                title.value(), explanation.value()), "priorities.added"));
        add.setId("add-priority");
        block.add(title, explanation, add);
        return block;
    }

    private Div setup(long cycleId) {
        VoteSetup current = priorities.setup(cycleId);
        Div block = new Div(new H2(getTranslation("priorities.rules")));
        block.setId("ballot-rules");
        IntegerField budget = new IntegerField(getTranslation("priorities.budget"));
        budget.setId("budget");
        budget.setValue(current.budget());
        budget.setMin(1);
        IntegerField cap = new IntegerField(getTranslation("priorities.cap"));
        cap.setId("cap");
        cap.setValue(current.cap());
        cap.setMin(1);
        Button save = new Button(getTranslation("priorities.save-rules"), e -> act(block, () -> priorities.changeSetup(cycleId,
                new VoteSetup(budget.getValue() == null ? 0 : budget.getValue(), cap.getValue() == null ? 0 : cap.getValue())),
                "priorities.rules-saved"));
        save.setId("save-rules");
        block.add(new Div(budget, cap), save);
        return block;
    }

    /** Runs an action from one block; on success the list shows what is stored, keeping what other blocks hold. */
    private void act(Div form, Runnable action, String doneKey) {
        try {
            action.run();
            error.clear();
            UnsavedInput.rebuild(list, form, this::render);
            status.setText(getTranslation(doneKey));
        } catch (org.springframework.dao.ConcurrencyFailureException
                 | org.springframework.dao.DataIntegrityViolationException concurrent) {
            // Someone else saved at the same moment: say so; what was typed stays.
            error.showKey("cycle.error.changed-meanwhile");
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
