package org.kafo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    /** Bytes of a workbook-like file: binary, with line breaks and a dash pair that are not the boundary. */
    private static final byte[] FILE = {'P', 'K', 3, 4, 0, (byte) 0xFF, '\r', '\n', '-', '-', '-', '-', 'W', 'e', 'b',
        '\r', '\n', '\r', '\n', 0, 'x'};

    private static byte[] body(String boundary, String fileName, byte[] content, boolean closed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                + "token-é\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + (closed ? "--\r\n" : "\r\n")).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void a_form_with_a_file_reads_as_its_fields_and_the_file_s_exact_bytes() {
        Multipart form = Multipart.parse(TYPE, body(BOUNDARY, "présences.xlsx", FILE, true));

        assertThat(form.parts()).extracting(Multipart.Part::name).containsExactly("csrf", "file");
        assertThat(form.field("csrf")).isEqualTo("token-é");
        Multipart.Part file = form.part("file").orElseThrow();
        assertThat(file.fileName()).isEqualTo("présences.xlsx");
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats");
        assertThat(file.content()).containsExactly(FILE);
        assertThat(form.part("csrf").orElseThrow().fileName()).isNull();
    }

    @Test
    void a_quoted_boundary_and_a_quote_in_a_file_name_as_browsers_write_them() {
        Multipart form = Multipart.parse("Multipart/Form-Data; charset=utf-8; boundary=\"" + BOUNDARY + "\"",
                body(BOUNDARY, "feuille %22mars%22.csv", "a,b\r\n".getBytes(StandardCharsets.UTF_8), true));

        assertThat(form.part("file").orElseThrow().fileName()).isEqualTo("feuille \"mars\".csv");
        assertThat(form.part("file").orElseThrow().text()).isEqualTo("a,b\r\n");
    }

    @Test
    void an_empty_file_is_a_part_with_no_bytes() {
        Multipart form = Multipart.parse(TYPE, body(BOUNDARY, "", new byte[0], true));

        assertThat(form.part("file").orElseThrow().content()).isEmpty();
        assertThat(form.part("file").orElseThrow().fileName()).isEmpty();
    }

    @Test
    void a_body_cut_short_another_boundary_or_another_type_reads_as_no_part() {
        assertThat(Multipart.parse(TYPE, body(BOUNDARY, "a.csv", FILE, false)).parts()).as("not closed").isEmpty();
        byte[] whole = body(BOUNDARY, "a.csv", FILE, true);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThat(Multipart.parse(TYPE, cut).parts()).as("cut").isEmpty();
        assertThat(Multipart.parse("multipart/form-data; boundary=other", whole).parts()).as("other boundary").isEmpty();
        assertThat(Multipart.parse("application/x-www-form-urlencoded", whole).parts()).isEmpty();
        assertThat(Multipart.parse("multipart/form-data", whole).parts()).as("no boundary").isEmpty();
        assertThat(Multipart.parse(null, whole).parts()).isEmpty();
        assertThat(Multipart.parse(TYPE, null).field("csrf")).isNull();
    }

    @Test
    void only_a_multipart_form_is_one() {
        assertThat(Multipart.isMultipart(TYPE)).isTrue();
        assertThat(Multipart.isMultipart(" MULTIPART/FORM-DATA;boundary=x")).isTrue();
        assertThat(Multipart.isMultipart("multipart/mixed; boundary=x")).isFalse();
        assertThat(Multipart.isMultipart(null)).isFalse();
    }

    @Test
    void more_parts_than_a_form_of_these_pages_has_read_as_none() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Multipart.MAX_PARTS; i++) {
            many.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
                    .append("\"\r\n\r\nv\r\n");
        }
        many.append("--").append(BOUNDARY).append("--\r\n");

        assertThat(Multipart.parse(TYPE, many.toString().getBytes(StandardCharsets.UTF_8)).parts()).isEmpty();
    }
}
