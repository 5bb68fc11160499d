package org.policycommons.comment.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.policycommons.comment.Channel;
import org.policycommons.comment.CommentQuery;
import org.policycommons.comment.Stance;
import org.policycommons.vote.VoterGroup;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

/**
 * A section's order and filters (stance, group, answered, channel, and the language written in when the district has
 * several), built only when the reader opens them ("Sort and filter"): until then the page holds a button, not six
 * lists. Each choice reloads the section's comments at once.
 */
final class CommentFilters extends Composite<Div> {

    private final String n;
    private final Runnable changed;
    private final Supplier<List<VoterGroup>> groups;
    private final Button open = new Button();
    private final Div controls = new Div();
    private Select<CommentQuery.Order> order;
    private Select<Stance> stance;
    private Select<VoterGroup> group;
    private Select<Boolean> answered;
    private Select<Channel> channel;
    private Select<Locale> writtenIn;
    private final List<Locale> languages;

    /**
     * @param languages the district's languages, to choose the comments written in one (offered when it has two or
     *                  more)
     * @param groups the groups the reader may filter by, asked when the filters open (a group too small to be picked
     *               out is not offered)
     */
    CommentFilters(String n, List<Locale> languages, Supplier<List<VoterGroup>> groups, Runnable changed) {
        this.n = n;
        this.languages = languages;
        this.groups = groups;
        this.changed = changed;
        Div content = getContent();
        content.addClassName("comment-filters");
        open.setId("comment-filters-" + n);
        open.setText(getTranslation("comment.filter.open"));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.getElement().setAttribute("aria-expanded", "false");
        controls.setId("comment-filter-controls-" + n);
        open.getElement().setAttribute("aria-controls", "comment-filter-controls-" + n);
        open.addClickListener(e -> toggle());
        content.add(open, controls);
    }

    /** The reader's choices; all comments, oldest first, until the filters are opened. */
    CommentQuery query() {
        if (order == null) {
            return CommentQuery.ALL;
        }
        return new CommentQuery(order.getValue(), Optional.ofNullable(stance.getValue()),
                Optional.ofNullable(group.getValue()), Optional.ofNullable(answered.getValue()),
                Optional.ofNullable(channel.getValue()),
                Optional.ofNullable(writtenIn == null ? null : writtenIn.getValue()));
    }

    private void toggle() {
        boolean opening = order == null;
        if (opening) {
            order = select("sort", "comment.sort.label", List.of(CommentQuery.Order.values()), false,
                    o -> getTranslation(o.translationKey()));
            order.setValue(CommentQuery.Order.OLDEST);
            stance = select("stance", "comment.filter.stance", List.of(Stance.values()), true,
                    s -> getTranslation(s.translationKey()));
            group = select("group", "comment.filter.group", groups.get(), true,
                    g -> getTranslation(g.translationKey()));
            answered = select("answered", "comment.filter.answered", List.of(true, false), true,
                    a -> getTranslation(a ? "comment.filter.answered.yes" : "comment.filter.answered.no"));
            channel = select("channel", "comment.filter.channel", Arrays.asList(Channel.values()), true,
                    c -> getTranslation(c.translationKey()));
            controls.add(order, stance, group, answered, channel);
            if (languages.size() > 1) {
                writtenIn = select("language", "comment.filter.language", languages, true, l -> l.getDisplayLanguage(l));
                // The id the page had before the filters were gathered here, kept for bookmarks and tests.
                writtenIn.setId("comments-language-" + n);
                controls.add(writtenIn);
            }
        } else {
            // Closed again: every choice undone, and nothing kept but the button.
            controls.removeAll();
            order = null;
            writtenIn = null;
            changed.run();
        }
        open.getElement().setAttribute("aria-expanded", String.valueOf(opening));
        open.setText(getTranslation(opening ? "comment.filter.close" : "comment.filter.open"));
    }

    private <T> Select<T> select(String name, String label, List<T> items, boolean any,
                                 Function<T, String> words) {
        Select<T> select = new Select<>();
        select.setId("filter-" + name + "-" + n);
        select.setLabel(getTranslation(label));
        select.setItems(items);
        if (any) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("comment.filter.any"));
        }
        select.setItemLabelGenerator(item -> item == null ? getTranslation("comment.filter.any") : words.apply(item));
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        return select;
    }
}
