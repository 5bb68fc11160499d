package org.policycommons.shell.ui;

import java.util.List;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** {@code /}: what the portal is, and the districts it serves. Choosing one starts that district's sign-in. */
@Route("")
@AnonymousAllowed
class LandingView extends PublicPage implements HasDynamicTitle {

    private final DistrictDirectory districts;

    LandingView(DistrictDirectory districts) {
        this.districts = districts;
    }

    @Override
    protected void render(Main main) {
        main.add(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.intro")));
        main.add(new H2(getTranslation("landing.choose")));
        List<District> all = districts.active();
        if (all.isEmpty()) {
            main.add(new Paragraph(getTranslation("landing.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("districts");
        list.addClassName("district-list");
        for (District district : all) {
            // A full page load, not in-app navigation: the district's sign-in happens on the server's redirect.
            Anchor link = new Anchor("d/" + district.slug(), district.name());
            link.setRouterIgnore(true);
            link.setId("district-" + district.slug());
            Span detail = new Span(getTranslation("landing.enrolment", district.enrolment()));
            detail.addClassName("detail");
            list.add(new ListItem(link, detail));
        }
        // A full page load: the operator realm's sign-in happens on the server's redirect.
        Anchor operators = new Anchor("operator", getTranslation("landing.operators"));
        operators.setRouterIgnore(true);
        operators.setId("operator-sign-in");
        main.add(list, new Paragraph(getTranslation("landing.sign-in-note")), new Paragraph(operators));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
