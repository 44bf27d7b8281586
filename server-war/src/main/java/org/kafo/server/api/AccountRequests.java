package org.kafo.server.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the administrator and account holders send to manage accounts. */
public final class AccountRequests {

    /** The longest user name: its column's length. */
    public static final int USERNAME_LENGTH = 100;

    /** The longest display name: its column's length. */
    public static final int DISPLAY_NAME_LENGTH = 200;

    /** The longest password: a passphrase needs no more, and hashing stays cheap. */
    public static final int PASSWORD_LENGTH = 1000;

    private AccountRequests() {
    }

    /** A new account; the password has at least 12 characters and is stored only as a PBKDF2 hash. */
    @Schema(name = "CreateAccountRequest", example = """
            {"username": "dioro.mairie", "displayName": "Mairie de Dioro", "password": "(at least 12 characters)",
             "administrator": false}""")
    public record CreateAccount(
            @Schema(maxLength = USERNAME_LENGTH, pattern = "[a-z0-9][a-z0-9._-]+") String username,
            @Schema(maxLength = DISPLAY_NAME_LENGTH) String displayName,
            @Schema(maxLength = PASSWORD_LENGTH) String password,
            Boolean administrator) {
    }

    /**
     * A role to give: in one framework ({@code framework}), or in all the frameworks of a commune
     * ({@code commune} alone); {@code organisation} is the party the account speaks for (required for
     * an organisation representative).
     */
    @Schema(name = "GrantRequest", example = """
            {"role": "ORGANISATION_REPRESENTATIVE", "framework": "1c2d3e4f-0c1d-4a5f-8d2f-2f1a7b9e0c11",
             "organisation": "3a0f6f58-3c1d-4a5f-8d2f-2f1a7b9e0c11"}""")
    public record GrantRole(String role, UUID commune, UUID framework, UUID organisation) {
    }

    /** A new password; {@code current} is required when holders change their own. */
    @Schema(name = "PasswordRequest")
    public record ChangePassword(@Schema(maxLength = PASSWORD_LENGTH) String current,
            @Schema(maxLength = PASSWORD_LENGTH) String password) {
    }

    /** A sign-in token: send it as {@code Authorization: Bearer <token>} until it expires. */
    @Schema(name = "Token")
    public record Token(String token, String tokenType, java.time.OffsetDateTime expiresAt, String username) {
    }
}
