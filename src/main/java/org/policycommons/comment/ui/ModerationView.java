package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.comment.ModerationReasons;
import org.policycommons.comment.ModerationService;
import org.policycommons.common.RuleViolation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.Roles;
import org.policycommons.limit.AbuseLimits;
import org.policycommons.limit.LimitHit;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.PlainTable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
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

    private final AbuseLimits limits;
    private final DistrictDirectory districts;

    private final ModerationReasons reasonList;
    private List<ModerationReasons.Reason> offeredReasons = List.of();

    ModerationView(ModerationService moderation, AbuseLimits limits, DistrictDirectory districts,
                   ModerationReasons reasonList) {
        this.reasonList = reasonList;
        this.moderation = moderation;
        this.limits = limits;
        this.districts = districts;
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
        offeredReasons = page.isEmpty() ? List.of() : reasonList.available();
        page.forEach(flagged -> queue.add(card(flagged)));
        more.setVisible(page.hasNext());
        if (isAdmin()) {
            Anchor manage = new Anchor("d/" + districts.byId(CurrentDistrict.require()).map(District::slug).orElse("")
                    + "/" + ModerationReasonsView.PATH, getTranslation("moderation.reasons.manage"));
            manage.setId("manage-reasons");
            content.add(new Paragraph(manage));
            content.add(reveals().requests(getContent()));
        }
        content.add(limitsReached());
    }

    /** Only district admins take part in revealing a student; moderators (often volunteers) do not see it. */
    private static boolean isAdmin() {
        return CurrentUser.get().map(u -> u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
    }

    private StudentReveals reveals() {
        return new StudentReveals(moderation, error, this::render, zone());
    }

    private ZoneId zone() {
        return CurrentDistrict.id().flatMap(districts::byId).map(District::timeZone).orElse(ZoneOffset.UTC);
    }

    /** Who reached an abuse limit lately: a flood of comments or flags is worth a moderator's look. */
    private Div limitsReached() {
        Div section = new Div(new H2(getTranslation("moderation.limits.title")));
        section.setId("limits-reached");
        List<LimitHit> hits = limits.recentHits(20);
        if (hits.isEmpty()) {
            section.add(new Paragraph(getTranslation("moderation.limits.none")));
            return section;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone());
        PlainTable table = new PlainTable("limit-hits", getTranslation("moderation.limits.caption"), List.of(
                getTranslation("moderation.limits.who"), getTranslation("moderation.limits.action"),
                getTranslation("moderation.limits.hits"), getTranslation("moderation.limits.last")));
        hits.forEach(hit -> table.row(hit.actorLabel(), getTranslation("limit.action." + hit.action().key()),
                String.valueOf(hit.hits()), format.format(hit.lastHitAt())));
        section.add(table.component());
        return section;
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
        // Hiding: a reason from the district's list, which each reader gets in their language, or one written here.
        Select<ModerationReasons.Reason> choice = new Select<>();
        choice.setId("moderation-choice-" + id);
        choice.setLabel(getTranslation("moderation.choose-reason"));
        choice.setItems(offeredReasons);
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("moderation.write-reason"));
        choice.setItemLabelGenerator(r -> r == null ? getTranslation("moderation.write-reason")
                : r.text().textFor(getLocale()));
        choice.setWidthFull();
        choice.setVisible(!flagged.hidden());
        TextField reason = new TextField(getTranslation(flagged.hidden() ? "moderation.restore-reason" : "moderation.hide-reason"));
        reason.setId("moderation-reason-" + id);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("moderation.reason-public"));
        Button act = flagged.hidden()
                ? new Button(getTranslation("moderation.restore"), e -> run(() -> moderation.restore(id, reason.getValue()), "moderation.restored"))
                : new Button(getTranslation("moderation.hide"), e -> run(() -> moderation.hide(id,
                        choice.getValue() == null ? null : choice.getValue().key(), reason.getValue()), "moderation.hidden"));
        act.setId((flagged.hidden() ? "restore-" : "hide-") + id);
        act.addThemeVariants(flagged.hidden() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        Button dismiss = new Button(getTranslation("moderation.dismiss"),
                e -> run(() -> moderation.dismissFlags(id), "moderation.dismissed"));
        dismiss.setId("dismiss-" + id);
        for (Button button : new Button[] {act, dismiss}) {
            button.getElement().setAttribute("aria-label",
                    getTranslation("moderation.button-of", button.getText(), flagged.shownAs()));
        }
        card.add(choice, reason, new Div(act, dismiss));
        if (PortalRole.STUDENT.realmRole().equals(flagged.authorRole()) && isAdmin()) {
            card.add(reveals().askForm(getContent(), id));
        }
        return card;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            error.clear();
            render();
            status.setText(getTranslation(doneKey));
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
