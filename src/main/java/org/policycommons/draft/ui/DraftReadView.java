package org.policycommons.draft.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A published version of a draft, section by section, for everyone in the district: a table of contents with a link
 * to each section, then each section's number, heading, SECURe steps and text.
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
class DraftReadView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final DistrictDirectory districts;
    private final java.util.List<org.policycommons.draft.SectionAddon> addons;
    private String slug = "";
    private ZoneId zone = ZoneId.of("UTC");
    private Draft draft;
    private DraftVersion version;

    DraftReadView(DraftService drafts, DistrictDirectory districts,
                  java.util.List<org.policycommons.draft.SectionAddon> addons) {
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
        Optional<Draft> found = event.getRouteParameters().getLong("draft").flatMap(drafts::draft);
        Optional<DraftVersion> shown = found.flatMap(d -> event.getRouteParameters().getInteger("version")
                .flatMap(n -> drafts.version(d.id(), n))).filter(DraftVersion::published);
        if (shown.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draft = found.get();
        version = shown.get();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        if (version == null) {
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(event.getLocale());
        content.add(new H1(getTranslation("draft.read.title", draft.title(), version.number())),
                new Paragraph(getTranslation("draft.read.published", date.format(version.publishedAt().atZone(zone)))));
        content.add(otherVersions());

        Nav contents = new Nav(new H2(getTranslation("draft.read.contents")));
        contents.setId("draft-contents");
        contents.getElement().setAttribute("aria-label", getTranslation("draft.read.contents"));
        OrderedList toc = new OrderedList();
        for (Section section : version.sections()) {
            Anchor link = new Anchor("#" + anchor(section), section.heading());
            toc.add(new ListItem(link));
        }
        contents.add(toc);
        content.add(contents);

        List<java.util.function.Function<Section, com.vaadin.flow.component.Component>> below = addons.stream()
                .map(addon -> addon.forVersion(version)).toList();
        for (Section section : version.sections()) {
            content.add(section(section, below));
        }
    }

    @Override
    public String getPageTitle() {
        return draft == null ? "" : getTranslation("draft.read.title", draft.title(), version.number());
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
        if (list.getChildren().findAny().isPresent()) {
            links.add(list);
        }
        return links;
    }

    private com.vaadin.flow.component.html.Section section(Section section,
            List<java.util.function.Function<Section, com.vaadin.flow.component.Component>> below) {
        com.vaadin.flow.component.html.Section block = new com.vaadin.flow.component.html.Section();
        block.setId(anchor(section));
        block.addClassName("draft-section");
        H2 heading = new H2(section.number() + ". " + section.heading());
        block.add(heading);
        if (!section.actionSteps().isEmpty()) {
            Paragraph steps = new Paragraph(getTranslation("draft.read.serves", section.actionSteps().stream()
                    .map(step -> step.number() + ". " + getTranslation(step.translationKey()))
                    .collect(Collectors.joining("; "))));
            steps.addClassName("section-steps");
            block.add(steps);
        }
        block.add(SectionBody.of(section.body()));
        below.forEach(addon -> block.add(addon.apply(section)));
        return block;
    }

    private static String anchor(Section section) {
        return "section-" + section.number();
    }
}
