package org.policycommons.shell.ui;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.HomeSection;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A district's home: what the portal is for, and what the signed-in person's role may do in it. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER, layout = DistrictLayout.class)
// DistrictLayout admits only sessions of this district; Vaadin's generic check would send strangers to "/".
@AnonymousAllowed
class DistrictHomeView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final DistrictDirectory districts;
    private final List<HomeSection> sections;
    private District district;

    DistrictHomeView(DistrictDirectory districts, List<HomeSection> sections) {
        this.districts = districts;
        this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER)
                .flatMap(districts::bySlug)
                .ifPresent(found -> district = found);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title", district == null ? "" : district.name());
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        content.addClassName("district-home");
        if (district == null) {
            return;
        }
        H1 title = new H1(getTranslation("home.title", district.name()));
        title.setId("home-title");
        content.add(title, new Paragraph(getTranslation("home.purpose")));

        PortalUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return;
        }
        H2 canTitle = new H2(getTranslation("home.you-can"));
        UnorderedList can = new UnorderedList();
        can.setId("capabilities");
        Set<Capability> capabilities = new LinkedHashSet<>();
        user.roles().stream().sorted().map(Capability::of).forEach(capabilities::addAll);
        capabilities.forEach(c -> can.add(new ListItem(getTranslation(c.translationKey()))));
        if (user.roles().isEmpty()) {
            can.add(new ListItem(getTranslation("home.no-role")));
        }
        content.add(canTitle, can);
        if (user.hasRole(PortalRole.BOARD)) {
            content.add(new Paragraph(getTranslation("home.board-note")));
        }
        sections.forEach(section -> content.add(section.create(district, user)));
    }
}
