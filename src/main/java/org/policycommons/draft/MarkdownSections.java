package org.policycommons.draft;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.policycommons.cycle.CycleRuleViolation;

/**
 * Splits a draft written in Markdown into sections: each heading of the document's top heading level starts one, and
 * everything up to the next such heading is its body (deeper headings stay inside). Text before the first heading
 * belongs to no section and is refused, with the line to fix, rather than dropped.
 */
public final class MarkdownSections {

    public static final int SOURCE_MAX = 200_000;
    public static final int HEADING_MAX = 300;
    public static final int SECTIONS_MAX = 200;

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownSections() {
    }

    public static List<ParsedSection> parse(String markdown) {
        String source = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        if (source.isBlank()) {
            throw new CycleRuleViolation("draft.error.empty");
        }
        if (source.length() > SOURCE_MAX) {
            throw new CycleRuleViolation("draft.error.too-long", SOURCE_MAX);
        }
        Node document = PARSER.parse(source);
        int level = topLevel(document);
        if (level == 0) {
            throw new CycleRuleViolation("draft.error.no-heading");
        }
        String[] lines = source.split("\n", -1);
        List<ParsedSection> sections = new ArrayList<>();
        String heading = null;
        int bodyFrom = -1;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int line = firstLine(node);
            if (node instanceof Heading h && h.getLevel() == level) {
                if (heading != null) {
                    sections.add(new ParsedSection(heading, body(lines, bodyFrom, line)));
                }
                heading = TEXT.render(h).strip();
                if (heading.isEmpty()) {
                    throw new CycleRuleViolation("draft.error.empty-heading", line + 1);
                }
                if (heading.length() > HEADING_MAX) {
                    throw new CycleRuleViolation("draft.error.heading-too-long", line + 1, HEADING_MAX);
                }
                bodyFrom = lastLine(h) + 1;
            } else if (heading == null) {
                throw new CycleRuleViolation("draft.error.text-before-heading", line + 1);
            }
        }
        sections.add(new ParsedSection(heading, body(lines, bodyFrom, lines.length)));
        if (sections.size() > SECTIONS_MAX) {
            throw new CycleRuleViolation("draft.error.too-many-sections", SECTIONS_MAX);
        }
        return sections;
    }

    /** The smallest heading level used at the top of the document, or 0 if there is no heading. */
    private static int topLevel(Node document) {
        int level = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && (level == 0 || h.getLevel() < level)) {
                level = h.getLevel();
            }
        }
        return level;
    }

    private static String body(String[] lines, int from, int to) {
        StringBuilder body = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
            body.append(lines[i]).append('\n');
        }
        return body.toString().strip();
    }

    private static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex();
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getLast().getLineIndex();
    }
}
