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
 * may do meanwhile, or declined, with the district's reason. Asked only of people holding no role but family's,
 * once per session.
 */
@Component
class ClaimHomeSection implements HomeSection {

    private final SelfRegistration registration;

    ClaimHomeSection(SelfRegistration registration) {
        this.registration = registration;
    }

    /**
     * Asked of Keycloak once per session: a decision on the claim raises the person's access version, which ends the
     * session, so the next one asks again. Most family members have no claim at all.
     */
    private java.util.Optional<SelfRegistration.OwnClaim> ownClaim() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null) {
            return registration.ownClaim();
        }
        Object known = session.getAttribute(SESSION_KEY);
        if (known == null) {
            known = registration.ownClaim().<Object>map(claim -> claim).orElse(NONE);
            session.setAttribute(SESSION_KEY, known);
        }
        return known instanceof SelfRegistration.OwnClaim claim ? java.util.Optional.of(claim) : java.util.Optional.empty();
    }

    private static final String SESSION_KEY = ClaimHomeSection.class.getName() + ".claim";
    private static final String NONE = "none";

    @Override
    public int order() {
        return 1;
    }

    @Override
    public com.vaadin.flow.component.Component create(District district, PortalUser user) {
        if (!user.roles().isEmpty() && !user.roles().equals(Set.of(PortalRole.FAMILY))) {
            return new Div();
        }
        return ownClaim().<com.vaadin.flow.component.Component>map(claim -> {
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
