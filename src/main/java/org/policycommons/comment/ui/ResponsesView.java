package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.policycommons.comment.DistrictResponse;
import org.policycommons.comment.ResponseService;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.FormError;
import org.policycommons.text.ui.ShownText;
import org.policycommons.text.ui.TranslatedFields;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "You said, we did": every district response in a cycle, newest first, with its disposition, how many comments it
 * answers, and the sections of the next version that changed where those comments were made.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + ResponsesView.PATH + "/:cycle?", layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class ResponsesView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "responses";
    private static final int PAGE = 20;

    private final ResponseService responses;
    private final DraftService drafts;
    private final CycleService cycles;
    private final DistrictDirectory districts;
    private String slug = "";
    private ZoneId zone = ZoneId.of("UTC");
    private Optional<Cycle> cycle = Optional.empty();
    private int pages = 1;

    ResponsesView(ResponseService responses, DraftService drafts, CycleService cycles, DistrictDirectory districts) {
        this.responses = responses;
        this.drafts = drafts;
        this.cycles = cycles;
        this.districts = districts;
        getContent().setId("responses-page");
        getContent().addClassName("draft-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        districts.bySlug(slug).ifPresent(d -> zone = d.timeZone());
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("response.list.title");
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("response.list.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        content.add(new Paragraph(getTranslation("response.list.intro", cycle.get().titleFor(getLocale()))));
        boolean admin = CurrentUser.get().map(u -> u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
        if (admin && !cycle.get().adopted()) {
            UnorderedList answer = new UnorderedList();
            answer.setId("answer-comments");
            drafts.draftsOf(cycle.get().id()).stream().filter(d -> d.latestPublished().isPresent()).forEach(d -> {
                Anchor link = new Anchor("d/" + slug + "/" + RespondView.path(d.id()),
                        getTranslation("response.list.answer", d.title()));
                link.setId("respond-" + d.id());
                answer.add(new ListItem(link));
            });
            content.add(answer);
        }
        Page<DistrictResponse> page = responses.responses(cycle.get().id(), PageRequest.of(0, PAGE * pages));
        if (page.isEmpty()) {
            content.add(new Paragraph(getTranslation("response.list.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Div list = new Div();
        list.setId("responses");
        boolean translates = admin && !cycle.get().adopted() && responses.languages().size() > 1;
        page.forEach(response -> {
            Article card = card(response, date);
            if (translates) {
                card.add(translator(response));
            }
            list.add(card);
        });
        content.add(list);
        if (page.hasNext()) {
            Button more = new Button(getTranslation("response.list.more"), e -> {
                pages++;
                render();
            });
            more.setId("more-responses");
            content.add(more);
        }
    }

    /**
     * For district admins: the response in the district's other languages, added after it was sent (its first
     * language's text, the answer as sent, does not change).
     */
    private Details translator(DistrictResponse response) {
        List<Locale> languages = responses.languages();
        TranslatedFields other = TranslatedFields.area("response-" + response.id() + "-text", "response.form.text-in",
                languages.subList(1, languages.size()), response.body(), ResponseService.TEXT_MAX);
        FormError error = new FormError("response-" + response.id() + "-error");
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("response.translate.save"), e -> {
            try {
                responses.translate(response.id(), other.value().with(languages.getFirst(),
                        response.body().in(languages.getFirst()).orElse("")));
                error.clear();
                saved.setText(getTranslation("response.translate.saved"));
            } catch (RuleViolation refused) {
                saved.setText("");
                error.show(refused);
            }
        });
        save.setId("translate-response-" + response.id());
        Details details = new Details(getTranslation("response.translate.title"), new Div(error, other, save, saved));
        details.setId("response-" + response.id() + "-languages");
        return details;
    }

    private Article card(DistrictResponse response, DateTimeFormatter date) {
        Article card = new Article();
        card.setId("response-" + response.id());
        card.addClassName("comment");
        card.add(new H2(getTranslation(response.disposition().translationKey())),
                new Paragraph(getTranslation("response.list.answers", response.commentIds().size(),
                        response.versionNumber(), date.format(response.createdAt().atZone(zone)))));
        Paragraph body = new Paragraph(new ShownText(response.body(), getLocale()));
        body.addClassName("comment-body");
        card.add(body);
        if (!response.changed().isEmpty()) {
            UnorderedList changed = new UnorderedList();
            for (DistrictResponse.ChangedSection section : response.changed()) {
                String label = section.sectionNumber() == null
                        ? getTranslation("response.list.removed", section.versionNumber(), section.heading())
                        : getTranslation("response.list.changed-section", section.versionNumber(),
                        section.sectionNumber(), section.heading());
                String href = "d/" + slug + "/drafts/" + response.draftId() + "/v/" + section.versionNumber()
                        + (section.sectionNumber() == null ? "" : "#section-" + section.sectionNumber());
                changed.add(new ListItem(new Anchor(href, label)));
            }
            card.add(new Paragraph(getTranslation("response.list.led-to")), changed);
        }
        return card;
    }
}
