package org.policycommons.comment.ui;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.comment.ModerationService;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The moderators' queue: comments others flagged, the most flagged first, with their text (even when hidden) and the
 * reasons given. A moderator hides one with a public reason, restores it, or dismisses the flags; for a student's
 * comment, they can learn who wrote it, giving a reason that the audit log keeps.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + ModerationView.PATH, layout = DistrictLayout.class)
@RolesAllowed({Roles.MODERATOR, Roles.DISTRICT_ADMIN})
class ModerationView extends Composite<Div> implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "moderation";
    private static final int PAGE = 20;

    private final ModerationService moderation;
    private final FormError error = new FormError();
    private final Div status = new Div();
    private final Div queue = new Div();
    private final Button more = new Button();
    private int pages = 1;

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        getContent().setId("moderation-page");
        getContent().addClassName("draft-page");
        status.setId("moderation-status");
        status.getElement().setAttribute("role", "status");
        queue.setId("moderation-queue");
        more.setId("more-flagged");
        more.addClickListener(e -> {
            pages++;
            render();
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        more.setText(getTranslation("moderation.more"));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title");
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("moderation.title")), new Paragraph(getTranslation("moderation.intro")),
                error, status, queue, more);
        queue.removeAll();
        Page<ModerationService.Flagged> page = moderation.queue(PageRequest.of(0, PAGE * pages));
        if (page.isEmpty()) {
            queue.add(new Paragraph(getTranslation("moderation.empty")));
        }
        page.forEach(flagged -> queue.add(card(flagged)));
        more.setVisible(page.hasNext());
    }

    private Article card(ModerationService.Flagged flagged) {
        Article card = new Article();
        card.setId("flagged-" + flagged.commentId());
        card.addClassName("comment");
        card.add(new H2(getTranslation("moderation.comment-by", flagged.shownAs(),
                getTranslation("role." + flagged.authorRole()))));
        if (flagged.hidden()) {
            card.add(new Paragraph(getTranslation("comment.hidden", flagged.hiddenReason())));
        }
        Paragraph body = new Paragraph(flagged.body());
        body.addClassName("comment-body");
        card.add(body);
        UnorderedList reasons = new UnorderedList();
        flagged.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        card.add(new Paragraph(getTranslation("moderation.flagged-because", flagged.reasons().size())), reasons);

        long id = flagged.commentId();
        TextField reason = new TextField(getTranslation(flagged.hidden() ? "moderation.restore-reason" : "moderation.hide-reason"));
        reason.setId("moderation-reason-" + id);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("moderation.reason-public"));
        Button act = flagged.hidden()
                ? new Button(getTranslation("moderation.restore"), e -> run(() -> moderation.restore(id, reason.getValue()), "moderation.restored"))
                : new Button(getTranslation("moderation.hide"), e -> run(() -> moderation.hide(id, reason.getValue()), "moderation.hidden"));
        act.setId((flagged.hidden() ? "restore-" : "hide-") + id);
        act.addThemeVariants(flagged.hidden() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        Button dismiss = new Button(getTranslation("moderation.dismiss"),
                e -> run(() -> moderation.dismissFlags(id), "moderation.dismissed"));
        dismiss.setId("dismiss-" + id);
        for (Button button : new Button[] {act, dismiss}) {
            button.getElement().setAttribute("aria-label",
                    getTranslation("moderation.button-of", button.getText(), flagged.shownAs()));
        }
        card.add(reason, new Div(act, dismiss));
        if (PortalRole.STUDENT.realmRole().equals(flagged.authorRole())) {
            card.add(revealer(id));
        }
        return card;
    }

    private Div revealer(long id) {
        TextField why = new TextField(getTranslation("moderation.reveal-reason"));
        why.setId("reveal-reason-" + id);
        why.setWidthFull();
        why.setHelperText(getTranslation("moderation.reveal-help"));
        Div who = new Div();
        who.setId("revealed-" + id);
        Button reveal = new Button(getTranslation("moderation.reveal"), e -> {
            try {
                KeycloakDirectory.Identity identity = moderation.revealStudent(id, why.getValue());
                who.setText(getTranslation("moderation.revealed", identity.name(), identity.username(),
                        identity.email() == null ? "—" : identity.email()));
                error.clear();
            } catch (CycleRuleViolation refused) {
                error.show(refused);
            } catch (KeycloakDirectory.DirectoryUnavailable down) {
                error.showKey("moderation.directory-down");
            }
        });
        reveal.setId("reveal-" + id);
        reveal.getElement().setAttribute("aria-label", getTranslation("moderation.reveal-of", id));
        Div block = new Div(why, reveal, who);
        block.addClassName("reveal");
        return block;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            error.clear();
            render();
            status.setText(getTranslation(doneKey));
        } catch (CycleRuleViolation refused) {
            error.show(refused);
        }
    }
}
