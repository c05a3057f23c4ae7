package com.recipeapi.part10.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Hashes and checks passwords with bcrypt, and states the password policy. */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    private final String dummyHash;

    public Passwords(int cost) {
        this.cost = cost;
        this.dummyHash = hash("not a real password, only for timing");
    }

    /** What is wrong with a password under the policy, or null when nothing is. */
    public static String problem(String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes in UTF-8 (bcrypt ignores the rest)";
        }
        return null;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    // region verify
    /**
     * True when the password matches the hash. With no hash (no such user, or no password set), it still
     * runs bcrypt once against a dummy hash, so "no such user" takes as long as "wrong password".
     */
    public boolean verify(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            bytes = Arrays.copyOf(bytes, MAX_BYTES);
        }
        boolean matches = BCrypt.verifyer()
                .verify(bytes, (hash == null ? dummyHash : hash).getBytes(StandardCharsets.UTF_8))
                .verified;
        return hash != null && matches;
    }
    // endregion verify
}
