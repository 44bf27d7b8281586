package org.kafo.bench.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The WAR Kafo's start is compared with: nothing but a JAX-RS application and one resource answering
 * {@code GET /api/ping}, no library, no CDI bean, no data source. Its classes are the ones of
 * {@code org.kafo.bench.start.empty}, copied from this jar as bytes: named, not loaded, since the JAX-RS API
 * is Payara's, not on this jar's class path.
 */
public final class EmptyWar {

    static final List<String> CLASSES = List.of("org.kafo.bench.start.empty.EmptyApplication",
            "org.kafo.bench.start.empty.Ping");

    private EmptyWar() {
    }

    /** Writes the WAR to the path given (for reliability/start-hangs, which starts it many times). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EmptyWar FILE.war");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** Writes the WAR to {@code war}. */
    static void write(Path war) throws IOException {
        try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
            for (String type : CLASSES) {
                String name = type.replace('.', '/') + ".class";
                try (InputStream bytes = EmptyWar.class.getClassLoader().getResourceAsStream(name)) {
                    if (bytes == null) {
                        throw new IOException("no " + name + " on the class path");
                    }
                    zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + name));
                    bytes.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }
}
