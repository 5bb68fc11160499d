package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.policycommons.comment.Attachments;
import org.policycommons.comment.CarriedComments;
import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.StaffTranslations;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.draft.SectionAddon;
import org.policycommons.identity.CurrentDistrict;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;

/** Each section of a published version shows its comments, and a form for those who may comment now. */
@Component
class CommentsAddon implements SectionAddon {

    private final CommentService comments;
    private final CommentBroadcaster broadcaster;
    private final DistrictDirectory districts;

    private final StaffTranslations staff;
    private final Attachments attachments;
    private final CarriedComments carried;

    CommentsAddon(CommentService comments, CommentBroadcaster broadcaster, DistrictDirectory districts,
                  StaffTranslations staff, Attachments attachments, CarriedComments carried) {
        this.carried = carried;
        this.attachments = attachments;
        this.staff = staff;
        this.comments = comments;
        this.broadcaster = broadcaster;
        this.districts = districts;
    }

    /** Loads the first page of every section's comments, their stamps and the right to comment once per version. */
    @Override
    public Function<Section, com.vaadin.flow.component.Component> forVersion(DraftVersion version) {
        ZoneId zone = districts.byId(CurrentDistrict.require()).map(District::timeZone).orElse(ZoneId.of("UTC"));
        List<Long> sectionIds = version.sections().stream().map(Section::id).toList();
        Map<Long, CommentService.FirstPage> firstPages = comments.firstPages(version.id(), sectionIds,
                SectionComments.PAGE);
        // The same for every section of a version: the reader's role, the version being the latest, the phase.
        boolean canComment = !sectionIds.isEmpty() && comments.canComment(sectionIds.getFirst());
        CommentPoll poll = new CommentPoll(comments, version.id());
        List<Locale> languages = comments.languages();
        // The comments earlier versions carry into each section: counted once for the version, loaded when asked.
        CarriedComments.Summary summary = carried.summary(version, true);
        String slug = district().map(District::slug).orElse("");
        return section -> {
            SectionComments own = new SectionComments(comments, broadcaster, poll, version, section, zone,
                    canComment, firstPages.get(section.id()), staff, attachments, languages);
            return summary.of(section).<com.vaadin.flow.component.Component>map(part -> new Div(own,
                    new CarriedPart(carried, version, part, String.valueOf(section.number()), slug, zone, false)))
                    .orElse(own);
        };
    }

    private Optional<District> district() {
        return districts.byId(CurrentDistrict.require());
    }

    /** A search of the version's comments, when it has any. */
    @Override
    public Optional<com.vaadin.flow.component.Component> beforeSections(DraftVersion version) {
        if (comments.countsBySection(version.id()).isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = district().map(District::timeZone).orElse(ZoneId.of("UTC"));
        return Optional.of(new CommentSearch(comments, version, zone));
    }

    /**
     * Input received outside the portal on the draft as a whole, when there is any, and the comments of sections this
     * version removed, each under the heading the section had.
     */
    @Override
    public Optional<com.vaadin.flow.component.Component> afterSections(DraftVersion version) {
        Page<Comment> first = comments.wholeDraft(version.id(), true, PageRequest.of(0, SectionComments.PAGE));
        List<CarriedComments.Part> removed = carried.summary(version, true).removed();
        if (first.isEmpty() && removed.isEmpty()) {
            return Optional.empty();
        }
        Optional<District> district = district();
        ZoneId zone = district.map(District::timeZone).orElse(ZoneId.of("UTC"));
        Div after = new Div();
        if (!first.isEmpty()) {
            after.add(new WholeDraftInput(comments, staff, attachments, version, zone, first));
        }
        if (!removed.isEmpty()) {
            after.add(new CarriedPart.Removed(carried, version, removed, district.map(District::slug).orElse(""), zone));
        }
        return Optional.of(after);
    }
}
