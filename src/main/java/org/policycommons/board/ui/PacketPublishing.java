package org.policycommons.board.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.policycommons.board.PublishedPackets;
import org.policycommons.common.RuleViolation;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;

import org.policycommons.shell.ui.FormError;

/**
 * For district admins on the consolidated input page: publishes the cycle's board packet to the public pages, and
 * lists the editions already published there. A corrected packet is a new edition, beside the earlier ones.
 */
class PacketPublishing extends Composite<Div> {

    private final PublishedPackets published;
    private final long cycleId;
    private final String slug;
    private final ZoneId zone;

    PacketPublishing(PublishedPackets published, long cycleId, String slug, ZoneId zone) {
        this.published = published;
        this.cycleId = cycleId;
        this.slug = slug;
        this.zone = zone;
        getContent().setId("packet-publishing");
        render();
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        content.add(new H2(getTranslation("packet.publish.title")));
        content.add(new Paragraph(getTranslation("packet.publish.intro")));
        List<PublishedPackets.Edition> editions = published.editions(cycleId);
        FormError error = new FormError("packet-publish-error");
        TextField correction = new TextField(getTranslation("packet.publish.correction"));
        correction.setId("packet-correction");
        correction.setMaxLength(PublishedPackets.CORRECTION_MAX);
        correction.setWidthFull();
        Button publish = new Button(getTranslation(editions.isEmpty() ? "packet.publish.first" : "packet.publish.again"));
        publish.setId("packet-publish");
        publish.addClickListener(click -> {
            try {
                int edition = published.publish(cycleId, correction.getValue());
                render();
                Paragraph done = new Paragraph(getTranslation("packet.publish.done", edition));
                done.setId("packet-published");
                done.getElement().setAttribute("role", "status");
                getContent().add(done);
            } catch (RuleViolation refused) {
                error.show(refused);
            }
        });
        if (editions.isEmpty()) {
            content.add(new Paragraph(getTranslation("packet.publish.none")), error, publish);
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        UnorderedList list = new UnorderedList();
        list.setId("packet-editions");
        for (PublishedPackets.Edition edition : editions) {
            Anchor pdf = new Anchor("public/" + slug + "/reviews/" + cycleId + "/packets/" + edition.id() + ".pdf",
                    getTranslation("packet.publish.edition", edition.edition(),
                            edition.language().getDisplayLanguage(edition.language()),
                            dates.format(edition.publishedAt().atZone(zone))));
            pdf.setRouterIgnore(true);
            ListItem item = new ListItem(pdf);
            edition.correction().ifPresent(c -> item.add(new Paragraph(getTranslation("packet.publish.corrects", c))));
            list.add(item);
        }
        content.add(list, error, correction, publish);
    }
}
