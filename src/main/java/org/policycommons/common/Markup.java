package org.policycommons.common;

/**
 * HTML written as one string, for what a page only shows: every text and attribute value is escaped here, so a
 * comment's words can never become markup. A signed-in page draws such a string as one node instead of a tree of
 * components, which is most of what a session would otherwise hold for it (docs/decisions/031).
 */
public final class Markup {

    private final StringBuilder html = new StringBuilder(256);

    /**
     * Opens an element: {@code attributes} are name and value pairs; a null value leaves the attribute out.
     */
    public Markup open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], html);
                html.append('"');
            }
        }
        html.append('>');
        return this;
    }

    public Markup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only a text. */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public Markup text(String text) {
        escape(text, html);
        return this;
    }

    /** Markup made safe elsewhere (e.g. rendered Markdown, or another {@code Markup}). */
    public Markup trusted(String safeHtml) {
        html.append(safeHtml);
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** The text with {@code & < > " '} written as entities: safe in element content and in quoted attributes. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escape(text, escaped);
        return escaped.toString();
    }

    private static void escape(String text, StringBuilder to) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> to.append("&amp;");
                case '<' -> to.append("&lt;");
                case '>' -> to.append("&gt;");
                case '"' -> to.append("&quot;");
                case '\'' -> to.append("&#39;");
                default -> to.append(c);
            }
        }
    }
}
