package org.policycommons.draft;

import com.vaadin.flow.component.Component;

/**
 * What another module shows under each section of a published version, e.g. its comments, without the draft pages
 * knowing that module.
 */
public interface SectionAddon {

    /**
     * What goes under each section of this version, for the signed-in reader in the UI's current language, built
     * section by section from what the addon loads once for the whole version: a page with many sections then costs
     * a few queries, not a few per section.
     */
    java.util.function.Function<Section, Component> forVersion(DraftVersion version);

    /** What goes before the sections, about the version as a whole, if anything (e.g. a search of its comments). */
    default java.util.Optional<Component> beforeSections(DraftVersion version) {
        return java.util.Optional.empty();
    }

    /** What goes after the sections, about the version as a whole, if anything (e.g. a letter on the whole draft). */
    default java.util.Optional<Component> afterSections(DraftVersion version) {
        return java.util.Optional.empty();
    }
}
