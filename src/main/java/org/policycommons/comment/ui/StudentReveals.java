package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.policycommons.comment.ModerationService;
import org.policycommons.common.RuleViolation;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The moderation page's part for district admins in revealing who wrote a student's comment: asking, with a reason,
 * on a flagged comment; and the requests, where another admin approves or declines and the one who asked, once
 * approved, may look.
 */
final class StudentReveals {

    private final ModerationService moderation;
    private final FormError error;
    private final Runnable refresh;
    private final ZoneId zone;

    StudentReveals(ModerationService moderation, FormError error, Runnable refresh, ZoneId zone) {
        this.moderation = moderation;
        this.error = error;
        this.refresh = refresh;
        this.zone = zone;
    }

    /** On a flagged student's comment: ask to learn who wrote it. */
    Div askForm(Div page, long commentId) {
        TextField why = new TextField(page.getTranslation("moderation.reveal-reason"));
        why.setId("reveal-reason-" + commentId);
        why.setWidthFull();
        why.setMaxLength(500);
        why.setHelperText(page.getTranslation("moderation.reveal-help"));
        Button ask = new Button(page.getTranslation("moderation.reveal-ask"), e -> act(() -> {
            moderation.requestReveal(commentId, why.getValue());
            why.clear();
        }));
        ask.setId("reveal-" + commentId);
        ask.getElement().setAttribute("aria-label", page.getTranslation("moderation.reveal-of", commentId));
        Div block = new Div(why, ask);
        block.addClassName("reveal");
        return block;
    }

    /** The latest requests, with what this admin may do about each. */
    Div requests(Div page) {
        Div section = new Div(new H2(page.getTranslation("moderation.reveals.title")));
        section.setId("reveal-requests");
        section.add(new Paragraph(page.getTranslation("moderation.reveals.intro")));
        List<ModerationService.RevealRequest> found = moderation.revealRequests();
        if (found.isEmpty()) {
            section.add(new Paragraph(page.getTranslation("moderation.reveals.none")));
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(zone);
        for (ModerationService.RevealRequest request : found) {
            Article card = new Article();
            card.setId("reveal-request-" + request.id());
            card.addClassName("comment-card");
            card.add(new H3(page.getTranslation("moderation.reveals.about", request.pseudonym())),
                    new Paragraph(page.getTranslation("moderation.reveals.asked", request.requestedByName(),
                            format.format(request.requestedAt()), request.reason())),
                    new Paragraph(page.getTranslation("moderation.reveals.state." + request.state().toLowerCase(),
                            request.decidedByName() == null ? "" : request.decidedByName())));
            if (request.pending() && !request.mine()) {
                Button approve = new Button(page.getTranslation("moderation.reveals.approve"),
                        e -> act(() -> moderation.decideReveal(request.id(), true)));
                approve.setId("approve-reveal-" + request.id());
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button decline = new Button(page.getTranslation("moderation.reveals.decline"),
                        e -> act(() -> moderation.decideReveal(request.id(), false)));
                decline.setId("decline-reveal-" + request.id());
                card.add(new Div(approve, decline));
            }
            if (request.approved() && request.mine()) {
                Div who = new Div();
                who.setId("revealed-" + request.id());
                who.getElement().setAttribute("role", "status");
                Button show = new Button(page.getTranslation("moderation.reveal"), e -> {
                    try {
                        KeycloakDirectory.Identity identity = moderation.revealStudent(request.id());
                        who.setText(page.getTranslation("moderation.revealed", identity.name(), identity.username(),
                                identity.email() == null ? "—" : identity.email()));
                        error.clear();
                    } catch (RuleViolation refused) {
                        error.show(refused);
                    } catch (KeycloakDirectory.DirectoryUnavailable down) {
                        error.showKey("moderation.directory-down");
                    }
                });
                show.setId("show-revealed-" + request.id());
                card.add(show, who);
            }
            section.add(card);
        }
        return section;
    }

    private void act(Runnable action) {
        try {
            action.run();
            error.clear();
            refresh.run();
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
