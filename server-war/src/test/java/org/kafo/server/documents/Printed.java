package org.kafo.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A printed document as the tests read it: its text (PDFBox), its pages, its fonts; kept under
 * {@code target/documents/} with each page drawn to a PNG by poppler's {@code pdftoppm}, for a
 * person to look at.
 */
record Printed(Document document, String text, int pages, List<String> fonts, boolean a4) {

    static final Path DIRECTORY = Path.of("target", "documents");

    static Printed of(Document document) {
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00a0\\u202f]+", " ");
            List<String> fonts = new java.util.ArrayList<>();
            boolean a4 = true;
            for (var page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                a4 &= Math.abs(box.getWidth() - PDRectangle.A4.getWidth()) < 1
                        && Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) < 1;
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            Printed printed = new Printed(document, text, pdf.getNumberOfPages(), fonts.stream().distinct().toList(), a4);
            printed.keep();
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the PDF under target/documents and its pages as PNGs beside it (pdftoppm, 70 dpi). */
    private void keep() throws IOException {
        Files.createDirectories(DIRECTORY);
        Path pdf = DIRECTORY.resolve(document.name());
        Files.write(pdf, document.bytes());
        String stem = document.name().substring(0, document.name().length() - 4);
        try {
            Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "70", pdf.toString(),
                    DIRECTORY.resolve(stem).toString()).redirectErrorStream(true).start();
            assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm ends").isTrue();
            assertThat(pdftoppm.exitValue()).as("pdftoppm draws %s: %s", pdf,
                    new String(pdftoppm.getInputStream().readAllBytes())).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every font of every page is embedded, and they are the documents' own (DejaVu Sans). */
    boolean fontsEmbedded() {
        return !fonts.isEmpty() && fonts.stream().allMatch(f -> f.contains("DejaVuSans") && !f.contains("not embedded"));
    }
}
