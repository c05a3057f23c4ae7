package com.recipeapi.part10.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Hashes and checks passwords with bcrypt, and states the password policy. */
public final class Passwords {
    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    private final String dummyHash;

    /** Hashes at {@code cost} (BCRYPT_COST), 2^cost rounds. */
    public Passwords(int cost) {
        this.cost = cost;
        this.dummyHash = hash("not a real password, only for timing");
    }

    // region policy
    /** What is wrong with a password under the policy, or null when nothing is. */
    public static String problem(String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes in UTF-8 (bcrypt ignores the rest)";
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        return null;
    }
    // endregion policy

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    // region verify
    /**
     * True when the password matches the hash. A password the policy refuses matches nothing: bcrypt would cut
     * it at 72 bytes, so "the password + anything" would match. With no hash (no such user), it still runs
     * bcrypt once against a dummy hash, so "no such user" takes as long as "wrong password".
     */
    public boolean verify(String password, String hash) {
        if (problem(password) != null) {
            return false;
        }
        boolean matches = BCrypt.verifyer()
                .verify(
                        password.getBytes(StandardCharsets.UTF_8),
                        (hash == null ? dummyHash : hash).getBytes(StandardCharsets.UTF_8))
                .verified;
        return hash != null && matches;
    }
    // endregion verify

    /** True when the hash was made at another cost than BCRYPT_COST says: hash the password anew, then. */
    public boolean needsRehash(String hash) {
        return Integer.parseInt(hash.substring(4, 6)) != cost;
    }
}
