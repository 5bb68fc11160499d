package org.policycommons.draft;

import com.vaadin.flow.component.Component;

/**
 * What another module shows under each section of a published version, e.g. its comments, without the draft pages
 * knowing that module.
 */
public interface SectionAddon {

    /** Built for the signed-in reader, in the UI's current language. */
    Component below(DraftVersion version, Section section);
}
