package org.policycommons.comment.ui;

import java.util.ArrayList;
import java.util.List;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.shell.DistrictMenu;
import org.policycommons.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** Everyone reads the public moderation log; moderators and admins work the queue. */
@Component
class CommentMenu implements DistrictMenu {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<MenuEntry> entriesFor(PortalUser user) {
        List<MenuEntry> entries = new ArrayList<>();
        if (user.hasRole(PortalRole.MODERATOR) || user.hasRole(PortalRole.DISTRICT_ADMIN)) {
            entries.add(new MenuEntry("moderation.nav", ModerationView.PATH));
        }
        entries.add(new MenuEntry("response.nav", ResponsesView.PATH));
        entries.add(new MenuEntry("moderation.log.nav", ModerationLogView.PATH));
        return entries;
    }
}
