package org.policycommons.draft.ui;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.common.RuleViolation;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** A new draft in a cycle: its title and its text, previewed before it is created as the working version 1. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + NewDraftView.PATH + "/:cycle([0-9]{1,18})",
        layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class NewDraftView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "drafts/new";

    private final DraftService drafts;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final FormError error = new FormError();
    private final TextField title = new TextField();
    private final MarkdownEditor text = new MarkdownEditor(error);
    private final Button create = new Button();
    private String slug = "";
    private long cycleId;

    NewDraftView(DraftService drafts) {
        this.drafts = drafts;
        title.setId("draft-title");
        title.setMaxLength(DraftService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        create.setId("create-draft");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        getContent().addClassName("cycle-form");
        getContent().add(heading, intro, error, title, text, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        cycleId = event.getRouteParameters().getLong("cycle").orElse(0L);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("draft.new.title"));
        intro.setText(getTranslation("draft.new.intro"));
        title.setLabel(getTranslation("draft.form.title"));
        text.localize();
        create.setText(getTranslation("draft.form.create"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.new.title");
    }

    private void create() {
        try {
            long id = drafts.createDraft(cycleId, title.getValue(), text.getValue());
            getUI().ifPresent(ui -> ui.navigate("d/" + slug + "/" + DraftEditorView.path(id)));
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
