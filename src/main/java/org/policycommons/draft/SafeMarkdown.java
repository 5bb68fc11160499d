package org.policycommons.draft;

import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders a section's Markdown for readers. Nothing an author writes may run in a reader's browser: raw HTML is
 * escaped by the renderer, {@code javascript:} and other unsafe links are dropped by it, and the result then passes
 * an allow-list of harmless tags and attributes. Links open as plain links, marked {@code nofollow}.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final Pattern SOFT_BREAK = Pattern.compile("(?<!\\n)\\n(?!\\n)");
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h3", "h4", "h5", "h6", "hr");

    private SafeMarkdown() {
    }

    /**
     * Safe HTML for the body of a section, meant to be wrapped in one element. The page's heading is h1 and each
     * section's is h2, so headings inside a body start at h3, keeping the outline a screen reader walks.
     */
    public static String html(String markdown) {
        return html(markdown, 3);
    }

    /** The same, with the text's own headings starting at {@code firstLevel} (3 to 6). */
    public static String html(String markdown, int firstLevel) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        int[] shallowest = {7};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                shallowest[0] = Math.min(shallowest[0], heading.getLevel());
            }
        });
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() - shallowest[0] + firstLevel));
            }
        });
        String rendered = HTML.render(document);
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(rendered, "", ALLOWED, output);
    }

    /**
     * The words of a section, without Markdown marks: for quoting, sentences and redlines. Lines wrapped inside a
     * paragraph are joined; paragraphs stay apart.
     */
    public static String text(String markdown) {
        String text = TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
        return SOFT_BREAK.matcher(text).replaceAll(" ");
    }

}
