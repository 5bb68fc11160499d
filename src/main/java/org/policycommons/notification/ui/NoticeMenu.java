package org.policycommons.notification.ui;

import java.util.List;

import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

@Component
class NoticeMenu implements DistrictMenu {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        return List.of(new MenuEntry("notice.nav", NoticesView.PATH));
    }
}
