package org.kafo.server.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A bar chart drawn on the server as SVG, without a script: one group of bars for each row (a
 * cycle, a status, a category), one bar for each series (held and due, pledged and delivered),
 * each bar as long as its value against the largest of the chart and followed by its number.
 * The first series is solid, the second hatched and the third dotted, each named in the legend,
 * so that the colour is never the only thing that tells them apart. The drawing is an image with
 * its title as its accessible name; its numbers are in the table the page puts beside it
 * ({@link #rows()}). In a template, {@code ${chart}} writes the SVG as it is: every text in it is
 * escaped here.
 *
 * @param id     unique on its page: the SVG's title and patterns are named after it
 * @param title  the chart's accessible name and the caption of its table
 * @param series the name of each bar in a group (one at least, three at most)
 * @param rows   the groups of bars, top to bottom
 * @param format how a value is written: a count, an amount of francs
 * @param empty  what the drawing says when there is nothing to draw
 */
public record BarChart(String id, String title, List<String> series, List<Row> rows,
        Function<BigInteger, String> format, String empty) implements Content {

    /** One group of bars: its label and a value for each series, in their order. */
    public record Row(String label, List<BigInteger> values) {

        public Row {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> v.signum() < 0)) {
                throw new IllegalArgumentException("a bar is never negative: " + values);
            }
        }

        /** A row of counts. */
        public static Row of(String label, long... counts) {
            return new Row(label, java.util.Arrays.stream(counts).mapToObj(BigInteger::valueOf).toList());
        }
    }

    static final int WIDTH = 320;
    /** The room left right of the longest bar for its number. */
    static final int NUMBER_ROOM = 120;
    private static final int LEGEND = 26;
    private static final int LABEL = 18;
    private static final int BAR = 14;
    private static final int GAP = 10;
    private static final String[] FILLS = {"#0b5d3b", "#7a3e00", "#1f4e8c"};
    /**
     * The drawing's own type, for where no stylesheet reaches it (a printed paper): the documents'
     * font ({@code Pdf.DRAWN_FAMILY}), else any sans-serif. A page's stylesheet sets its own over these.
     */
    private static final String TYPE = " font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\"";

    public BarChart {
        Objects.requireNonNull(id, "id");
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        if (series.isEmpty() || series.size() > FILLS.length) {
            throw new IllegalArgumentException("a chart has one to three series, not " + series.size());
        }
        for (Row row : rows) {
            if (row.values().size() != series.size()) {
                throw new IllegalArgumentException("row " + row.label() + " has " + row.values().size()
                        + " values for " + series.size() + " series");
            }
        }
    }

    /** Whether there is nothing to draw: no row, or only zeros. */
    public boolean isEmpty() {
        return max().signum() == 0;
    }

    /** A value as the chart writes it beside its bar and in its table. */
    public String shown(BigInteger value) {
        return format.apply(value);
    }

    private BigInteger max() {
        return rows.stream().flatMap(r -> r.values().stream()).max(BigInteger::compareTo).orElse(BigInteger.ZERO);
    }

    /** The length of a bar in the drawing's units: 0 for 0, at least 2 for anything more, the whole room for the largest. */
    static int length(BigInteger value, BigInteger max) {
        if (value.signum() == 0 || max.signum() == 0) {
            return 0;
        }
        int room = WIDTH - NUMBER_ROOM;
        int length = value.multiply(BigInteger.valueOf(room)).divide(max).intValue();
        return Math.max(2, length);
    }

    /** The drawing: an {@code <svg role="img">} named by its title. */
    public String svg() {
        String name = escape(id);
        if (isEmpty()) {
            return "<svg class=\"chart\" role=\"img\" aria-labelledby=\"" + name + "-title\" viewBox=\"0 0 " + WIDTH
                    + " 40\" xmlns=\"http://www.w3.org/2000/svg\"" + TYPE + "><title id=\"" + name + "-title\">"
                    + escape(title)
                    + "</title><text x=\"0\" y=\"24\" class=\"empty\">" + escape(empty) + "</text></svg>";
        }
        BigInteger max = max();
        int height = LEGEND + rows.size() * (LABEL + series.size() * BAR + GAP);
        StringBuilder svg = new StringBuilder(512 + rows.size() * 256);
        svg.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"").append(name).append("-title\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(TYPE).append('>')
                .append("<title id=\"").append(name).append("-title\">").append(escape(title)).append("</title>")
                .append("<defs>")
                .append("<pattern id=\"").append(name).append("-p1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
                        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
                        + "<rect width=\"3\" height=\"6\" fill=\"").append(FILLS[1]).append("\"/></pattern>")
                .append("<pattern id=\"").append(name).append("-p2\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
                        + "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.6\" fill=\"")
                .append(FILLS[2]).append("\"/></pattern></defs>");
        int x = 0;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"14\" height=\"14\"").append(fill(s, name))
                    .append("/><text x=\"").append(x + 19).append("\" y=\"16\">").append(escape(series.get(s)))
                    .append("</text>");
            x += 24 + 8 * series.get(s).length();
        }
        int y = LEGEND;
        for (Row row : rows) {
            svg.append("<text x=\"0\" y=\"").append(y + 13).append("\" class=\"label\" font-weight=\"bold\">")
                    .append(escape(row.label()))
                    .append("</text>");
            y += LABEL;
            for (int s = 0; s < series.size(); s++) {
                BigInteger value = row.values().get(s);
                int length = length(value, max);
                svg.append("<rect x=\"0\" y=\"").append(y + 1).append("\" width=\"").append(length)
                        .append("\" height=\"").append(BAR - 2).append('"').append(fill(s, name)).append("/>")
                        .append("<text x=\"").append(length + 4).append("\" y=\"").append(y + BAR - 3)
                        .append("\" class=\"value\">").append(escape(shown(value))).append("</text>");
                y += BAR;
            }
            y += GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** The first series solid, the others patterned, each with an outline in its colour. */
    private static String fill(int series, String name) {
        String paint = series == 0 ? FILLS[0] : "url(#" + name + "-p" + series + ")";
        return " fill=\"" + paint + "\" stroke=\"" + FILLS[series] + "\"";
    }

    /** Text and attribute values of the drawing, escaped for XML and HTML alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(svg());
    }
}
