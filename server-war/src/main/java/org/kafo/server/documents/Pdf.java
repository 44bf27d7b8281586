package org.kafo.server.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Prints a document's HTML (a template of {@code src/main/jte/doc}) to a PDF: A4 as its stylesheet
 * says, every glyph in the embedded DejaVu Sans (subset; its licence ships beside it, in
 * {@code documents/fonts/LICENSE}), tagged for screen readers (PDF/UA) with the title and language
 * of the HTML. The HTML is read as a browser reads it (jsoup), so the pages' templates and the
 * documents' share their parts; its inline SVG (the pages' charts) is drawn by Batik, no script
 * run and nothing fetched, its text as outlines in the same font ({@link #DRAWN_FAMILY}).
 */
public final class Pdf {

    /** The family the documents' stylesheet names. */
    public static final String FONT_FAMILY = "Kafo Sans";

    private record Face(byte[] bytes, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(font("DejaVuSans.ttf"), 400, FontStyle.NORMAL),
            new Face(font("DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL),
            new Face(font("DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC));

    /** The family a drawing names for its text to be drawn in the documents' font. */
    public static final String DRAWN_FAMILY = "DejaVu Sans";

    static {
        // the faces known to Java's graphics by their own family name too, for the text of a
        // drawing, which Batik draws as outlines, in whatever font the system has otherwise
        register();
    }

    private Pdf() {
    }

    /** The PDF of an HTML document. */
    public static byte[] of(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FONT_FAMILY, face.weight(), face.style(), true);
        }
        org.jsoup.nodes.Document document = Jsoup.parse(html);
        if (!document.select("svg").isEmpty()) {
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        }
        builder.withW3cDocument(W3CDom.convert(document), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("A document could not be printed", e);
        }
        return out.toByteArray();
    }

    private static void register() {
        GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (Face face : FACES) {
            try {
                // false when the system has it already: the same font
                graphics.registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.bytes())));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("The documents' font cannot draw the charts' text", e);
            }
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = Pdf.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The documents' font " + file + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
