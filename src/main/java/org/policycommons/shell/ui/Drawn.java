package org.policycommons.shell.ui;

import org.policycommons.common.Markup;

import com.vaadin.flow.dom.Element;

/**
 * A part of a page that only reads, drawn from one string of {@link Markup} as one element: no component and no
 * state node for each heading, paragraph or link in it, which is what a session holds for a tree of components
 * (docs/decisions/031). Its links and plain buttons work as in any page; a listener on the element can hear them.
 */
public final class Drawn {

    private Drawn() {
    }

    /** A {@code tag} element whose content is the markup; {@code attributes} are name and value pairs. */
    public static Element of(String tag, Markup content, String... attributes) {
        Element drawn = new Element(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                drawn.setAttribute(attributes[i], attributes[i + 1]);
            }
        }
        drawn.setProperty("innerHTML", content.toString());
        return drawn;
    }

    /**
     * Sets a component's text as markup, escaped: the same text on the page without a text node of its own in the
     * session. For a component whose text is only ever set this way (never with {@code setText}).
     */
    public static <T extends com.vaadin.flow.component.HasElement> T text(T component, String text) {
        component.getElement().setProperty("innerHTML", Markup.escape(text));
        return component;
    }

    /**
     * Hears the plain buttons drawn inside an element: a click on one with {@code data-action} runs {@code action}
     * with its value; a click elsewhere in the element sends nothing to the server. The caller runs only the actions
     * it drew (a click can claim any).
     */
    public static void onAction(Element drawnIn, java.util.function.Consumer<String> action) {
        // Sent as data; the filter is another expression (Vaadin keeps one entry per expression, and one used as
        // both would only filter).
        String chosen = "event.target.dataset.action";
        drawnIn.addEventListener("click", event -> {
            tools.jackson.databind.JsonNode value = event.getEventData().get(chosen);
            if (value != null && value.isString()) {
                action.accept(value.asString());
            }
        }).addEventData(chosen).setFilter("!!" + chosen);
    }
}
