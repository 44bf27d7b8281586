package org.kafo.server.http;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every request body of the API ({@code org.kafo.server.api}'s records) goes through
 * {@link StrictJson} before JSON-B binds it with the wire's settings ({@link JsonConfig}): JSON-B
 * alone takes {@code [{...}]} for the object, ignores what follows it, keeps the last of two equal
 * keys and converts between strings, numbers and booleans. An interceptor rather than a reader of
 * its own, so that the check holds whichever reader the framework picks; JSON-B then reads the
 * value as checked.
 */
@Provider
public class StrictJsonInterceptor implements ReaderInterceptor {

    private static final String API = "org.kafo.server.api";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (!type.isRecord() || !type.getPackageName().equals(API)) {
            return context.proceed();
        }
        MediaType mediaType = context.getMediaType();
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.strip().equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new BadInputException("json.charset", "json.charset", charset);
        }
        JsonValue body = StrictJson.parse(context.getInputStream().readAllBytes());
        if (body != null) {
            StrictJson.check(body, type);
        }
        context.setInputStream(new ByteArrayInputStream(body == null ? new byte[0]
                : body.toString().getBytes(StandardCharsets.UTF_8)));
        return context.proceed();
    }
}
