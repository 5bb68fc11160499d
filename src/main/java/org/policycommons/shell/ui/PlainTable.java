package org.policycommons.shell.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML table with a caption and column headers, as screen readers expect one, inside a box that scrolls
 * sideways on a phone rather than squeezing the columns.
 */
public final class PlainTable {

    private final Element table = new Element("table");
    private final Element body = new Element("tbody");
    private final String caption;

    /** @param headers the column headers, already in the reader's language */
    public PlainTable(String id, String caption, List<String> headers) {
        this.caption = caption;
        table.setAttribute("id", id);
        table.getClassList().add("plain-table");
        Element captionElement = new Element("caption");
        captionElement.setText(caption);
        Element head = new Element("tr");
        for (String header : headers) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(header);
            head.appendChild(th);
        }
        table.appendChild(captionElement, new Element("thead").appendChild(head), body);
    }

    public PlainTable row(String... cells) {
        body.appendChild(withCells(new Element("tr"), List.of(cells)));
        return this;
    }

    /** A row whose first cell is its header ({@code th scope="row"}), read out with each of its other cells. */
    public PlainTable headedRow(String header, List<String> cells) {
        Element th = new Element("th");
        th.setAttribute("scope", "row");
        th.setText(header);
        body.appendChild(withCells(new Element("tr").appendChild(th), cells));
        return this;
    }

    private static Element withCells(Element row, List<String> cells) {
        for (String cell : cells) {
            Element td = new Element("td");
            td.setText(cell);
            row.appendChild(td);
        }
        return row;
    }

    /** A wide table scrolls inside its box, which takes focus so that keyboard users can scroll it too. */
    public Div component() {
        Div wrapper = new Div();
        wrapper.addClassName("table-scroll");
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", caption);
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
