package org.policycommons.draft.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftTranslations;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.shell.ui.DistrictLayout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A published version of a draft, section by section, for everyone in the district: a table of contents with a link
 * to each section, then each section's number, heading, SECURe steps and text. A reader whose language the version
 * is officially translated into reads it in that language, told that the original is the binding text, with a link
 * to the original wording of each section ({@code ?original}); the original is marked with its language.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/drafts/:draft([0-9]{1,18})/v/:version([0-9]{1,9})",
        layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
// What other modules add under each section (SectionAddon, e.g. the comment form) is built at run time, out of the
// bundle scanner's sight: this route's bundle chunk must carry the components such addons use.
@Uses(RadioButtonGroup.class)
@Uses(TextArea.class)
@Uses(TextField.class)
@Uses(Select.class)
@Uses(Button.class)
@Uses(Upload.class)
class DraftReadView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, AfterNavigationObserver,
        HasDynamicTitle {

    private final DraftService drafts;
    private final DistrictDirectory districts;
    private final java.util.List<org.policycommons.draft.SectionAddon> addons;
    private final DraftTranslations translations;
    private boolean original;
    private boolean stale;
    private String slug = "";
    private ZoneId zone = ZoneId.of("UTC");
    private Draft draft;
    private DraftVersion version;

    DraftReadView(DraftService drafts, DistrictDirectory districts,
                  java.util.List<org.policycommons.draft.SectionAddon> addons, DraftTranslations translations) {
        this.translations = translations;
        this.drafts = drafts;
        this.districts = districts;
        this.addons = addons;
        getContent().setId("draft-page");
        getContent().addClassName("draft-page");
    }

    static String path(long draftId, int version) {
        return "drafts/" + draftId + "/v/" + version;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        districts.bySlug(slug).ifPresent(d -> zone = d.timeZone());
        PublishedVersion.of(event, drafts).ifPresent(shown -> {
            draft = shown.draft();
            version = shown.version();
            original = event.getLocation().getQueryParameters().getParameters().containsKey("original");
            stale = true;
        });
    }

    /**
     * Between the original and the translation of the same version the router keeps this view and does not change
     * its locale: draw it here then.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (stale) {
            render(getLocale());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
    }

    private void render(Locale locale) {
        stale = false;
        Div content = getContent();
        content.removeAll();
        if (version == null) {
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Locale reader = locale;
        Locale originalLanguage = translations.originalLanguage();
        Optional<DraftVersion> translated = translations.inLanguage(version, reader);
        DraftVersion shown = original ? version : translated.orElse(version);
        boolean inTranslation = shown != version;
        String title = inTranslation ? translations.title(draft.id(), reader).orElse(draft.title()) : draft.title();
        content.add(new H1(getTranslation("draft.read.title", title, version.number())),
                new Paragraph(getTranslation("draft.read.published", date.format(version.publishedAt().atZone(zone)))));
        content.add(languageNote(reader, originalLanguage, translated.isPresent(), inTranslation));
        content.add(otherVersions());

        Nav contents = new Nav(new H2(getTranslation("draft.read.contents")));
        contents.setId("draft-contents");
        contents.getElement().setAttribute("aria-label", getTranslation("draft.read.contents"));
        OrderedList toc = new OrderedList();
        for (Section section : shown.sections()) {
            Anchor link = new Anchor("#" + anchor(section), section.heading());
            toc.add(new ListItem(link));
        }
        contents.add(toc);
        content.add(contents);
        // The original, read on a page in another language, is marked as the language it is in.
        String textLanguage = inTranslation ? reader.getLanguage() : originalLanguage.getLanguage();
        if (!textLanguage.equals(reader.getLanguage())) {
            toc.getElement().setAttribute("lang", textLanguage);
        }

        // What other modules put before the sections, about the version as a whole (e.g. searching its comments).
        addons.forEach(addon -> addon.beforeSections(shown).ifPresent(content::add));
        List<java.util.function.Function<Section, com.vaadin.flow.component.Component>> below = addons.stream()
                .map(addon -> addon.forVersion(shown)).toList();
        for (Section section : shown.sections()) {
            com.vaadin.flow.component.html.Section block = section(section, below, textLanguage, reader);
            if (inTranslation) {
                Anchor originalWording = new Anchor("d/" + slug + "/" + path(draft.id(), version.number())
                        + "?original#" + anchor(section), getTranslation("draft.read.original-section",
                        originalLanguage.getDisplayLanguage(reader)));
                originalWording.setId("original-" + anchor(section));
                originalWording.addClassName("original-wording");
                block.addComponentAtIndex(1, new Paragraph(originalWording));
            }
            content.add(block);
        }
        // Whole-draft input belongs to the version, whichever language its text is read in.
        addons.forEach(addon -> addon.afterSections(version).ifPresent(content::add));
    }

    @Override
    public String getPageTitle() {
        return draft == null ? "" : getTranslation("draft.read.title", draft.title(), version.number());
    }

    /**
     * Says which text the page shows: the official translation (the original binding, a link to it), the original
     * (a link to the translation), or the original because there is no translation into the reader's language.
     */
    private Paragraph languageNote(Locale reader, Locale originalLanguage, boolean hasTranslation,
                                   boolean inTranslation) {
        Paragraph note = new Paragraph();
        note.setId("draft-language-note");
        note.addClassName("draft-language-note");
        String here = "d/" + slug + "/" + path(draft.id(), version.number());
        String originalName = originalLanguage.getDisplayLanguage(reader);
        if (inTranslation) {
            Anchor link = new Anchor(here + "?original", getTranslation("draft.read.read-original", originalName));
            link.setId("read-original");
            note.add(new com.vaadin.flow.component.Text(getTranslation("draft.read.in-translation",
                    reader.getDisplayLanguage(reader), originalName) + " "), link);
        } else if (hasTranslation) {
            Anchor link = new Anchor(here, getTranslation("draft.read.read-translation", reader.getDisplayLanguage(reader)));
            link.setId("read-translation");
            note.add(new com.vaadin.flow.component.Text(getTranslation("draft.read.original-binding", originalName)
                    + " "), link);
        } else if (!reader.getLanguage().equals(originalLanguage.getLanguage())) {
            note.setText(getTranslation("draft.read.no-translation", reader.getDisplayLanguage(reader), originalName));
        } else {
            note.setVisible(false);
        }
        return note;
    }

    private Div otherVersions() {
        Div links = new Div();
        links.setId("draft-versions");
        UnorderedList list = new UnorderedList();
        for (Draft.VersionSummary other : draft.published()) {
            if (other.number() != version.number()) {
                list.add(new ListItem(new Anchor("d/" + slug + "/" + path(draft.id(), other.number()),
                        getTranslation("draft.read.other-version", other.number()))));
            }
        }
        if (version.number() > 1 && draft.published().stream().anyMatch(v -> v.number() == version.number() - 1)) {
            Anchor compare = new Anchor("d/" + slug + "/" + RedlineView.path(draft.id(), version.number() - 1, version.number()),
                    getTranslation("draft.read.compare-previous", version.number() - 1));
            compare.setId("compare-previous");
            list.add(new ListItem(compare));
        }
        boolean admin = org.policycommons.identity.CurrentUser.get()
                .map(u -> u.hasRole(org.policycommons.identity.PortalRole.DISTRICT_ADMIN)).orElse(false);
        if (admin && !translations.translatable().isEmpty()) {
            Anchor translate = new Anchor("d/" + slug + "/" + TranslateVersionView.path(draft.id(), version.number()),
                    getTranslation("draft.read.translate"));
            translate.setId("translate-version");
            list.add(new ListItem(translate));
        }
        if (admin) {
            // The comment module's intake page, by its address: input received outside the portal on this version.
            Anchor intake = new Anchor("d/" + slug + "/" + path(draft.id(), version.number()) + "/intake",
                    getTranslation("draft.read.intake"));
            intake.setId("intake-link");
            list.add(new ListItem(intake));
        }
        if (list.getChildren().findAny().isPresent()) {
            links.add(list);
        }
        return links;
    }

    private com.vaadin.flow.component.html.Section section(Section section,
            List<java.util.function.Function<Section, com.vaadin.flow.component.Component>> below, String textLanguage,
            Locale reader) {
        com.vaadin.flow.component.html.Section block = new com.vaadin.flow.component.html.Section();
        block.setId(anchor(section));
        block.addClassName("draft-section");
        H2 heading = new H2(section.number() + ". " + section.heading());
        com.vaadin.flow.component.Component body = SectionBody.of(section.body());
        if (!textLanguage.equals(reader.getLanguage())) {
            heading.getElement().setAttribute("lang", textLanguage);
            body.getElement().setAttribute("lang", textLanguage);
        }
        block.add(heading);
        if (!section.actionSteps().isEmpty()) {
            Paragraph steps = new Paragraph(getTranslation("draft.read.serves", section.actionSteps().stream()
                    .map(step -> step.number() + ". " + getTranslation(step.translationKey()))
                    .collect(Collectors.joining("; "))));
            steps.addClassName("section-steps");
            block.add(steps);
        }
        block.add(body);
        below.forEach(addon -> block.add(addon.apply(section)));
        return block;
    }

    private static String anchor(Section section) {
        return "section-" + section.number();
    }
}
