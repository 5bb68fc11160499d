package org.policycommons.draft.ui;

import java.util.List;

import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** Everyone in the district reads the drafts. */
@Component
class DraftMenu implements DistrictMenu {

    @Override
    public int order() {
        return 15;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        return List.of(new MenuEntry("draft.nav", DraftsView.PATH));
    }
}
