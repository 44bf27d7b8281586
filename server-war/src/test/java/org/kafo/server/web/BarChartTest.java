package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.jte.output.StringOutput;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class BarChartTest {

    private static final Texts FRENCH = new Texts(Locale.FRENCH);

    private static BarChart counts(List<String> series, BarChart.Row... rows) {
        return new BarChart("meetings", "Réunions tenues et dues", series, List.of(rows), BigInteger::toString,
                "Pas encore de données");
    }

    @Test
    void each_bar_is_as_long_as_its_value_against_the_largest_and_shows_its_number() {
        // given meetings held against due over two cycles
        BarChart chart = counts(List.of("dues", "tenues"), BarChart.Row.of("Cycle 1", 4, 2), BarChart.Row.of("Cycle 2", 8, 8));

        // when it is drawn
        String svg = chart.svg();

        // then the largest value takes the whole room, the others their share, each followed by its number
        int room = BarChart.WIDTH - BarChart.NUMBER_ROOM;
        assertThat(widths(svg)).containsExactly(14, 14, room / 2, room / 4, room, room);
        assertThat(texts(svg)).containsExactly("dues", "tenues", "Cycle 1", "4", "2", "Cycle 2", "8", "8");
        assertThat(svg).startsWith("<svg class=\"chart\" role=\"img\" aria-labelledby=\"meetings-title\"")
                .contains("<title id=\"meetings-title\">Réunions tenues et dues</title>");
        assertThat(parses(svg).getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void the_second_series_is_hatched_not_only_coloured_and_named_in_the_legend() {
        String svg = counts(List.of("promis", "versé"), BarChart.Row.of("Mairie", 10, 5)).svg();

        assertThat(svg).contains("<pattern id=\"meetings-p1\"").contains("fill=\"url(#meetings-p1)\"")
                .contains(">promis</text>").contains(">versé</text>");
        assertThat(svg.indexOf("fill=\"url(#meetings-p1)\"")).as("the legend's swatch and the bar").isNotEqualTo(
                svg.lastIndexOf("fill=\"url(#meetings-p1)\""));
    }

    @Test
    void every_text_is_escaped_and_the_drawing_stays_well_formed() {
        // given labels that look like markup
        BarChart chart = new BarChart("x\"><script>", "<b>Titre</b> & \"co\"", List.of("l'<i>un</i>"),
                List.of(BarChart.Row.of("</svg><script>alert(1)</script>", 3)), v -> "<" + v + ">", "vide");

        // when it is drawn
        String svg = chart.svg();

        // then no tag comes from a text, and an XML parser reads the same words back
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<i>")
                .contains("&lt;b&gt;Titre&lt;/b&gt; &amp; &quot;co&quot;").contains("l&#39;&lt;i&gt;un&lt;/i&gt;")
                .contains("&lt;3&gt;");
        Document parsed = parses(svg);
        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("<b>Titre</b> & \"co\"");
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void nothing_to_draw_says_so_instead_of_drawing_empty_bars() {
        BarChart none = counts(List.of("dues"));
        BarChart zeros = counts(List.of("dues"), BarChart.Row.of("Cycle 1", 0));

        for (BarChart chart : List.of(none, zeros)) {
            assertThat(chart.isEmpty()).isTrue();
            assertThat(chart.svg()).contains("role=\"img\"").contains(">Pas encore de données</text>")
                    .doesNotContain("<rect");
            parses(chart.svg());
        }
    }

    @Test
    void huge_amounts_scale_exactly_and_a_small_one_still_shows() {
        // given amounts beyond a 64-bit integer, and one tiny beside them
        BigInteger huge = BigInteger.TEN.pow(30);
        BarChart chart = new BarChart("money", "Promis et versé", List.of("promis", "versé"),
                List.of(new BarChart.Row("Partenaires", List.of(huge, huge.divide(BigInteger.TWO))),
                        new BarChart.Row("Mairie", List.of(BigInteger.ONE, BigInteger.ZERO))),
                v -> FRENCH.money(v), "vide");

        // when it is drawn
        String svg = chart.svg();

        // then the bars keep their proportions, the tiny one is still seen, a zero is not drawn
        int room = BarChart.WIDTH - BarChart.NUMBER_ROOM;
        assertThat(widths(svg)).containsExactly(14, 14, room, room / 2, 2, 0);
        assertThat(svg).contains(">1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000"
                + "\u00a0000\u00a0FCFA</text>");
    }

    @Test
    void a_template_writes_it_as_it_is() {
        BarChart chart = counts(List.of("dues"), BarChart.Row.of("Cycle 1", 1));
        StringOutput output = new StringOutput();

        chart.writeTo(output);

        assertThat(output.toString()).isEqualTo(chart.svg());
    }

    @Test
    void a_row_has_a_value_for_each_series_and_none_negative() {
        assertThatThrownBy(() -> counts(List.of("dues", "tenues"), BarChart.Row.of("Cycle 1", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.Row.of("Cycle 1", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counts(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> widths(String svg) {
        return all(Pattern.compile("<rect x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\""), svg).stream().map(Integer::valueOf).toList();
    }

    private static List<String> texts(String svg) {
        return all(Pattern.compile("<text [^>]*>([^<]*)</text>"), svg);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Document parses(String svg) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + svg, e);
        }
    }
}
