package org.policycommons.shell;

import com.vaadin.flow.component.Component;

import org.policycommons.district.District;
import org.policycommons.identity.PortalUser;

/** A module's part of the district home page, e.g. where the current review stands. */
public interface HomeSection {

    int order();

    /** Built for the reader, in the UI's current language. */
    Component create(District district, PortalUser user);
}
