package org.policycommons.comment.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.ResponseService;
import org.policycommons.common.RuleViolation;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.KeptDraft;
import org.policycommons.text.Translated;
import org.policycommons.text.ui.TranslatedFields;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * Where a district admin answers comments: the latest version's comments that have no response yet, section by
 * section; tick one or several, write the response and choose its disposition. Their authors are told.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/drafts/:draft([0-9]{1,18})/respond", layout = DistrictLayout.class)
@RolesAllowed(Roles.DISTRICT_ADMIN)
class RespondView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final int PER_SECTION = 50;

    private final CommentService comments;
    private final ResponseService responses;
    private final DraftService drafts;
    private final Set<Long> chosen = new LinkedHashSet<>();
    private final FormError error = new FormError();
    private final Div status = new Div();
    private final TextArea text = new TextArea();
    private final Select<Disposition> disposition = new Select<>();
    /** The answer in the district's other languages; what is typed there survives a change of the page's language. */
    private TranslatedFields otherLanguages;
    private Draft draft;
    private DraftVersion version;
    private KeptDraft kept;

    RespondView(CommentService comments, ResponseService responses, DraftService drafts) {
        this.comments = comments;
        this.responses = responses;
        this.drafts = drafts;
        getContent().setId("respond-page");
        getContent().addClassName("draft-page");
        status.setId("respond-status");
        status.getElement().setAttribute("role", "status");
        text.setId("response-text");
        text.setWidthFull();
        disposition.setId("response-disposition");
        disposition.setItems(Disposition.values());
    }

    static String path(long draftId) {
        return "drafts/" + draftId + "/respond";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Draft> found = event.getRouteParameters().getLong("draft").flatMap(drafts::draft);
        Optional<DraftVersion> latest = found.flatMap(d -> drafts.latestPublished(d.id()));
        if (latest.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draft = found.get();
        version = latest.get();
        if (kept == null) {
            kept = KeptDraft.keep(text, "response", draft.id());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        List<Locale> languages = responses.languages();
        text.setLabel(languages.size() > 1
                ? getTranslation("response.form.text-in", languages.getFirst().getDisplayLanguage(getLocale()))
                : getTranslation("response.form.text"));
        text.getElement().setAttribute("lang", languages.getFirst().getLanguage());
        otherLanguages = TranslatedFields.area("response-text", "response.form.text-in",
                languages.subList(1, languages.size()),
                otherLanguages == null ? Translated.NONE : otherLanguages.value(), ResponseService.TEXT_MAX);
        disposition.setLabel(getTranslation("response.form.disposition"));
        disposition.setItemLabelGenerator(d -> getTranslation(d.translationKey()));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("response.form.title", draft == null ? "" : draft.title());
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        if (version == null) {
            return;
        }
        Button send = new Button(getTranslation("response.form.send"), e -> send());
        send.setId("send-response");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H1(getTranslation("response.form.title", draft.title())),
                new Paragraph(getTranslation("response.form.intro", version.number())), error, status, text,
                kept.note(), otherLanguages, disposition, send);
        chosen.clear();
        for (Section section : version.sections()) {
            Page<Comment> open = comments.unanswered(section.id(), PageRequest.of(0, PER_SECTION));
            Div block = new Div(new H2(getTranslation("response.form.section", section.number(), section.heading(),
                    open.getTotalElements())));
            block.setId("unanswered-" + section.number());
            for (Comment comment : open) {
                Checkbox pick = new Checkbox(getTranslation("response.form.pick", comment.author().shownAs(),
                        getTranslation(comment.stance().translationKey()), comment.body()));
                pick.setId("pick-" + comment.id());
                pick.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        chosen.add(comment.id());
                    } else {
                        chosen.remove(comment.id());
                    }
                });
                block.add(new Div(pick));
            }
            content.add(block);
        }
    }

    private void send() {
        try {
            List<Locale> languages = responses.languages();
            responses.respond(Set.copyOf(chosen), otherLanguages.value().with(languages.getFirst(), text.getValue()),
                    disposition.getValue());
            int answered = chosen.size();
            kept.forget();
            text.clear();
            otherLanguages.clear();
            disposition.clear();
            error.clear();
            render();
            status.setText(getTranslation("response.form.sent", answered));
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
