package org.policycommons.comment.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.policycommons.comment.Channel;
import org.policycommons.comment.CommentQuery;
import org.policycommons.comment.Stance;
import org.policycommons.vote.VoterGroup;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

/**
 * A section's order and filters (stance, group, answered, channel, and the language written in when the district has
 * several), made only when the reader opens them with the section's "Sort and filter" button, and dropped with every
 * choice when they close them: until then the page holds a button, not six lists. Each choice reloads the section's
 * comments at once.
 */
final class CommentFilters extends Composite<Div> {

    private final Runnable changed;
    private final Select<CommentQuery.Order> order;
    private final Select<Stance> stance;
    private final Select<VoterGroup> group;
    private final Select<Boolean> answered;
    private final Select<Channel> channel;
    private Select<Locale> writtenIn;
    private final String n;

    /**
     * @param languages the district's languages, to choose the comments written in one (offered when it has two or
     *                  more)
     * @param groups the groups the reader may filter by (a group too small to be picked out is not offered)
     */
    CommentFilters(String n, List<Locale> languages, List<VoterGroup> groups, Runnable changed) {
        this.n = n;
        this.changed = changed;
        Div content = getContent();
        content.addClassName("comment-filters");
        content.setId(controlsId(n));
        order = select("sort", "comment.sort.label", List.of(CommentQuery.Order.values()), false,
                o -> getTranslation(o.translationKey()));
        order.setValue(CommentQuery.Order.OLDEST);
        stance = select("stance", "comment.filter.stance", List.of(Stance.values()), true,
                s -> getTranslation(s.translationKey()));
        group = select("group", "comment.filter.group", groups, true, g -> getTranslation(g.translationKey()));
        answered = select("answered", "comment.filter.answered", List.of(true, false), true,
                a -> getTranslation(a ? "comment.filter.answered.yes" : "comment.filter.answered.no"));
        channel = select("channel", "comment.filter.channel", Arrays.asList(Channel.values()), true,
                c -> getTranslation(c.translationKey()));
        content.add(order, stance, group, answered, channel);
        if (languages.size() > 1) {
            writtenIn = select("language", "comment.filter.language", languages, true, l -> l.getDisplayLanguage(l));
            // The id the page had before the filters were gathered here, kept for bookmarks and tests.
            writtenIn.setId("comments-language-" + n);
            content.add(writtenIn);
        }
    }

    /** The id of the lists, which the button that opens them names while they are open. */
    static String controlsId(String n) {
        return "comment-filter-controls-" + n;
    }

    /** The reader's choices. */
    CommentQuery query() {
        return new CommentQuery(order.getValue(), Optional.ofNullable(stance.getValue()),
                Optional.ofNullable(group.getValue()), Optional.ofNullable(answered.getValue()),
                Optional.ofNullable(channel.getValue()),
                Optional.ofNullable(writtenIn == null ? null : writtenIn.getValue()));
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
