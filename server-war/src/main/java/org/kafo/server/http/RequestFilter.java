package org.kafo.server.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.server.access.Caller;

/**
 * Notes the caller's language and path, and keeps request bodies under {@code kafo.request.max-bytes}
 * (1 MiB by default): a declared {@code Content-Length} over it is refused at once with 413, and a
 * body that grows past it while it is read (chunked, or longer than declared) stops there. The body
 * read is kept on the {@link Caller} for the history of accepted commands.
 */
@Provider
@PreMatching
public class RequestFilter implements ContainerRequestFilter {

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "kafo.request.max-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        // read here, leniently, rather than with the framework's parser, which fails the request on a malformed header
        caller.accept(request.getMethod(), Caller.languages(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                request.getUriInfo().getRequestUri().getRawPath());
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxBytes) {
                    throw new BodyTooLargeException(maxBytes);
                }
            } catch (NumberFormatException e) {
                // the container answers a malformed Content-Length itself
            }
        }
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        caller.receiving(copy);
        request.setEntityStream(new Limited(request.getEntityStream(), maxBytes, copy));
    }

    /** Counts what is read and fails past the limit; keeps what was read for the history. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private final ByteArrayOutputStream copy;

        Limited(InputStream in, long limit, ByteArrayOutputStream copy) {
            super(in);
            this.limit = limit;
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                keep(buffer, offset, n);
            }
            return n;
        }

        private void keep(byte[] buffer, int offset, int n) {
            if (copy.size() + (long) n > limit) {
                throw new BodyTooLargeException(limit);
            }
            copy.write(buffer, offset, n);
        }
    }
}
