package org.policycommons.board.ui;

import java.util.List;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** The consolidated input, for the board and district admins only. */
@Component
class BoardMenu implements DistrictMenu {

    @Override
    public int order() {
        return 12;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        return user.hasRole(PortalRole.BOARD) || user.hasRole(PortalRole.DISTRICT_ADMIN)
                ? List.of(new MenuEntry("board.nav", ConsolidatedView.PATH)) : List.of();
    }
}
