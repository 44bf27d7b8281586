package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_body_of_declared_length_is_read_and_the_connection_kept() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\npong"
                + "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}");
        HttpConnection.Read first = HttpConnection.read(in, false);
        assertThat(first.response().status()).isEqualTo(200);
        assertThat(first.response().text()).isEqualTo("pong");
        assertThat(first.keepAlive()).isTrue();
        assertThat(HttpConnection.read(in, false).response().text()).isEqualTo("{}");
    }

    @Test
    void a_chunked_body_is_put_back_together() throws IOException {
        HttpConnection.Read read = HttpConnection.read(stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\n{\"a\":\r\n9;ext=1\r\n\"é\u00e9\u00e9\"}\r\n0\r\n\r\n"), false);
        assertThat(read.response().text()).isEqualTo("{\"a\":\"ééé\"}");
        assertThat(read.keepAlive()).isTrue();
    }

    @Test
    void connection_close_ends_the_connection() throws IOException {
        HttpConnection.Read read = HttpConnection.read(stream(
                "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"), false);
        assertThat(read.response().status()).isEqualTo(400);
        assertThat(read.keepAlive()).isFalse();
    }

    @Test
    void no_length_means_the_body_runs_to_the_end_of_the_stream() throws IOException {
        HttpConnection.Read read = HttpConnection.read(stream("HTTP/1.0 200 OK\r\n\r\nall of it"), false);
        assertThat(read.response().text()).isEqualTo("all of it");
        assertThat(read.keepAlive()).isFalse();
    }

    @Test
    void a_no_content_answer_has_no_body() throws IOException {
        InputStream in = stream("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        assertThat(HttpConnection.read(in, false).response().body()).isEmpty();
        assertThat(HttpConnection.read(in, false).response().status()).isEqualTo(200);
    }

    @Test
    void a_closed_stream_before_an_answer_can_be_retried_one_within_it_cannot() {
        assertThatThrownBy(() -> HttpConnection.read(stream(""), false)).isInstanceOf(HttpConnection.NoAnswer.class);
        assertThatThrownBy(() -> HttpConnection.read(stream("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"), false))
                .isInstanceOf(EOFException.class).isNotInstanceOf(HttpConnection.NoAnswer.class);
    }

    @Test
    void anything_but_http_is_refused() {
        assertThatThrownBy(() -> HttpConnection.read(stream("SSH-2.0-OpenSSH\r\n"), false))
                .isInstanceOf(IOException.class).hasMessageContaining("not an HTTP/1.x status line");
    }
}
