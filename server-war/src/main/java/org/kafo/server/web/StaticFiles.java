package org.kafo.server.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.kafo.server.access.Public;

/**
 * The pages' stylesheet and htmx, from the WAR ({@code org/kafo/server/web/static}). Their
 * addresses carry a digest of their content, so that a browser keeps them for a year and still
 * gets a changed one at once.
 */
@Path("static")
@Public
public class StaticFiles {

    /** htmx (npm package htmx.org), minified, as published. */
    static final String HTMX = "htmx-2.0.11.min.js";

    private record File(byte[] content, String type, String version) {
    }

    private static final Map<String, File> FILES = Map.of(
            "kafo.css", load("kafo.css", "text/css;charset=UTF-8"),
            HTMX, load(HTMX, "text/javascript;charset=UTF-8"));

    /** A file's address, with its version. */
    static String address(String name) {
        return "/static/" + name + "?v=" + FILES.get(name).version();
    }

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) {
        File file = FILES.get(name);
        if (file == null) {
            throw new NotFoundException();
        }
        return Response.ok(file.content(), file.type())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable").build();
    }

    private static File load(String name, String type) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
            byte[] content = in.readAllBytes();
            String version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
            return new File(content, type, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
