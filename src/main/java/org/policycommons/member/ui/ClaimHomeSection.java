package org.policycommons.member.ui;

import java.util.Set;

import org.policycommons.district.District;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.member.SelfRegistration;
import org.policycommons.shell.HomeSection;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * Tells someone who registered and claimed a role where their claim stands: waiting for the district, with what they
 * may do meanwhile, or declined, with the district's reason. Asked only of people holding no role but family's.
 */
@Component
class ClaimHomeSection implements HomeSection {

    private final SelfRegistration registration;

    ClaimHomeSection(SelfRegistration registration) {
        this.registration = registration;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public com.vaadin.flow.component.Component create(District district, PortalUser user) {
        if (!user.roles().isEmpty() && !user.roles().equals(Set.of(PortalRole.FAMILY))) {
            return new Div();
        }
        return registration.ownClaim().<com.vaadin.flow.component.Component>map(claim -> {
            Div box = new Div();
            String role = box.getTranslation("role." + claim.role().realmRole());
            Section section = new Section(new H2(box.getTranslation("member.own-claim.title")));
            section.setId("own-claim");
            if (claim.rejected()) {
                section.add(new Paragraph(box.getTranslation("member.own-claim.rejected", role,
                        claim.reason().orElse("—"))));
            } else {
                section.add(new Paragraph(box.getTranslation("member.own-claim.waiting", role)),
                        new Paragraph(new Text(box.getTranslation(claim.whileWaiting() == SelfRegistration.WhileWaiting.FAMILY
                                ? "member.own-claim.meanwhile-family" : "member.own-claim.meanwhile-none"))));
            }
            return section;
        }).orElseGet(Div::new);
    }
}
