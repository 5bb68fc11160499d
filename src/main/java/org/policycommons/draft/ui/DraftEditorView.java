package org.policycommons.draft.ui;

import java.util.EnumSet;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.Roles;
import org.policycommons.rubric.ActionStep;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * Preparing a draft's working version: its text, the SECURe steps each section serves, and publishing it. When
 * every version is published, this page offers to start the next one from the latest.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/drafts/:draft([0-9]{1,18})/edit", layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class DraftEditorView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final FormError error = new FormError();
    private final Paragraph status = new Paragraph();
    private MarkdownEditor text;
    private String slug = "";
    private Draft draft;

    DraftEditorView(DraftService drafts) {
        this.drafts = drafts;
        getContent().addClassName("cycle-form");
        getContent().setId("draft-editor");
        status.setId("draft-status");
        status.getElement().setAttribute("role", "status");
    }

    static String path(long draftId) {
        return "drafts/" + draftId + "/edit";
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
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.edit.page-title", draft == null ? "" : draft.title());
    }

    /** Shows the draft as stored; {@code typed}, if not null, is kept in the text box instead of the stored text. */
    private void render(String typed) {
        Div content = getContent();
        content.removeAll();
        if (draft == null) {
            return;
        }
        content.add(new H1(getTranslation("draft.edit.page-title", draft.title())), error, status);
        Anchor back = new Anchor("d/" + slug + "/" + DraftsView.PATH + "/" + draft.cycleId(), getTranslation("draft.edit.back"));
        content.add(new Paragraph(back));
        Optional<Draft.VersionSummary> working = draft.working();
        if (working.isEmpty()) {
            text = null;
            int next = draft.versions().isEmpty() ? 1 : draft.versions().getLast().number() + 1;
            content.add(new Paragraph(getTranslation("draft.edit.all-published")));
            Button start = new Button(getTranslation("draft.form.next-version", next), e -> act(() -> {
                drafts.startNextVersion(draft.id(), draft.version());
                return getTranslation("draft.form.next-started", next);
            }));
            start.setId("start-next-version");
            content.add(start);
            return;
        }
        int number = working.get().number();
        DraftVersion version = drafts.version(draft.id(), number).orElseThrow();
        content.add(new H2(getTranslation("draft.edit.working", number)));
        text = new MarkdownEditor(error);
        text.localize();
        text.setValue(typed != null ? typed : version.source());
        Button save = new Button(getTranslation("draft.form.save"), e -> act(() -> {
            drafts.saveWorkingText(draft.id(), draft.version(), text.getValue());
            return getTranslation("draft.form.saved");
        }));
        save.setId("save-draft");
        content.add(text, save);

        content.add(new H2(getTranslation("draft.edit.sections", version.sections().size())));
        for (Section section : version.sections()) {
            content.add(sectionTags(section));
        }

        content.add(new H2(getTranslation("draft.edit.publish-title")),
                new Paragraph(getTranslation("draft.form.publish-help")));
        Button publish = new Button(getTranslation("draft.form.publish", number), e -> act(() -> {
            if (!normalised(text.getValue()).equals(version.source())) {
                // What would go out is the saved text; say so rather than publish something else than is shown.
                throw new CycleRuleViolation("draft.error.unsaved-changes");
            }
            int published = drafts.publish(draft.id(), draft.version());
            return getTranslation("draft.form.published", published);
        }));
        publish.setId("publish-draft");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(publish);
    }

    private Div sectionTags(Section section) {
        Div block = new Div(new H3(section.number() + ". " + section.heading()));
        block.setId("section-" + section.number());
        CheckboxGroup<ActionStep> steps = new CheckboxGroup<>(getTranslation("draft.tags"));
        steps.setId("tags-" + section.number());
        steps.setItems(ActionStep.values());
        steps.setItemLabelGenerator(step -> step.number() + ". " + getTranslation(step.translationKey()));
        steps.setValue(section.actionSteps());
        steps.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            EnumSet<ActionStep> chosen = e.getValue().isEmpty() ? EnumSet.noneOf(ActionStep.class) : EnumSet.copyOf(e.getValue());
            act(() -> {
                drafts.tagSection(draft.id(), draft.version(), section.id(), chosen);
                return getTranslation("draft.form.tags-saved", section.number());
            });
        });
        block.add(steps);
        return block;
    }

    /** Runs an action; on success shows the draft as stored and says what happened, else says why and keeps the text. */
    private void act(java.util.function.Supplier<String> action) {
        String typed = text == null ? null : text.getValue();
        try {
            String done = action.get();
            error.clear();
            draft = drafts.draft(draft.id()).orElseThrow();
            // Text typed but not saved stays (e.g. while tagging); after a save it equals what is stored.
            render(typed);
            status.setText(done);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
            reloadKeeping(typed);
            error.showKey("draft.error.changed-meanwhile");
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }

    private static String normalised(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n');
    }

    private void reloadKeeping(String typed) {
        draft = drafts.draft(draft.id()).orElseThrow();
        render(typed);
    }
}
