package org.policycommons.cycle.ui;

import org.policycommons.shell.ui.LocalizedDates;

import java.time.ZoneId;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.BoardMilestones;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.cycle.PhaseWindow;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.text.ui.TranslatedFields;
import org.policycommons.shell.ui.UnsavedInput;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * A district admin runs a cycle: moves the dates of a phase that has not begun, or opens or closes a phase early
 * with a reason everyone will see. Each action names the version the admin saw, so a colleague's change is never
 * silently overwritten; what was typed stays on screen when an action is refused.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/cycles/:cycle/manage", layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class ManageCycleView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final CycleService cycles;
    private final DistrictDirectory districts;
    private final FormError error = new FormError();
    private final Div phases = new Div();
    private Cycle cycle;
    private ZoneId zone = ZoneId.of("UTC");

    ManageCycleView(CycleService cycles, DistrictDirectory districts) {
        this.cycles = cycles;
        this.districts = districts;
        getContent().setId("manage-cycle-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).flatMap(districts::bySlug)
                .ifPresent(district -> zone = district.timeZone());
        Optional<Cycle> found = event.getRouteParameters().get("cycle").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong).flatMap(cycles::cycle);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        cycle = found.get();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.manage.title", cycle == null ? "" : cycle.titleFor(getLocale()));
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        if (cycle == null) {
            return;
        }
        CycleTexts texts = new CycleTexts(this);
        content.addClassName("cycle-form");
        content.add(new H1(texts.t("cycle.manage.title", cycle.titleFor(getLocale()))), new Paragraph(texts.t("cycle.manage.intro")),
                error, phases);
        renderPhases(texts);
    }

    private void renderPhases(CycleTexts texts) {
        phases.removeAll();
        if (cycle.adopted()) {
            phases.add(new Paragraph(texts.t("cycle.error.adopted-read-only")));
            return;
        }
        phases.add(titlesEditor(texts));
        for (Phase phase : cycle.phases()) {
            phases.add(phaseEditor(phase, texts));
        }
        phases.add(milestonesEditor(texts));
    }

    /** The cycle's title in each of the district's languages, the first required. */
    private Div titlesEditor(CycleTexts texts) {
        Div editor = new Div(new H2(texts.t("cycle.manage.titles")));
        editor.setId("manage-titles");
        editor.addClassName("phase-editor");
        TranslatedFields titles = TranslatedFields.line("cycle-titles", "cycle.form.name-in", cycles.languages(),
                cycle.titles(), CyclePlan.TITLE_MAX);
        Button save = new Button(texts.t("cycle.manage.save-titles"),
                e -> act(editor, () -> cycles.retitle(cycle.id(), cycle.version(), titles.value())));
        save.setId("save-titles");
        editor.add(new Paragraph(texts.t("cycle.manage.titles-help")), titles, save);
        return editor;
    }

    /** The board's readings and vote; once the vote and the effective date are in, the cycle can be marked adopted. */
    private Div milestonesEditor(CycleTexts texts) {
        BoardMilestones m = cycle.milestones();
        Div editor = new Div(new H2(texts.t("cycle.timeline.board")));
        editor.setId("manage-milestones");
        editor.addClassName("phase-editor");
        DatePicker firstOn = datePicker("first-reading-on", texts.t("cycle.milestone.first-reading"), m.firstReadingOn());
        TextField firstOutcome = outcome("first-reading-outcome", texts, m.firstReadingOutcome());
        DatePicker secondOn = datePicker("second-reading-on", texts.t("cycle.milestone.second-reading"), m.secondReadingOn());
        TextField secondOutcome = outcome("second-reading-outcome", texts, m.secondReadingOutcome());
        DatePicker voteOn = datePicker("adoption-vote-on", texts.t("cycle.milestone.adoption-vote"), m.adoptionVoteOn());
        TextField voteOutcome = outcome("adoption-vote-outcome", texts, m.adoptionVoteOutcome());
        DatePicker effectiveOn = datePicker("takes-effect-on", texts.t("cycle.milestone.takes-effect"), m.takesEffectOn());
        DatePicker nextReviewOn = datePicker("next-review-on", texts.t("cycle.milestone.next-review"), m.nextReviewDueOn());
        nextReviewOn.setHelperText(texts.t("cycle.manage.next-review-help"));
        Button save = new Button(texts.t("cycle.manage.save-milestones"), e -> act(editor, () -> cycles.recordMilestones(
                cycle.id(), cycle.version(), new BoardMilestones(firstOn.getValue(), firstOutcome.getValue(),
                        secondOn.getValue(), secondOutcome.getValue(), voteOn.getValue(), voteOutcome.getValue(),
                        effectiveOn.getValue(), nextReviewOn.getValue()))));
        save.setId("save-milestones");
        TextField earlyReason = new TextField(texts.t("cycle.manage.adopt-early-reason"));
        earlyReason.setId("adopt-early-reason");
        earlyReason.setMaxLength(1000);
        earlyReason.setHelperText(texts.t("cycle.manage.adopt-early-reason-help"));
        Button adopt = new Button(texts.t("cycle.manage.adopt"),
                e -> act(editor, () -> cycles.markAdopted(cycle.id(), cycle.version(), earlyReason.getValue())));
        adopt.setId("mark-adopted");
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(row(firstOn, firstOutcome), row(secondOn, secondOutcome), row(voteOn, voteOutcome),
                row(effectiveOn, nextReviewOn), save, new Paragraph(texts.t("cycle.manage.adopt-help")), earlyReason,
                adopt);
        return editor;
    }

    private DatePicker datePicker(String id, String label, java.time.LocalDate value) {
        DatePicker picker = new DatePicker(label, value);
        picker.setId(id);
        LocalizedDates.apply(picker, getLocale());
        return picker;
    }

    private static TextField outcome(String id, CycleTexts texts, String value) {
        TextField field = new TextField(texts.t("cycle.manage.outcome"));
        field.setId(id);
        field.setMaxLength(500);
        field.setValue(value == null ? "" : value);
        return field;
    }

    private static Div row(com.vaadin.flow.component.Component... fields) {
        Div row = new Div(fields);
        row.addClassName("phase-dates");
        return row;
    }

    private Div phaseEditor(Phase phase, CycleTexts texts) {
        String id = phase.kind().name().toLowerCase().replace('_', '-');
        Div editor = new Div();
        editor.setId("manage-" + id);
        editor.addClassName("phase-editor");
        editor.add(new H2(texts.phaseName(phase.kind())), new Paragraph(texts.status(phase, zone)));
        if (phase.state() == PhaseState.UPCOMING) {
            DatePicker opens = new DatePicker(texts.t("cycle.form.phase-opens", texts.phaseName(phase.kind())), phase.opensOn());
            opens.setId("opens-" + id);
            LocalizedDates.apply(opens, getLocale());
            Div dates = new Div(opens);
            dates.addClassName("phase-dates");
            DatePicker closes = new DatePicker(texts.t("cycle.form.phase-closes", texts.phaseName(phase.kind())), phase.closesOn());
            closes.setId("closes-" + id);
            LocalizedDates.apply(closes, getLocale());
            if (phase.kind() != PhaseKind.ADOPTED) {
                dates.add(closes);
            }
            Button save = new Button(texts.t("cycle.manage.save-dates"), e -> act(editor, () -> cycles.reschedulePhase(cycle.id(),
                    cycle.version(), new PhaseWindow(phase.kind(), opens.getValue(),
                            phase.kind() == PhaseKind.ADOPTED ? null : closes.getValue()))));
            save.setId("save-dates-" + id);
            editor.add(dates, save);
        }
        if (phase.state() != PhaseState.CLOSED && phase.kind() != PhaseKind.ADOPTED) {
            TextField reason = new TextField(texts.t("cycle.manage.reason"));
            reason.setId("reason-" + id);
            reason.setMaxLength(1000);
            reason.setHelperText(texts.t("cycle.manage.reason-help"));
            boolean open = phase.state() == PhaseState.OPEN;
            Button early = new Button(texts.t(open ? "cycle.manage.close-now" : "cycle.manage.open-now"), e -> act(editor, () -> {
                if (open) {
                    cycles.closePhaseEarly(cycle.id(), cycle.version(), phase.kind(), reason.getValue());
                } else {
                    cycles.openPhaseEarly(cycle.id(), cycle.version(), phase.kind(), reason.getValue());
                }
            }));
            early.setId((open ? "close-now-" : "open-now-") + id);
            early.addThemeVariants(ButtonVariant.LUMO_ERROR);
            editor.add(reason, early);
        }
        return editor;
    }

    /**
     * Runs an admin action from one editor. On success the page shows the cycle as it now is, and what was typed in
     * the other editors but not yet saved stays; on refusal it says why and keeps every input.
     */
    private void act(Div editor, Runnable action) {
        try {
            action.run();
            error.clear();
            cycle = cycles.cycle(cycle.id()).orElseThrow();
            UnsavedInput.rebuild(phases, editor, () -> renderPhases(new CycleTexts(this)));
        } catch (org.springframework.dao.OptimisticLockingFailureException
                 | org.springframework.dao.DataIntegrityViolationException concurrent) {
            // Another admin saved at the same moment: say so, keep what this admin typed.
            showRefusal(new CycleRuleViolation("cycle.error.changed-meanwhile"));
        } catch (RuleViolation refused) {
            showRefusal(refused);
        }
    }

    private void showRefusal(RuleViolation refused) {
        error.showMessage(new CycleTexts(this).refusal(refused));
    }
}
