package org.policycommons.operator.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.identity.Roles;
import org.policycommons.operator.DistrictCreation;
import org.policycommons.operator.DistrictLanguages;
import org.policycommons.operator.NewDistrict;
import org.policycommons.shell.Languages;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.OperatorLayout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The operator's form for a new district: its name, address, languages, time zone and enrolment, and its first
 * administrator, who is invited by email. A refusal is said above the form, in the operator's language, and
 * everything typed stays.
 */
@Route(value = NewDistrictView.PATH, layout = OperatorLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
class NewDistrictView extends Composite<Div> implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "operator/districts/new";

    private final DistrictCreation creation;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final FormError error = new FormError();
    private final TextField name = new TextField();
    private final TextField slug = new TextField();
    private final CheckboxGroup<Locale> languages = new CheckboxGroup<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final IntegerField enrolment = new IntegerField();
    private final H2 adminTitle = new H2();
    private final EmailField adminEmail = new EmailField();
    private final TextField adminFirstName = new TextField();
    private final TextField adminLastName = new TextField();
    private final Button create = new Button();

    private final List<Locale> deployed;

    NewDistrictView(DistrictCreation creation, DistrictLanguages districtLanguages) {
        this.deployed = districtLanguages.available();
        this.creation = creation;
        Div form = getContent();
        form.addClassName("cycle-form");
        form.setId("new-district-page");
        name.setId("district-name-field");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        slug.setId("district-slug");
        slug.setMaxLength(40);
        slug.setRequiredIndicatorVisible(true);
        languages.setId("district-languages");
        languages.setItems(deployed);
        languages.setItemLabelGenerator(Languages::ownName);
        languages.setValue(new java.util.LinkedHashSet<>(deployed));
        timeZone.setId("district-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("America/")
                || z.startsWith("Pacific/Honolulu") || z.startsWith("US/")).sorted().toList());
        timeZone.setAllowCustomValue(true);
        timeZone.addCustomValueSetListener(e -> timeZone.setValue(e.getDetail()));
        timeZone.setValue("America/Chicago");
        enrolment.setId("district-enrolment");
        enrolment.setMin(0);
        enrolment.setStepButtonsVisible(false);
        adminEmail.setId("admin-email");
        adminFirstName.setId("admin-first-name");
        adminLastName.setId("admin-last-name");
        create.setId("create-district");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        form.add(title, intro, error, name, slug, languages, timeZone, enrolment, adminTitle, adminEmail,
                adminFirstName, adminLastName, create);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("operator.new.title"));
        intro.setText(getTranslation("operator.new.intro"));
        name.setLabel(getTranslation("operator.new.name"));
        slug.setLabel(getTranslation("operator.new.slug"));
        slug.setHelperText(getTranslation("operator.new.slug-help"));
        languages.setLabel(getTranslation("operator.new.languages"));
        languages.setHelperText(getTranslation("operator.new.languages-help"));
        timeZone.setLabel(getTranslation("operator.new.time-zone"));
        enrolment.setLabel(getTranslation("operator.new.enrolment"));
        adminTitle.setText(getTranslation("operator.new.admin"));
        adminEmail.setLabel(getTranslation("operator.new.admin-email"));
        adminEmail.setHelperText(getTranslation("operator.new.admin-email-help"));
        adminFirstName.setLabel(getTranslation("operator.new.admin-first-name"));
        adminLastName.setLabel(getTranslation("operator.new.admin-last-name"));
        create.setText(getTranslation("operator.new.create"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.new.title");
    }

    private void create() {
        error.clear();
        NewDistrict request = new NewDistrict(name.getValue(), slug.getValue(), deployed.stream().filter(languages.getValue()::contains).toList(),
                timeZone.getValue(), enrolment.getValue(), adminEmail.getValue(), adminFirstName.getValue(),
                adminLastName.getValue());
        try {
            var district = creation.create(request);
            Notification.show(getTranslation("operator.new.created", district.name(), adminEmail.getValue()));
            getUI().ifPresent(ui -> ui.navigate(DistrictsView.class));
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
