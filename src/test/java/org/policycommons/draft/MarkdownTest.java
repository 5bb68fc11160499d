package org.policycommons.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CycleRuleViolation;

/** Markdown becomes sections, renders without any way to run script, and two versions compare as a redline. */
class MarkdownTest {

    @Test
    void headingsOfTheTopLevelStartSectionsAndDeeperOnesStayInside() {
        List<ParsedSection> sections = MarkdownSections.parse("""
                ## 1. Purpose
                SROs keep schools safe.

                ### Scope
                All campuses.

                ## 2. Discipline
                SROs take **no part** in school discipline.
                """);
        assertThat(sections).containsExactly(
                new ParsedSection("1. Purpose", "SROs keep schools safe.\n\n### Scope\nAll campuses."),
                new ParsedSection("2. Discipline", "SROs take **no part** in school discipline."));
    }

    @Test
    void textBeforeTheFirstHeadingOrNoHeadingAtAllIsRefusedWithTheLine() {
        assertThatThrownBy(() -> MarkdownSections.parse("Intro\n\n# One\nText"))
                .isInstanceOfSatisfying(CycleRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("draft.error.text-before-heading");
                    assertThat(e.arguments()).containsExactly(1);
                });
        assertThatThrownBy(() -> MarkdownSections.parse("Just text"))
                .isInstanceOfSatisfying(CycleRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("draft.error.no-heading"));
        assertThatThrownBy(() -> MarkdownSections.parse("  "))
                .isInstanceOfSatisfying(CycleRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("draft.error.empty"));
    }

    @Test
    void nothingTheAuthorWritesCanRunScript() {
        String html = SafeMarkdown.html("""
                <script>alert(1)</script>

                <img src=x onerror="alert(2)">

                <a href="javascript:alert(4)" onclick="alert(5)">raw</a>

                [click](javascript:alert(3)) and [site](https://example.org) and ![pic](https://example.org/x.png)
                """);
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, iframe, object, style")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).doesNotStartWith("on");
            assertThat(attribute.getValue()).doesNotContainIgnoringCase("javascript:");
        }));
        assertThat(page.select("a[href=https://example.org]").attr("rel")).isEqualTo("nofollow");
        assertThat(page.text()).as("raw HTML is shown as text, not dropped").contains("<script>alert(1)</script>");
    }

    @Test
    void headingsInsideABodyStartAtLevelThree() {
        assertThat(SafeMarkdown.html("# Big\ntext\n## Smaller")).contains("<h3>Big</h3>", "<h4>Smaller</h4>");
    }

    @Test
    void theRedlineShowsAddedRemovedAndChangedSectionsWordByWord() {
        DraftVersion v1 = version(1,
                new Section(1, "a", 1, "Purpose", "SROs keep schools safe.", Set.of()),
                new Section(2, "b", 2, "Arrests", "SROs may arrest students.", Set.of()),
                new Section(3, "c", 3, "Data", "Data is kept.", Set.of()));
        DraftVersion v2 = version(2,
                new Section(4, "a", 1, "Purpose", "SROs keep schools safe.", Set.of()),
                new Section(5, "c", 2, "Data", "Data is published every year.", Set.of()),
                new Section(6, "d", 3, "Complaints", "Anyone may complain.", Set.of()));

        Redline redline = Redline.between(v1, v2);

        assertThat(redline.sections()).extracting(Redline.SectionChange::key, Redline.SectionChange::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", Redline.Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("b", Redline.Change.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("c", Redline.Change.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("d", Redline.Change.ADDED));
        assertThat(redline.sections().get(2).text()).containsExactly(
                new Redline.Segment(Redline.Kind.SAME, "Data is "),
                new Redline.Segment(Redline.Kind.REMOVED, "kept."),
                new Redline.Segment(Redline.Kind.ADDED, "published every year."));
        assertThat(redline.count(Redline.Change.CHANGED)).isEqualTo(1);
    }

    private static DraftVersion version(int number, Section... sections) {
        return new DraftVersion(number, 1, number, Instant.EPOCH, "", List.of(sections));
    }
}
