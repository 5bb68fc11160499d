package org.policycommons.comment.ui;

import java.time.ZoneId;

import org.policycommons.comment.CommentService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.draft.SectionAddon;
import org.policycommons.identity.CurrentDistrict;
import org.springframework.stereotype.Component;

/** Each section of a published version shows its comments, and a form for those who may comment now. */
@Component
class CommentsAddon implements SectionAddon {

    private final CommentService comments;
    private final CommentBroadcaster broadcaster;
    private final DistrictDirectory districts;

    CommentsAddon(CommentService comments, CommentBroadcaster broadcaster, DistrictDirectory districts) {
        this.comments = comments;
        this.broadcaster = broadcaster;
        this.districts = districts;
    }

    @Override
    public com.vaadin.flow.component.Component below(DraftVersion version, Section section) {
        ZoneId zone = districts.byId(CurrentDistrict.require()).map(District::timeZone).orElse(ZoneId.of("UTC"));
        return new SectionComments(comments, broadcaster, version, section, zone);
    }
}
