package org.policycommons.vote.ui;

import java.util.List;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** The ballot and the results, for everyone in the district; the services decide who may vote or see what when. */
@Component
class VoteMenu implements DistrictMenu {

    @Override
    public int order() {
        return 25;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        List<MenuEntry> entries = new java.util.ArrayList<>(List.of(new MenuEntry("vote.nav", BallotView.PATH),
                new MenuEntry("results.nav", ResultsView.PATH)));
        if (user.hasRole(PortalRole.DISTRICT_ADMIN)) {
            entries.add(new MenuEntry("priorities.nav", PrioritiesView.PATH));
        }
        return entries;
    }
}
