package org.policycommons.publicsite.ui;

import java.util.List;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** The public pages' settings, for district admins only. */
@Component
class PublicPagesMenu implements DistrictMenu {

    @Override
    public int order() {
        return 45;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        return user.hasRole(PortalRole.DISTRICT_ADMIN)
                ? List.of(new MenuEntry("public.settings.nav", PublicPagesView.PATH)) : List.of();
    }
}
