package org.policycommons.operator.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.district.District;
import org.policycommons.identity.RealmHealth;
import org.policycommons.identity.Roles;
import org.policycommons.operator.DistrictDeactivation;
import org.policycommons.operator.DistrictLanguages;
import org.policycommons.operator.DistrictOverview;
import org.policycommons.shell.Languages;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.OperatorLayout;
import org.policycommons.shell.ui.PlainTable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The platform operator's list of districts: each one's address, realm, languages, time zone and enrolment, whether
 * it is active, and how its Keycloak realm is doing (answering, taking sign-ins, how many users it lists), asked of
 * the realm itself. Below it, deactivating a district (with a reason) and reactivating one; a refusal is said above
 * that form and what was typed stays. Last, which of the deployment's languages a district offers, and its first.
 */
@Route(value = DistrictsView.PATH, layout = OperatorLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
class DistrictsView extends Composite<Div> implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "operator";

    private final DistrictOverview overview;
    private final DistrictDeactivation deactivation;
    private final Div list = new Div();
    private final H2 statusTitle = new H2();
    private final Paragraph statusIntro = new Paragraph();
    private final FormError statusError = new FormError("deactivation-error");
    private final Select<District> district = new Select<>();
    private final TextArea reason = new TextArea();
    private final Button deactivate = new Button();
    private final Button reactivate = new Button();
    private final H2 languagesTitle = new H2();
    private final Paragraph languagesIntro = new Paragraph();
    private final FormError languagesError = new FormError("languages-error");
    private final Select<District> languagesOf = new Select<>();
    private final CheckboxGroup<Locale> offered = new CheckboxGroup<>();
    private final Select<Locale> firstLanguage = new Select<>();
    private final Button saveLanguages = new Button();
    private final DistrictLanguages languages;

    DistrictsView(DistrictOverview overview, DistrictDeactivation deactivation, DistrictLanguages languages) {
        this.overview = overview;
        this.deactivation = deactivation;
        this.languages = languages;
        getContent().setId("operator-districts-page");
        district.setId("deactivation-district");
        district.setItemLabelGenerator(d -> d == null ? "" : d.name() + " (/d/" + d.slug() + ")");
        reason.setId("deactivation-reason");
        reason.setMaxLength(1000);
        deactivate.setId("deactivate-district");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> change(true));
        reactivate.setId("reactivate-district");
        reactivate.addClickListener(e -> change(false));
        Section status = new Section(statusTitle, statusIntro, statusError, district, reason, new Div(deactivate, reactivate));
        status.addClassName("cycle-form");

        languagesOf.setId("languages-district");
        languagesOf.setItemLabelGenerator(d -> d == null ? "" : d.name() + " (/d/" + d.slug() + ")");
        languagesOf.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                offered.setValue(new java.util.LinkedHashSet<>(e.getValue().languages()));
                firstLanguage.setValue(e.getValue().languages().getFirst());
            }
        });
        offered.setId("languages-offered");
        offered.setItems(languages.available());
        offered.setItemLabelGenerator(Languages::ownName);
        offered.addValueChangeListener(e -> {
            List<Locale> chosen = inDeploymentOrder(e.getValue());
            Locale keep = firstLanguage.getValue();
            firstLanguage.setItems(chosen);
            firstLanguage.setValue(chosen.contains(keep) ? keep : chosen.isEmpty() ? null : chosen.getFirst());
        });
        firstLanguage.setId("languages-first");
        firstLanguage.setItemLabelGenerator(l -> l == null ? "" : Languages.ownName(l));
        saveLanguages.setId("save-languages");
        saveLanguages.addClickListener(e -> saveLanguages());
        Section languageForm = new Section(languagesTitle, languagesIntro, languagesError, languagesOf, offered,
                firstLanguage, new Div(saveLanguages));
        languageForm.addClassName("cycle-form");
        getContent().add(list, status, languageForm);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        statusTitle.setText(getTranslation("operator.status.title"));
        statusIntro.setText(getTranslation("operator.status.intro"));
        district.setLabel(getTranslation("operator.status.district"));
        reason.setLabel(getTranslation("operator.status.reason"));
        reason.setHelperText(getTranslation("operator.status.reason-help"));
        deactivate.setText(getTranslation("operator.status.deactivate"));
        reactivate.setText(getTranslation("operator.status.reactivate"));
        languagesTitle.setText(getTranslation("operator.languages.title"));
        languagesIntro.setText(getTranslation("operator.languages.intro"));
        languagesOf.setLabel(getTranslation("operator.status.district"));
        offered.setLabel(getTranslation("operator.languages.offered"));
        firstLanguage.setLabel(getTranslation("operator.languages.first"));
        firstLanguage.setHelperText(getTranslation("operator.languages.first-help"));
        saveLanguages.setText(getTranslation("operator.languages.save"));
        renderList(event.getLocale());
    }

    private void renderList(Locale locale) {
        list.removeAll();
        com.vaadin.flow.router.RouterLink add = new com.vaadin.flow.router.RouterLink(
                getTranslation("operator.new.link"), NewDistrictView.class);
        add.setId("new-district-link");
        list.add(new H1(getTranslation("operator.districts.title")),
                new Paragraph(getTranslation("operator.districts.intro")), new Paragraph(add));
        PlainTable table = new PlainTable("operator-districts", getTranslation("operator.districts.caption"), List.of(
                getTranslation("operator.column.district"), getTranslation("operator.column.address"),
                getTranslation("operator.column.realm"), getTranslation("operator.column.languages"),
                getTranslation("operator.column.time-zone"), getTranslation("operator.column.enrolment"),
                getTranslation("operator.column.status"), getTranslation("operator.column.health"),
                getTranslation("operator.column.users")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<DistrictOverview.Row> rows = overview.districts();
        for (DistrictOverview.Row row : rows) {
            District shown = row.district();
            RealmHealth.RealmStatus status = row.realm();
            String health = getTranslation(status.state().translationKey());
            if (status.problem() != null) {
                health = health + ": " + status.problem();
            }
            String state = shown.deactivation().map(d -> getTranslation("operator.status.deactivated",
                    when.format(d.at().atZone(ZoneId.of("UTC"))), d.reason()))
                    .orElse(getTranslation("operator.status.active"));
            table.row(shown.name(), "/d/" + shown.slug(), shown.keycloakRealm(),
                    shown.languages().stream().map(l -> l.getDisplayLanguage(locale)).collect(Collectors.joining(", ")),
                    shown.timeZone().getId(), String.format(locale, "%,d", shown.enrolment()), state,
                    health, status.users() == null ? "—" : String.valueOf(status.users()));
        }
        list.add(table.component());
        String selected = district.getOptionalValue().map(District::slug).orElse(null);
        List<District> districts = rows.stream().map(DistrictOverview.Row::district).toList();
        district.setItems(districts);
        districts.stream().filter(d -> d.slug().equals(selected)).findFirst().ifPresent(district::setValue);
        String languagesSelected = languagesOf.getOptionalValue().map(District::slug).orElse(null);
        languagesOf.setItems(districts);
        districts.stream().filter(d -> d.slug().equals(languagesSelected)).findFirst().ifPresent(languagesOf::setValue);
    }

    private List<Locale> inDeploymentOrder(java.util.Set<Locale> chosen) {
        return languages.available().stream().filter(chosen::contains).toList();
    }

    /** The languages as the district will offer them: the first language chosen, then the others. */
    private void saveLanguages() {
        languagesError.clear();
        String slug = languagesOf.getOptionalValue().map(District::slug).orElse(null);
        List<Locale> chosen = new java.util.ArrayList<>(inDeploymentOrder(offered.getValue()));
        firstLanguage.getOptionalValue().ifPresent(first -> {
            chosen.remove(first);
            chosen.addFirst(first);
        });
        try {
            District changed = languages.change(slug, chosen);
            Notification.show(getTranslation("operator.languages.saved", changed.name(),
                    changed.languages().stream().map(Languages::ownName).collect(Collectors.joining(", "))));
            renderList(getLocale());
        } catch (RuleViolation refused) {
            languagesError.show(refused);
        }
    }

    private void change(boolean deactivating) {
        statusError.clear();
        String slug = district.getOptionalValue().map(District::slug).orElse(null);
        try {
            District changed = deactivating ? deactivation.deactivate(slug, reason.getValue())
                    : deactivation.reactivate(slug);
            Notification.show(getTranslation(deactivating ? "operator.status.deactivated-done"
                    : "operator.status.reactivated-done", changed.name()));
            reason.clear();
            renderList(getLocale());
        } catch (RuleViolation refused) {
            statusError.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.districts.title");
    }
}
