package org.policycommons.shell.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A horizontal bar chart drawn on the server as SVG: no script, prints as it shows, and readable without colour
 * (each bar carries its number). Screen readers get its title as the image's name; the same figures are always in a
 * table beside it, which is what they read.
 */
public final class BarChart {

    /** One bar: its label and its value. */
    public record Bar(String label, long value) {
    }

    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 300;

    private BarChart() {
    }

    public static Div of(String id, String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = ROW * bars.size() + 8;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        Element svg = new Element("svg");
        svg.setAttribute("id", id);
        svg.setAttribute("viewBox", "0 0 " + width + " " + height);
        svg.setAttribute("width", String.valueOf(width));
        svg.setAttribute("height", String.valueOf(height));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-labelledby", id + "-title");
        svg.getClassList().add("bar-chart");
        Element name = new Element("title");
        name.setAttribute("id", id + "-title");
        name.setText(title);
        svg.appendChild(name);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 4;
            int length = (int) Math.round((double) bar.value() / max * BAR_WIDTH);
            svg.appendChild(text(0, y + 18, bar.label(), "bar-label"));
            Element rect = new Element("rect");
            rect.setAttribute("x", String.valueOf(LABEL_WIDTH));
            rect.setAttribute("y", String.valueOf(y + 4));
            rect.setAttribute("width", String.valueOf(Math.max(length, 1)));
            rect.setAttribute("height", "18");
            rect.getClassList().add("bar");
            svg.appendChild(rect);
            svg.appendChild(text(LABEL_WIDTH + Math.max(length, 1) + 6, y + 18,
                    String.format(Locale.ROOT, "%d", bar.value()), "bar-value"));
        }
        Div box = new Div();
        box.addClassName("chart");
        box.getElement().appendChild(svg);
        return box;
    }

    private static Element text(int x, int y, String content, String className) {
        Element text = new Element("text");
        text.setAttribute("x", String.valueOf(x));
        text.setAttribute("y", String.valueOf(y));
        text.getClassList().add(className);
        // The full label is in the table beside the chart.
        text.setText(content.length() > 30 ? content.substring(0, 29) + "…" : content);
        return text;
    }
}
