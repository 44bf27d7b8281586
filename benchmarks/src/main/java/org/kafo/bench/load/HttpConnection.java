package org.kafo.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection, one request at a time, with just enough of HTTP for the
 * server's answers (a length or chunks). Lighter than {@link java.net.http.HttpClient}: on two cores
 * shared with the server, every cycle the load generator spends is taken from the server.
 */
public final class HttpConnection implements Closeable {

    /** An answer: its status and body. */
    public record Response(int status, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What {@link #read} found: the answer and whether the server keeps the connection open. */
    record Read(Response response, boolean keepAlive) {
    }

    /** The connection closed before the first byte of an answer: the request can be sent again. */
    static final class NoAnswer extends EOFException {

        NoAnswer() {
            super("the connection closed before an answer");
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int opened;

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Sends one request and reads the whole answer.
     *
     * @param headers more header lines, each ending with CRLF ({@code ""} for none)
     * @param body    a JSON body, or null
     * @throws IOException if the server does not answer
     */
    public Response send(String method, String target, String headers, byte[] body) throws IOException {
        boolean reused = socket != null;
        if (!reused) {
            open();
        }
        try {
            return exchange(method, target, headers, body);
        } catch (NoAnswer stale) {
            // A kept-alive connection the server closed in the meantime: the request never reached it.
            close();
            if (!reused) {
                throw stale;
            }
            open();
            return exchange(method, target, headers, body);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** How many times a connection was opened, the first included. */
    public int opened() {
        return opened;
    }

    private Response exchange(String method, String target, String headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(160).append(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n").append(headers);
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        Read read = read(in, method.equals("HEAD"));
        if (!read.keepAlive()) {
            close();
        }
        return read.response();
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        opened++;
    }

    /**
     * Reads one answer from {@code in}.
     *
     * @throws NoAnswer    if the stream ends before the status line
     * @throws IOException  if it ends within the answer or the answer is not HTTP/1.x
     */
    static Read read(InputStream in, boolean headRequest) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new NoAnswer();
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        boolean keepAlive = parts[0].equals("HTTP/1.1");
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> keepAlive = value.contains("keep-alive") || (keepAlive && !value.contains("close"));
                default -> {
                    // not needed
                }
            }
        }
        byte[] body;
        if (headRequest || status / 100 == 1 || status == 204 || status == 304) {
            body = new byte[0];
        } else if (chunked) {
            body = chunks(in);
        } else if (length >= 0) {
            body = exactly(in, (int) length);
        } else {
            body = in.readAllBytes();
            keepAlive = false;
        }
        return new Read(new Response(status, body), keepAlive);
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                throw new EOFException("the connection closed within a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers are not needed
                }
                return body.toByteArray();
            }
            body.write(exactly(in, size));
            line(in);
        }
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the connection closed after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    /** A line without its CRLF (or LF), or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
