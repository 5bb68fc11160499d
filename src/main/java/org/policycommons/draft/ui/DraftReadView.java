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
import org.policycommons.common.Markup;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.Drawn;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.Div;
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
        // What only reads (the heading, the notes and links, the contents, each section's text) is drawn from markup,
        // one node each, not a tree of components: a session holds far less (docs/decisions/031).
        Markup head = new Markup()
                .element("h1", getTranslation("draft.read.title", title, version.number()))
                .element("p", getTranslation("draft.read.published", date.format(version.publishedAt().atZone(zone))));
        languageNote(head, reader, originalLanguage, translated.isPresent(), inTranslation);
        otherVersions(head);
        // The original, read on a page in another language, is marked as the language it is in.
        String textLanguage = inTranslation ? reader.getLanguage() : originalLanguage.getLanguage();
        String markedLanguage = textLanguage.equals(reader.getLanguage()) ? null : textLanguage;
        head.open("nav", "id", "draft-contents", "aria-label", getTranslation("draft.read.contents"))
                .element("h2", getTranslation("draft.read.contents"))
                .open("ol", "lang", markedLanguage);
        for (Section section : shown.sections()) {
            head.open("li").element("a", section.heading(), "href", "#" + anchor(section)).close("li");
        }
        head.close("ol").close("nav");
        content.getElement().appendChild(Drawn.of("div", head, "class", "draft-head"));

        // What other modules put before the sections, about the version as a whole (e.g. searching its comments).
        addons.forEach(addon -> addon.beforeSections(shown).ifPresent(content::add));
        List<java.util.function.Function<Section, com.vaadin.flow.component.Component>> below = addons.stream()
                .map(addon -> addon.forVersion(shown)).toList();
        for (Section section : shown.sections()) {
            content.add(section(section, below, markedLanguage, inTranslation ? originalLanguage : null));
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
    private void languageNote(Markup to, Locale reader, Locale originalLanguage, boolean hasTranslation,
                              boolean inTranslation) {
        String here = "d/" + slug + "/" + path(draft.id(), version.number());
        String originalName = originalLanguage.getDisplayLanguage(reader);
        if (inTranslation) {
            to.open("p", "id", "draft-language-note", "class", "draft-language-note")
                    .text(getTranslation("draft.read.in-translation", reader.getDisplayLanguage(reader), originalName)
                            + " ")
                    .element("a", getTranslation("draft.read.read-original", originalName),
                            "href", here + "?original", "id", "read-original")
                    .close("p");
        } else if (hasTranslation) {
            to.open("p", "id", "draft-language-note", "class", "draft-language-note")
                    .text(getTranslation("draft.read.original-binding", originalName) + " ")
                    .element("a", getTranslation("draft.read.read-translation", reader.getDisplayLanguage(reader)),
                            "href", here, "id", "read-translation")
                    .close("p");
        } else if (!reader.getLanguage().equals(originalLanguage.getLanguage())) {
            to.element("p", getTranslation("draft.read.no-translation", reader.getDisplayLanguage(reader),
                    originalName), "id", "draft-language-note", "class", "draft-language-note");
        }
    }

    private void otherVersions(Markup to) {
        Markup list = new Markup();
        for (Draft.VersionSummary other : draft.published()) {
            if (other.number() != version.number()) {
                list.open("li").element("a", getTranslation("draft.read.other-version", other.number()),
                        "href", "d/" + slug + "/" + path(draft.id(), other.number())).close("li");
            }
        }
        if (version.number() > 1 && draft.published().stream().anyMatch(v -> v.number() == version.number() - 1)) {
            list.open("li").element("a", getTranslation("draft.read.compare-previous", version.number() - 1),
                    "href", "d/" + slug + "/" + RedlineView.path(draft.id(), version.number() - 1, version.number()),
                    "id", "compare-previous").close("li");
        }
        boolean admin = org.policycommons.identity.CurrentUser.get()
                .map(u -> u.hasRole(org.policycommons.identity.PortalRole.DISTRICT_ADMIN)).orElse(false);
        if (admin && !translations.translatable().isEmpty()) {
            list.open("li").element("a", getTranslation("draft.read.translate"),
                    "href", "d/" + slug + "/" + TranslateVersionView.path(draft.id(), version.number()),
                    "id", "translate-version").close("li");
        }
        if (admin) {
            // The comment module's intake page, by its address: input received outside the portal on this version.
            list.open("li").element("a", getTranslation("draft.read.intake"),
                    "href", "d/" + slug + "/" + path(draft.id(), version.number()) + "/intake",
                    "id", "intake-link").close("li");
        }
        to.open("div", "id", "draft-versions");
        if (!list.toString().isEmpty()) {
            to.open("ul").trusted(list.toString()).close("ul");
        }
        to.close("div");
    }

    /**
     * A section: its heading, a link to its original wording when read in translation ({@code original} is then the
     * original's language), the SECURe steps it serves and its text, drawn as one element; then what other modules
     * add below it.
     */
    private com.vaadin.flow.component.html.Section section(Section section,
            List<java.util.function.Function<Section, com.vaadin.flow.component.Component>> below,
            String markedLanguage, Locale original) {
        com.vaadin.flow.component.html.Section block = new com.vaadin.flow.component.html.Section();
        block.setId(anchor(section));
        block.addClassName("draft-section");
        Markup text = new Markup().element("h2", section.number() + ". " + section.heading(), "lang", markedLanguage);
        if (original != null) {
            text.open("p").element("a", getTranslation("draft.read.original-section",
                    original.getDisplayLanguage(getLocale())), "href", "d/" + slug + "/"
                    + path(draft.id(), version.number()) + "?original#" + anchor(section),
                    "id", "original-" + anchor(section), "class", "original-wording").close("p");
        }
        if (!section.actionSteps().isEmpty()) {
            text.element("p", getTranslation("draft.read.serves", section.actionSteps().stream()
                    .map(step -> step.number() + ". " + getTranslation(step.translationKey()))
                    .collect(Collectors.joining("; "))), "class", "section-steps");
        }
        text.open("div", "class", "section-body", "lang", markedLanguage)
                .trusted(SectionBody.html(section.body(), 3)).close("div");
        block.getElement().appendChild(Drawn.of("div", text, "class", "section-text"));
        below.forEach(addon -> block.add(addon.apply(section)));
        return block;
    }

    private static String anchor(Section section) {
        return "section-" + section.number();
    }
}
