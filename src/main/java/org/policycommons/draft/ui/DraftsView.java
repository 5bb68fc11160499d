package org.policycommons.draft.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.shell.ui.DistrictLayout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
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

/** The drafts of a cycle (the current one by default) and their versions: read, compare, and for admins prepare. */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + DraftsView.PATH + "/:cycle?", layout = DistrictLayout.class)
// Guarded by DistrictLayout: only a session of this district gets here (docs/decisions/002).
@AnonymousAllowed
class DraftsView extends Composite<Div> implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "drafts";

    private final DraftService drafts;
    private final CycleService cycles;
    private final DistrictDirectory districts;
    private String slug = "";
    private ZoneId zone = ZoneId.of("UTC");
    private Optional<Cycle> cycle = Optional.empty();

    DraftsView(DraftService drafts, CycleService cycles, DistrictDirectory districts) {
        this.drafts = drafts;
        this.cycles = cycles;
        this.districts = districts;
        getContent().setId("drafts-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).orElse("");
        districts.bySlug(slug).ifPresent(d -> zone = d.timeZone());
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("draft.list.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        Cycle shown = cycle.get();
        content.add(new Paragraph(getTranslation("draft.list.intro", shown.titleFor(getLocale()))));
        boolean admin = CurrentUser.get().map(u -> u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
        if (admin && !shown.adopted()) {
            Anchor create = new Anchor(base() + NewDraftView.PATH + "/" + shown.id(), getTranslation("draft.list.new"));
            create.setId("new-draft");
            content.add(new Paragraph(create));
        }
        var list = drafts.draftsOf(shown.id());
        if (list.stream().allMatch(d -> d.versions().isEmpty())) {
            content.add(new Paragraph(getTranslation("draft.list.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(event.getLocale());
        for (Draft draft : list) {
            if (draft.versions().isEmpty()) {
                continue;
            }
            Div block = new Div(new H2(draft.title()));
            block.setId("draft-" + draft.id());
            UnorderedList versions = new UnorderedList();
            for (Draft.VersionSummary version : draft.versions()) {
                if (version.published()) {
                    Anchor read = new Anchor(base() + DraftReadView.path(draft.id(), version.number()),
                            getTranslation("draft.list.version", version.number(),
                                    date.format(version.publishedAt().atZone(zone))));
                    versions.add(new ListItem(read));
                } else if (admin) {
                    Anchor edit = new Anchor(base() + DraftEditorView.path(draft.id()),
                            getTranslation("draft.list.working", version.number()));
                    edit.setId("edit-draft-" + draft.id());
                    versions.add(new ListItem(edit));
                }
            }
            block.add(versions);
            if (admin && draft.working().isEmpty() && !shown.adopted()) {
                Anchor next = new Anchor(base() + DraftEditorView.path(draft.id()),
                        getTranslation("draft.list.manage"));
                next.setId("edit-draft-" + draft.id());
                block.add(new Paragraph(next));
            }
            if (draft.published().size() >= 2) {
                int last = draft.published().getLast().number();
                Anchor compare = new Anchor(base() + RedlineView.path(draft.id(), last - 1, last),
                        getTranslation("draft.list.compare"));
                compare.setId("compare-draft-" + draft.id());
                block.add(new Paragraph(compare));
            }
            content.add(block);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.list.title");
    }

    private String base() {
        return "d/" + slug + "/";
    }
}
