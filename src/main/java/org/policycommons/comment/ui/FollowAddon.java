package org.policycommons.comment.ui;

import java.util.Optional;
import java.util.function.Function;

import org.policycommons.comment.Follows;
import org.policycommons.common.RuleViolation;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.draft.SectionAddon;
import org.policycommons.shell.ui.Drawn;
import org.policycommons.shell.ui.FormError;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * "Follow section n" under each section and "Follow this draft" before them: a toggle button (aria-pressed) whose
 * follower is told once a day of new comments there. What the reader follows is read once per version.
 */
@Component
@Order(0)
class FollowAddon implements SectionAddon {

    private final Follows follows;

    FollowAddon(Follows follows) {
        this.follows = follows;
    }

    @Override
    public Function<Section, com.vaadin.flow.component.Component> forVersion(DraftVersion version) {
        Follows.Following following = follows.following(version.draftId());
        return section -> new Toggle("follow-section-" + section.number(),
                "comment.follow.section", "comment.follow.section.on", section.number(),
                following.section(section.key()),
                on -> {
                    if (on) {
                        follows.followSection(section.id());
                    } else {
                        follows.unfollowSection(section.id());
                    }
                });
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> beforeSections(DraftVersion version) {
        return Optional.of(new Toggle("follow-draft", "comment.follow.draft", "comment.follow.draft.on", 0,
                follows.following(version.draftId()).wholeDraft(),
                on -> {
                    if (on) {
                        follows.followDraft(version.draftId());
                    } else {
                        follows.unfollowDraft(version.draftId());
                    }
                }));
    }

    /**
     * A follow button: its label stays, aria-pressed says whether it is on, and a line beside it says so in words;
     * a refusal is said beside it. A plain HTML button, and the line and the refusal made only when there is
     * something to say: a session holds a light button per section (docs/benchmarks.md).
     */
    private static final class Toggle extends Div {

        private final String id;
        private final String onKey;
        private final Element button = new Element("button");
        private Span state;
        private FormError error;
        private boolean on;

        Toggle(String id, String offKey, String onKey, int number, boolean on,
               java.util.function.Consumer<Boolean> change) {
            this.id = id;
            this.onKey = onKey;
            this.on = on;
            addClassName("follow");
            button.setAttribute("type", "button");
            button.setAttribute("id", id);
            button.setAttribute("class", "follow-toggle");
            button.setProperty("innerHTML", org.policycommons.common.Markup.escape(getTranslation(offKey, number)));
            button.addEventListener("click", e -> {
                if (error != null) {
                    error.clear();
                }
                try {
                    change.accept(!this.on);
                    this.on = !this.on;
                    show();
                } catch (RuleViolation refused) {
                    if (error == null) {
                        error = new FormError(id + "-error");
                        add(error);
                    }
                    error.show(refused);
                }
            });
            getElement().appendChild(button);
            show();
        }

        private void show() {
            button.setAttribute("aria-pressed", String.valueOf(on));
            if (on && state == null) {
                state = Drawn.text(new Span(), getTranslation(onKey));
                state.setId(id + "-state");
                state.addClassName("detail");
                addComponentAtIndex(1, state);
            }
            if (state != null) {
                state.setVisible(on);
            }
        }
    }
}
