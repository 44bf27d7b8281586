package org.kafo.server.problem;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads every request body of the API ({@code org.kafo.server.api}'s records) through
 * {@link StrictJson}, then binds it with the wire's JSON-B settings ({@link JsonConfig}), which
 * stay those of every answer. Declared for {@code application/json} so that it comes before the
 * framework's own JSON-B reader, and for any type so that a body without a media type is read
 * the same way (the resources' {@code @Consumes} has already refused other declared types).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final String API = "org.kafo.server.api";

    @Context
    Providers providers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(API);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.strip().equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new BadInputException("json.charset", "json.charset", charset);
        }
        JsonValue body = StrictJson.parse(entityStream.readAllBytes());
        if (body == null) {
            return null;
        }
        StrictJson.check(body, type);
        return jsonb(type, mediaType).fromJson(body.toString(), genericType);
    }

    private Jsonb jsonb(Class<?> type, MediaType mediaType) {
        ContextResolver<Jsonb> resolver = providers == null ? null
                : providers.getContextResolver(Jsonb.class, mediaType == null ? MediaType.APPLICATION_JSON_TYPE : mediaType);
        Jsonb configured = resolver == null ? null : resolver.getContext(type);
        return configured != null ? configured : JsonConfig.JSONB;
    }
}
