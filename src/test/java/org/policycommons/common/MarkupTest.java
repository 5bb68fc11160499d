package org.policycommons.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person typed never becomes markup on a page drawn from one string. */
class MarkupTest {

    @Test
    void typedTextAndAttributeValuesAreEscaped() {
        String typed = "<script>alert('x')</script> & \"quoted\"";
        String html = new Markup().element("p", typed, "class", "comment-body", "aria-label", typed).toString();

        assertThat(html).isEqualTo("<p class=\"comment-body\" aria-label=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
                + " &amp; &quot;quoted&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</p>");
    }

    @Test
    void anAttributeWithoutAValueIsLeftOutAndTrustedMarkupIsKept() {
        String html = new Markup().open("div", "lang", null, "id", "section-1")
                .trusted("<em>rendered</em>").text(null).close("div").toString();

        assertThat(html).isEqualTo("<div id=\"section-1\"><em>rendered</em></div>");
    }

    @Test
    void escapeCoversEveryCharacterThatEndsTextOrAnAttribute() {
        assertThat(Markup.escape("a<b>c&d\"e'f")).isEqualTo("a&lt;b&gt;c&amp;d&quot;e&#39;f");
        assertThat(Markup.escape("Tiếng Việt · ñ")).isEqualTo("Tiếng Việt · ñ");
    }
}
