package org.policycommons.comment.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.comment.ModerationReasons;
import org.policycommons.common.RuleViolation;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.UnsavedInput;
import org.policycommons.text.Translated;
import org.policycommons.text.ui.ShownText;
import org.policycommons.text.ui.TranslatedFields;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The reasons moderators choose from when they hide a comment, for district admins: the deployment's own, and the
 * district's, written in each of its languages, reworded or retired (a comment hidden with a retired reason keeps
 * saying why).
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + ModerationReasonsView.PATH, layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class ModerationReasonsView extends Composite<Div> implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "moderation/reasons";

    private final ModerationReasons reasons;
    private final FormError error = new FormError();
    private final Div status = new Div();
    private final Div list = new Div();

    ModerationReasonsView(ModerationReasons reasons) {
        this.reasons = reasons;
        getContent().setId("moderation-reasons-page");
        getContent().addClassName("cycle-form");
        status.setId("reasons-status");
        status.getElement().setAttribute("role", "status");
        list.setId("moderation-reasons");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().removeAll();
        getContent().add(new H1(getTranslation("moderation.reasons.title")),
                new Paragraph(getTranslation("moderation.reasons.intro")), error, status, list);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.reasons.title");
    }

    private void render() {
        list.removeAll();
        List<Locale> languages = reasons.languages();
        List<ModerationReasons.Reason> all = reasons.available();
        UnorderedList deployment = new UnorderedList();
        deployment.setId("deployment-reasons");
        all.stream().filter(r -> !r.own()).forEach(r -> deployment.add(new ListItem(new ShownText(r.text(), getLocale()))));
        list.add(new H2(getTranslation("moderation.reasons.deployment")), deployment);

        list.add(new H2(getTranslation("moderation.reasons.own")));
        all.stream().filter(ModerationReasons.Reason::own).forEach(reason -> {
            String id = reason.key().replace('.', '-');
            Div block = new Div();
            block.setId(id);
            TranslatedFields words = TranslatedFields.line(id + "-words", "moderation.reasons.words-in", languages,
                    reason.text(), ModerationReasons.WORDS_MAX);
            Button save = new Button(getTranslation("moderation.reasons.save"),
                    e -> act(block, () -> reasons.reword(reason.key(), words.value()), "moderation.reasons.saved"));
            save.setId("save-" + id);
            Button retire = new Button(getTranslation("moderation.reasons.retire"),
                    e -> act(block, () -> reasons.retire(reason.key()), "moderation.reasons.retired"));
            retire.setId("retire-" + id);
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            String which = reason.text().textFor(getLocale());
            for (Button button : new Button[] {save, retire}) {
                button.getElement().setAttribute("aria-label",
                        getTranslation("priorities.button-of", button.getText(), which));
            }
            block.add(words, new Div(save, retire));
            list.add(block);
        });

        Div adder = new Div(new H2(getTranslation("moderation.reasons.add-title")));
        adder.setId("new-reason");
        TranslatedFields words = TranslatedFields.line("new-reason-words", "moderation.reasons.words-in", languages,
                Translated.NONE, ModerationReasons.WORDS_MAX);
        Button add = new Button(getTranslation("moderation.reasons.add"),
                e -> act(adder, () -> reasons.add(words.value()), "moderation.reasons.added"));
        add.setId("add-reason");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adder.add(words, add);
        list.add(adder);
    }

    /** Runs an action from one block; on success the list shows what is stored, keeping what other blocks hold. */
    private void act(Div form, Runnable action, String doneKey) {
        try {
            action.run();
            error.clear();
            UnsavedInput.rebuild(list, form, this::render);
            status.setText(getTranslation(doneKey));
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
