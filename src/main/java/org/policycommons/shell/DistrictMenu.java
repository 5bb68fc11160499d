package org.policycommons.shell;

import java.util.List;

import org.policycommons.identity.PortalUser;

/** A module's contribution to the district navigation: only the pages the signed-in person may open. */
public interface DistrictMenu {

    /** Where the entries go: lower comes first. */
    int order();

    List<MenuEntry> entriesFor(PortalUser user);
}
