package org.policycommons.rubric.ui;

import java.util.List;

import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class RubricMenu implements DistrictMenu {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        return List.of(new MenuEntry("rubric.nav", RubricView.PATH), new MenuEntry("rubric.trend.nav", TrendView.PATH));
    }
}
