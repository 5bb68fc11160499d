package org.policycommons.member.ui;

import java.util.List;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** The district's people, for district admins only. */
@Component
class MemberMenu implements DistrictMenu {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        return user.hasRole(PortalRole.DISTRICT_ADMIN) ? List.of(new MenuEntry("member.nav", MembersView.PATH)) : List.of();
    }
}
