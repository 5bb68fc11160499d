package org.policycommons.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.notification.Notice;
import org.policycommons.notification.NoticeService;
import org.policycommons.notification.NoticeWords;
import org.policycommons.participant.EmailDigest;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.shell.ui.DistrictLayout;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The signed-in person's notices, newest first, and whether they also come by email. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + NoticesView.PATH, layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class NoticesView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "notices";
    private static final int SHOWN = 50;

    private final NoticeService notices;
    private final ParticipantService participants;
    private final DistrictDirectory districts;
    private final Checkbox byEmail = new Checkbox();
    private final RadioButtonGroup<EmailDigest> howOften = new RadioButtonGroup<>();
    private ZoneId zone = ZoneId.of("UTC");
    private String slug = "";
    private List<Notice> shown = List.of();

    private final CycleService cycles;
    private final NoticeWords words;

    NoticesView(NoticeService notices, ParticipantService participants, DistrictDirectory districts,
                CycleService cycles, NoticeWords words) {
        this.words = words;
        this.cycles = cycles;
        this.notices = notices;
        this.participants = participants;
        this.districts = districts;
        byEmail.setId("email-notices");
        byEmail.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                participants.wantEmailNotices(e.getValue());
            }
            howOften.setEnabled(e.getValue());
        });
        howOften.setId("email-digest");
        howOften.setItems(EmailDigest.values());
        howOften.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                participants.chooseEmailDigest(e.getValue());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).flatMap(districts::bySlug)
                .ifPresent(district -> {
                    zone = district.timeZone();
                    slug = district.slug();
                });
        shown = notices.mine(PageRequest.of(0, SHOWN)).getContent();
        Optional<Participant> me = participants.current();
        byEmail.setValue(me.map(Participant::emailNotices).orElse(true));
        howOften.setValue(me.map(Participant::emailDigest).orElse(EmailDigest.EACH));
        howOften.setEnabled(byEmail.getValue());
        notices.markAllRead();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("notice.title")));
        byEmail.setLabel(getTranslation("notice.by-email"));
        howOften.setLabel(getTranslation("notice.digest.label"));
        howOften.setItemLabelGenerator(choice -> getTranslation(choice.translationKey()));
        content.add(byEmail, howOften);
        if (shown.isEmpty()) {
            content.add(new Paragraph(getTranslation("notice.none")));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(event.getLocale());
        UnorderedList list = new UnorderedList();
        list.setId("notices");
        list.addClassName("district-list");
        // Each review's title in the reader's language, as the district gave it: one read for all the notices.
        Map<Long, Cycle> reviews = new HashMap<>();
        cycles.history().forEach(cycle -> reviews.put(cycle.id(), cycle));
        for (Notice notice : shown) {
            Cycle review = notice.cycleId() == null ? null : reviews.get(notice.cycleId());
            String cycleTitle = review == null ? notice.cycleTitle() : review.titleFor(event.getLocale());
            Span text = new Span(words.text(notice, cycleTitle, event.getLocale()));
            Span time = new Span(when.format(notice.createdAt().atZone(zone)));
            time.addClassName("detail");
            ListItem item = new ListItem(text, time);
            if (notice.link() != null) {
                Anchor link = new Anchor("d/" + slug + notice.link(), words.linkText(notice, event.getLocale()));
                link.setId("notice-link-" + notice.id());
                item.add(link);
            }
            if (!notice.read()) {
                item.addClassName("unread");
            }
            list.add(item);
        }
        content.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.title");
    }
}
