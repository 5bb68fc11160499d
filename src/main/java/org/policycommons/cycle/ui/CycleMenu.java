package org.policycommons.cycle.ui;

import java.util.ArrayList;
import java.util.List;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class CycleMenu implements DistrictMenu {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        List<MenuEntry> entries = new ArrayList<>(List.of(
                new MenuEntry("cycle.nav.timeline", TimelineView.PATH),
                new MenuEntry("cycle.nav.history", HistoryView.PATH)));
        if (user.hasRole(PortalRole.DISTRICT_ADMIN)) {
            entries.add(new MenuEntry("cycle.nav.new", NewCycleView.PATH));
        }
        if (user.hasRole(PortalRole.DISTRICT_ADMIN) || user.hasRole(PortalRole.BOARD)) {
            entries.add(new MenuEntry("audit.nav", AuditLogView.PATH));
        }
        return entries;
    }
}
