package org.policycommons.board.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.policycommons.board.ConsolidatedInput;
import org.policycommons.board.ConsolidatedInputService;
import org.policycommons.comment.Stance;
import org.policycommons.vote.VoterGroup;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * From a count in the comments table to the comments themselves: a section, and optionally a group and a view, then
 * the comments, de-identified as in the exports, fifty at a time.
 */
final class DrillDown extends Composite<Div> {

    private static final int PAGE = 50;

    private final ConsolidatedInputService board;
    private final long cycleId;
    private final ZoneId zone;
    private final Select<ConsolidatedInput.SectionComments> section = new Select<>();
    private final Select<VoterGroup> group = new Select<>();
    private final Select<Stance> stance = new Select<>();
    private final Div list = new Div();
    private int pages = 1;

    private final boolean someHidden;

    DrillDown(ConsolidatedInputService board, long cycleId, List<ConsolidatedInput.SectionComments> sections,
              boolean someHidden, ZoneId zone) {
        this.someHidden = someHidden;
        this.board = board;
        this.cycleId = cycleId;
        this.zone = zone;
        Div content = getContent();
        content.setId("board-drill");
        section.setId("drill-section");
        section.setLabel(getTranslation("board.column.section"));
        section.setItems(sections);
        section.setItemLabelGenerator(s -> s.named(getTranslation("board.whole-draft")));
        group.setId("drill-group");
        group.setLabel(getTranslation("board.filter.group"));
        group.setItems(VoterGroup.values());
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("board.filter.all-groups"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("board.filter.all-groups") : getTranslation(g.translationKey()));
        stance.setId("drill-stance");
        stance.setLabel(getTranslation("comment.form.stance"));
        stance.setItems(Stance.values());
        stance.setEmptySelectionAllowed(true);
        stance.setEmptySelectionCaption(getTranslation("board.drill.all-views"));
        stance.setItemLabelGenerator(s -> s == null ? getTranslation("board.drill.all-views") : getTranslation(s.translationKey()));
        Button show = new Button(getTranslation("board.drill.show"), e -> {
            pages = 1;
            load();
        });
        show.setId("drill-show");
        list.setId("drill-list");
        list.getElement().setAttribute("aria-live", "polite");
        Div pickers = new Div(section, group, stance);
        pickers.addClassName("phase-dates");
        content.add(new H3(getTranslation("board.drill.title")), pickers, show, list);
    }

    private void load() {
        list.removeAll();
        if (section.getValue() == null) {
            list.add(new Paragraph(getTranslation("board.drill.pick-section")));
            return;
        }
        Page<ConsolidatedInput.DrillComment> page = board.drill(cycleId, section.getValue().sectionId(),
                Optional.ofNullable(group.getValue()), Optional.ofNullable(stance.getValue()), PageRequest.of(0, PAGE * pages));
        list.add(new Paragraph(getTranslation("board.drill.count", page.getTotalElements())));
        if (someHidden) {
            Paragraph note = new Paragraph(getTranslation("board.drill.hidden-groups"));
            note.addClassName("suppressed");
            list.add(note);
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (ConsolidatedInput.DrillComment comment : page) {
            Div item = new Div();
            item.addClassName("comment");
            Paragraph who = new Paragraph(comment.shownAs() + " · " + getTranslation(comment.group().translationKey())
                    + " · " + getTranslation(comment.stance().translationKey()) + " · "
                    + when.format(comment.createdAt().atZone(zone)));
            who.addClassName("comment-header");
            Paragraph text = new Paragraph(comment.text());
            text.addClassName("comment-body");
            item.add(who, text);
            list.add(item);
        }
        if (page.hasNext()) {
            Button more = new Button(getTranslation("comment.more"), e -> {
                pages++;
                load();
            });
            more.setId("drill-more");
            list.add(more);
        }
    }
}
