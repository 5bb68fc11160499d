package org.policycommons.publicsite.ui;

import org.policycommons.common.RuleViolation;
import org.policycommons.identity.Roles;
import org.policycommons.publicsite.PublicPaths;
import org.policycommons.publicsite.PublicSettings;
import org.policycommons.text.ui.TranslatedFields;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** What the district shows on its public pages beyond what is always public; for district admins. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + PublicPagesView.PATH, layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class PublicPagesView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "public-pages";

    private final PublicSettings settings;
    private String slug = "";

    PublicPagesView(PublicSettings settings) {
        this.settings = settings;
        getContent().setId("public-pages-settings");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("public.settings.title")));
        content.add(new Paragraph(getTranslation("public.settings.intro")));
        content.add(new Paragraph(new Anchor(PublicPaths.district(slug), getTranslation("public.settings.see"))));
        FormError error = new FormError("public-settings-error");
        Checkbox students = new Checkbox(getTranslation("public.settings.students"),
                settings.current().studentsCommentsPublic());
        students.setId("students-comments-public");
        Paragraph help = new Paragraph(getTranslation("public.settings.students-help"));
        Paragraph saved = new Paragraph();
        saved.setId("public-settings-saved");
        saved.getElement().setAttribute("role", "status");
        TextArea embedding = new TextArea(getTranslation("public.settings.embedding"));
        embedding.setId("embedding-origins");
        embedding.setValue(String.join("\n", settings.current().embeddingOrigins()));
        embedding.setHelperText(getTranslation("public.settings.embedding-help",
                PublicPaths.district(slug) + "/card"));
        embedding.setWidthFull();
        Div introduction = new Div(new H2(getTranslation("public.settings.introduction")),
                new Paragraph(getTranslation("public.settings.introduction-help")));
        introduction.setId("introduction-fields");
        TranslatedFields introductionIn = TranslatedFields.area("introduction", "public.settings.introduction-in",
                settings.languages(), settings.introduction(), PublicSettings.INTRODUCTION_MAX);
        introduction.add(introductionIn);
        TextField contact = new TextField(getTranslation("public.settings.accessibility-contact"));
        contact.setId("accessibility-contact");
        contact.setValue(settings.current().accessibilityContact());
        contact.setMaxLength(PublicSettings.CONTACT_MAX);
        contact.setHelperText(getTranslation("public.settings.accessibility-contact-help",
                PublicPaths.district(slug) + "/accessibility"));
        contact.setWidthFull();
        Button save = new Button(getTranslation("public.settings.save"), click -> {
            try {
                settings.introduce(introductionIn.value());
                // The websites first: a refused address then leaves the settings after it as they were.
                embedding.setValue(String.join("\n", settings.allowEmbeddingBy(embedding.getValue())));
                contact.setValue(settings.nameAccessibilityContact(contact.getValue()));
                settings.showStudentsComments(students.getValue());
                error.setVisible(false);
                saved.setText(getTranslation("public.settings.saved"));
            } catch (RuleViolation refused) {
                error.show(refused);
            }
        });
        save.setId("save-public-settings");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        content.add(error, students, help, embedding, introduction, contact, save, saved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.settings.title");
    }
}
