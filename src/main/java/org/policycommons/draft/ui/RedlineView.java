package org.policycommons.draft.ui;

import java.util.Locale;
import java.util.Optional;

import org.policycommons.common.RuleViolation;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftTranslations;
import org.policycommons.draft.Redline;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The redline between two published versions, section by section. Removed words are struck through and added ones
 * underlined, and each run also says "removed:" or "added:" in words, for screen readers and for printouts in black
 * and white.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER
        + "/drafts/:draft([0-9]{1,18})/compare/:from([0-9]{1,9})/:to([0-9]{1,9})", layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class RedlineView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final DraftService drafts;
    private String slug = "";
    private Draft draft;
    private int from;
    private int to;

    private final DraftTranslations translations;
    private String textLanguage = "";

    RedlineView(DraftService drafts, DraftTranslations translations) {
        this.translations = translations;
        this.drafts = drafts;
        getContent().setId("redline-page");
        getContent().addClassName("draft-page");
    }

    static String path(long draftId, int from, int to) {
        return "drafts/" + draftId + "/compare/" + from + "/" + to;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        Optional<Draft> found = event.getRouteParameters().getLong("draft").flatMap(drafts::draft);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draft = found.get();
        from = event.getRouteParameters().getInteger("from").orElse(0);
        to = event.getRouteParameters().getInteger("to").orElse(0);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        if (draft == null) {
            return;
        }
        content.add(new H1(getTranslation("draft.redline.title", draft.title())));
        content.add(versionPickers());
        Redline redline;
        try {
            // In the reader's language when both versions are officially translated into it; else the originals.
            redline = translations.redline(draft.id(), from, to, event.getLocale());
        } catch (RuleViolation refused) {
            FormError error = new FormError();
            content.add(error);
            error.show(refused);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("draft.redline.summary",
                redline.count(Redline.Change.CHANGED), redline.count(Redline.Change.ADDED),
                redline.count(Redline.Change.REMOVED), redline.count(Redline.Change.UNCHANGED)));
        summary.setId("redline-summary");
        boolean translated = translations.redlineIn(draft.id(), from, to, event.getLocale());
        Locale original = translations.originalLanguage();
        textLanguage = translated ? event.getLocale().getLanguage() : original.getLanguage();
        if (!textLanguage.equals(event.getLocale().getLanguage())) {
            Paragraph note = new Paragraph(getTranslation("draft.redline.in-original",
                    event.getLocale().getDisplayLanguage(event.getLocale()), original.getDisplayLanguage(event.getLocale())));
            note.setId("draft-language-note");
            content.add(note);
        }
        content.add(summary);
        for (Redline.SectionChange change : redline.sections()) {
            if (change.change() != Redline.Change.UNCHANGED) {
                content.add(section(change));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return draft == null ? "" : getTranslation("draft.redline.title", draft.title());
    }

    private Div versionPickers() {
        Select<Integer> older = picker("redline-from", "draft.redline.from", from);
        Select<Integer> newer = picker("redline-to", "draft.redline.to", to);
        older.addValueChangeListener(e -> go(e.getValue(), newer.getValue()));
        newer.addValueChangeListener(e -> go(older.getValue(), e.getValue()));
        Div row = new Div(older, newer);
        row.addClassName("phase-dates");
        return row;
    }

    private Select<Integer> picker(String id, String label, int value) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(draft.published().stream().map(Draft.VersionSummary::number).toList());
        select.setItemLabelGenerator(n -> getTranslation("draft.redline.version", n));
        if (draft.published().stream().anyMatch(v -> v.number() == value)) {
            select.setValue(value);
        }
        return select;
    }

    private void go(Integer older, Integer newer) {
        if (older != null && newer != null) {
            getUI().ifPresent(ui -> ui.navigate("d/" + slug + "/" + path(draft.id(), older, newer)));
        }
    }

    private com.vaadin.flow.component.html.Section section(Redline.SectionChange change) {
        com.vaadin.flow.component.html.Section block = new com.vaadin.flow.component.html.Section();
        block.addClassName("redline-section");
        block.addClassName("redline-" + change.change().name().toLowerCase());
        block.setId("redline-" + change.key());
        String label = switch (change.change()) {
            case ADDED -> getTranslation("draft.redline.added-section", change.toNumber());
            case REMOVED -> getTranslation("draft.redline.removed-section", change.fromNumber());
            default -> change.fromNumber().equals(change.toNumber())
                    ? getTranslation("draft.redline.changed-same", change.toNumber())
                    : getTranslation("draft.redline.changed-section", change.fromNumber(), change.toNumber());
        };
        H2 heading = new H2();
        heading.add(new Span(label + " "));
        Span words = new Span();
        words.getElement().setAttribute("lang", textLanguage);
        runs(change.heading()).forEach(words::add);
        heading.add(words);
        block.add(heading);
        Paragraph text = new Paragraph();
        text.addClassName("redline-text");
        text.getElement().setAttribute("lang", textLanguage);
        runs(change.text()).forEach(text::add);
        block.add(text);
        return block;
    }

    private java.util.List<Component> runs(java.util.List<Redline.Segment> segments) {
        java.util.List<Component> runs = new java.util.ArrayList<>();
        for (Redline.Segment segment : segments) {
            switch (segment.kind()) {
                case SAME -> runs.add(new Span(segment.text()));
                case REMOVED -> runs.add(marked("del", "draft.redline.removed-text", segment.text()));
                case ADDED -> runs.add(marked("ins", "draft.redline.added-text", segment.text()));
            }
        }
        return runs;
    }

    /** {@code <del>}/{@code <ins>} with a visually hidden "removed:"/"added:" before the words and "end" after. */
    private Span marked(String tag, String labelKey, String words) {
        Element mark = new Element(tag);
        Element start = new Element("span");
        start.getClassList().add("visually-hidden");
        start.setText(getTranslation(labelKey) + " ");
        Element end = new Element("span");
        end.getClassList().add("visually-hidden");
        end.setText(" " + getTranslation("draft.redline.end") + " ");
        Element text = new Element("span");
        text.setText(words);
        mark.appendChild(start, text, end);
        Span wrapper = new Span();
        wrapper.getElement().appendChild(mark);
        return wrapper;
    }
}
