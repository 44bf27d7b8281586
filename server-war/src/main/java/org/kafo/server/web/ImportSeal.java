package org.kafo.server.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What keeps a file the same between its dry run and its confirmation without keeping it on the
 * server: the dry-run page carries the file in its form with this seal, an HMAC-SHA256 of the file's
 * digest, its name, what it is imported into and the account, keyed by the visit's session token
 * (a secret the page never shows: its forms carry only a digest of it). The confirmation is accepted
 * only with the seal of what it brings back; any node of a cluster can check it, as any checks the
 * session. Signing out, or another account, makes the seal worthless.
 */
final class ImportSeal {

    private final byte[] key;

    /**
     * @param sessionToken the visit's session token
     */
    ImportSeal(String sessionToken) {
        if (sessionToken == null || sessionToken.isEmpty()) {
            throw new IllegalArgumentException("a seal needs a signed-in visit");
        }
        this.key = ("kafo.import:" + sessionToken).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The seal of a file to import.
     *
     * @param target   what it is imported into: {@code attendance/<meeting>} or {@code needs/<framework>}
     * @param username the account that ran the dry run
     * @param sha256   the file's SHA-256, in hexadecimal
     * @param file     the name it is recorded under
     */
    String of(String target, String username, String sha256, String file) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : new String[] {target, username, sha256, file}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // each part preceded by its length: no two lists of parts read as the same message
                mac.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code seal} is the seal of these, compared in constant time. */
    boolean holds(String seal, String target, String username, String sha256, String file) {
        return seal != null && MessageDigest.isEqual(seal.getBytes(StandardCharsets.UTF_8),
                of(target, username, sha256, file).getBytes(StandardCharsets.UTF_8));
    }
}
