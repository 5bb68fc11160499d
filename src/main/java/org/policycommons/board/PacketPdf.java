package org.policycommons.board;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders the packet's XHTML (PacketHtml) as a tagged PDF/UA-1 with openhtmltopdf on PDFBox: a structure tree from
 * the markup, the document's language and title, bookmarks, every font embedded, and the page footer marked as an
 * artifact. The tests validate every packet they make with veraPDF against PDF/UA-1.
 */
final class PacketPdf {

    private PacketPdf() {
    }

    static void write(String xhtml, PacketFonts fonts, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Policy Commons");
        fonts.addTo(builder);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The board packet could not be written", e);
        }
    }
}
