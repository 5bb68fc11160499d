package org.policycommons.cycle.ui;

import org.policycommons.shell.ui.LocalizedDates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseWindow;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.text.Translated;
import org.policycommons.text.ui.TranslatedFields;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * A district admin creates a review cycle: title, school year, description, and the dates of every phase. A refusal
 * is said in words next to the form, and nothing typed is lost.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + NewCycleView.PATH, layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class NewCycleView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "cycles/new";

    private final CycleService cycles;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final FormError error = new FormError();
    private final TextField name = new TextField();
    private final Div otherTitles = new Div();
    private TranslatedFields otherTitleFields;
    private final TextField schoolYear = new TextField();
    private final TextArea description = new TextArea();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final H2 phasesTitle = new H2();
    private final Map<PhaseKind, DatePicker> opens = new EnumMap<>(PhaseKind.class);
    private final Map<PhaseKind, DatePicker> closes = new EnumMap<>(PhaseKind.class);
    private final Button save = new Button();
    private String districtSlug = "";

    NewCycleView(CycleService cycles) {
        this.cycles = cycles;
        Div form = getContent();
        form.addClassName("cycle-form");
        name.setId("cycle-title");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        schoolYear.setId("cycle-school-year");
        schoolYear.setMaxLength(20);
        schoolYear.setRequiredIndicatorVisible(true);
        description.setId("cycle-description");
        description.setMaxLength(4000);
        startsOn.setId("cycle-starts-on");
        endsOn.setId("cycle-ends-on");
        form.add(title, intro, error, name, otherTitles, schoolYear, description, startsOn, endsOn, phasesTitle);
        for (PhaseKind kind : PhaseKind.values()) {
            DatePicker open = new DatePicker();
            open.setId("opens-" + kind.name().toLowerCase().replace('_', '-'));
            opens.put(kind, open);
            Div row = new Div(open);
            row.addClassName("phase-dates");
            if (kind != PhaseKind.ADOPTED) {
                DatePicker close = new DatePicker();
                close.setId("closes-" + kind.name().toLowerCase().replace('_', '-'));
                closes.put(kind, close);
                row.add(close);
            }
            form.add(row);
        }
        save.setId("save-cycle");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        form.add(save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        districtSlug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        CycleTexts texts = new CycleTexts(this);
        title.setText(texts.t("cycle.form.title"));
        intro.setText(texts.t("cycle.form.intro"));
        // The title in the district's first language, then a field for each of its other languages.
        List<Locale> languages = cycles.languages();
        name.setLabel(languages.size() > 1
                ? texts.t("cycle.form.name-in", languages.getFirst().getDisplayLanguage(event.getLocale()))
                : texts.t("cycle.form.name"));
        name.getElement().setAttribute("lang", languages.getFirst().getLanguage());
        Translated typed = otherTitleFields == null ? Translated.NONE : otherTitleFields.value();
        otherTitles.removeAll();
        otherTitleFields = TranslatedFields.line("cycle-title", "cycle.form.name-in",
                languages.subList(1, languages.size()), typed, CyclePlan.TITLE_MAX);
        otherTitles.add(otherTitleFields);
        schoolYear.setLabel(texts.t("cycle.form.school-year"));
        schoolYear.setHelperText(texts.t("cycle.form.school-year-help"));
        description.setLabel(texts.t("cycle.form.description"));
        startsOn.setLabel(texts.t("cycle.form.starts-on"));
        endsOn.setLabel(texts.t("cycle.form.ends-on"));
        phasesTitle.setText(texts.t("cycle.form.phases"));
        opens.forEach((kind, picker) -> picker.setLabel(texts.t("cycle.form.phase-opens", texts.phaseName(kind))));
        closes.forEach((kind, picker) -> picker.setLabel(texts.t("cycle.form.phase-closes", texts.phaseName(kind))));
        allDatePickers().forEach(picker -> LocalizedDates.apply(picker, event.getLocale()));
        save.setText(texts.t("cycle.form.save"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.form.title");
    }

    private void save() {
        List<PhaseWindow> windows = new ArrayList<>();
        for (PhaseKind kind : PhaseKind.values()) {
            DatePicker close = closes.get(kind);
            windows.add(new PhaseWindow(kind, opens.get(kind).getValue(), close == null ? null : close.getValue()));
        }
        CyclePlan plan = new CyclePlan(name.getValue(), schoolYear.getValue(), description.getValue(),
                startsOn.getValue(), endsOn.getValue(), windows);
        try {
            long id = cycles.createCycle(plan, otherTitleFields.value());
            getUI().ifPresent(ui -> ui.navigate("d/" + districtSlug + "/" + TimelineView.PATH + "/" + id));
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

    private List<DatePicker> allDatePickers() {
        List<DatePicker> all = new ArrayList<>(List.of(startsOn, endsOn));
        all.addAll(opens.values());
        all.addAll(closes.values());
        return all;
    }

}
