package org.policycommons.draft.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftTranslations;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * A district admin gives a published version in another of the district's languages: the draft's title and the text
 * in Markdown (typed, pasted or uploaded), whose sections match the original's one to one. The page lists the
 * original's sections to match, and the translations the version already has; choosing a language that has one loads
 * it, to correct it.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/drafts/:draft([0-9]{1,18})/v/:version([0-9]{1,9})/translate",
        layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class TranslateVersionView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final DraftTranslations translations;
    private final DistrictDirectory districts;
    private final FormError error = new FormError();
    private final Paragraph status = new Paragraph();
    private final Select<Locale> language = new Select<>();
    private final TextField title = new TextField();
    private final MarkdownEditor text = new MarkdownEditor(error);
    private final Button save = new Button();
    private final Div existing = new Div();
    private String slug = "";
    private ZoneId zone = ZoneId.of("UTC");
    private Draft draft;
    private DraftVersion version;

    TranslateVersionView(DraftService drafts, DraftTranslations translations, DistrictDirectory districts) {
        this.drafts = drafts;
        this.translations = translations;
        this.districts = districts;
        getContent().setId("translate-page");
        getContent().addClassName("cycle-form");
        status.setId("translation-status");
        status.getElement().setAttribute("role", "status");
        language.setId("translation-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadExisting();
            }
        });
        title.setId("translation-title");
        title.setMaxLength(DraftService.TITLE_MAX);
        title.setWidthFull();
        save.setId("save-translation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        existing.setId("existing-translations");
    }

    static String path(long draftId, int version) {
        return DraftReadView.path(draftId, version) + "/translate";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        districts.bySlug(slug).ifPresent(d -> zone = d.timeZone());
        PublishedVersion.of(event, drafts).ifPresent(shown -> {
            draft = shown.draft();
            version = shown.version();
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        if (version == null) {
            return;
        }
        Locale reader = event.getLocale();
        List<Locale> languages = translations.translatable();
        content.add(new H1(getTranslation("draft.translate.title", draft.title(), version.number())),
                new Paragraph(getTranslation("draft.translate.intro",
                        translations.originalLanguage().getDisplayLanguage(reader))));
        if (languages.isEmpty()) {
            content.add(new Paragraph(getTranslation("draft.translate.no-languages")));
            return;
        }
        OrderedList sections = new OrderedList();
        sections.setId("sections-to-match");
        sections.getElement().setAttribute("lang", translations.originalLanguage().getLanguage());
        for (Section section : version.sections()) {
            sections.add(new ListItem(section.heading()));
        }
        content.add(new H2(getTranslation("draft.translate.sections", version.sections().size())), sections);
        renderExisting(reader);
        content.add(existing);

        language.setLabel(getTranslation("draft.translate.language"));
        language.setItems(languages);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(reader));
        if (language.getValue() == null) {
            language.setValue(languages.getFirst());
            loadExisting();
        }
        title.setLabel(getTranslation("draft.translate.draft-title"));
        text.localize();
        save.setText(getTranslation("draft.translate.save"));
        content.add(new H2(getTranslation("draft.translate.form")), error, language, title, text, save, status);
    }

    @Override
    public String getPageTitle() {
        return draft == null ? "" : getTranslation("draft.translate.title", draft.title(), version.number());
    }

    private void renderExisting(Locale reader) {
        existing.removeAll();
        List<DraftTranslations.VersionTranslation> given = translations.of(version.id());
        if (given.isEmpty()) {
            existing.add(new Paragraph(getTranslation("draft.translate.none-yet")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(reader);
        UnorderedList list = new UnorderedList();
        for (DraftTranslations.VersionTranslation t : given) {
            list.add(new ListItem(getTranslation("draft.translate.given", t.language().getDisplayLanguage(reader),
                    date.format(t.writtenAt().atZone(zone)), t.writtenBy())));
        }
        existing.add(new H2(getTranslation("draft.translate.existing")), list,
                new Paragraph(new Anchor("d/" + slug + "/" + DraftReadView.path(draft.id(), version.number()),
                        getTranslation("draft.translate.read"))));
    }

    /** The chosen language's translation, if the version has one, to correct it; else an empty form. */
    private void loadExisting() {
        Locale chosen = language.getValue();
        Optional<DraftTranslations.VersionTranslation> given = chosen == null ? Optional.empty()
                : translations.of(version.id()).stream()
                .filter(t -> t.language().getLanguage().equals(chosen.getLanguage())).findFirst();
        title.setValue(given.flatMap(DraftTranslations.VersionTranslation::title).orElse(""));
        text.setValue(given.map(DraftTranslations.VersionTranslation::source).orElse(""));
        if (chosen != null) {
            title.getElement().setAttribute("lang", chosen.getLanguage());
            text.setLanguage(chosen.getLanguage());
        }
    }

    private void save() {
        try {
            translations.translate(draft.id(), version.number(), language.getValue(), title.getValue(), text.getValue());
            error.clear();
            status.setText(getTranslation("draft.translate.saved", language.getValue().getDisplayLanguage(getLocale())));
            renderExisting(getLocale());
        } catch (RuleViolation refused) {
            status.setText("");
            error.show(refused);
        }
    }
}
