package org.policycommons.operator.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.district.District;
import org.policycommons.identity.RealmHealth;
import org.policycommons.identity.Roles;
import org.policycommons.operator.DistrictOverview;
import org.policycommons.shell.ui.OperatorLayout;
import org.policycommons.shell.ui.PlainTable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The platform operator's list of districts: each one's address, realm, languages, time zone and enrolment, and
 * how its Keycloak realm is doing (answering, taking sign-ins, how many users it lists), asked of the realm itself.
 */
@Route(value = DistrictsView.PATH, layout = OperatorLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
class DistrictsView extends Composite<Div> implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "operator";

    private final DistrictOverview overview;

    DistrictsView(DistrictOverview overview) {
        this.overview = overview;
        getContent().setId("operator-districts-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        com.vaadin.flow.router.RouterLink add = new com.vaadin.flow.router.RouterLink(
                getTranslation("operator.new.link"), NewDistrictView.class);
        add.setId("new-district-link");
        content.add(new H1(getTranslation("operator.districts.title")),
                new Paragraph(getTranslation("operator.districts.intro")), new Paragraph(add));
        PlainTable table = new PlainTable("operator-districts", getTranslation("operator.districts.caption"), List.of(
                getTranslation("operator.column.district"), getTranslation("operator.column.address"),
                getTranslation("operator.column.realm"), getTranslation("operator.column.languages"),
                getTranslation("operator.column.time-zone"), getTranslation("operator.column.enrolment"),
                getTranslation("operator.column.health"), getTranslation("operator.column.users")));
        for (DistrictOverview.Row row : overview.districts()) {
            District district = row.district();
            RealmHealth.RealmStatus status = row.realm();
            String health = getTranslation(status.state().translationKey());
            if (status.problem() != null) {
                health = health + ": " + status.problem();
            }
            table.row(district.name(), "/d/" + district.slug(), district.keycloakRealm(),
                    district.languages().stream().map(l -> l.getDisplayLanguage(event.getLocale()))
                            .collect(Collectors.joining(", ")),
                    district.timeZone().getId(), String.format(event.getLocale(), "%,d", district.enrolment()),
                    health, status.users() == null ? "—" : String.valueOf(status.users()));
        }
        content.add(table.component());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operator.districts.title");
    }
}
