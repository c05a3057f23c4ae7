package com.recipeapi.part10.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Hashes and checks passwords with bcrypt at {@code BCRYPT_COST}, and states the password policy. */
public final class Passwords {
    private final int cost;
    private final String dummyHash; // for timing

    public Passwords(int cost) {
        this.cost = cost;
        this.dummyHash = hash("not a real password");
    }

    // region policy
    /** What is wrong with a password, or null. bcrypt reads at most 72 bytes: a longer one is refused, not cut. */
    public static String problem(String password) {
        if (password.codePointCount(0, password.length()) < 8) {
            return "must be at least 8 characters";
        } else if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            return "must be at most 72 bytes in UTF-8 (bcrypt ignores the rest)";
        }
        return password.chars().anyMatch(Character::isISOControl) ? "must not contain control characters" : null;
    }
    // endregion policy

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    // region verify
    /** A password the policy refuses matches nothing. With no hash (no such user), bcrypt still runs, on a dummy. */
    public boolean verify(String password, String hash) {
        if (problem(password) != null) {
            return false;
        }
        byte[] stored = (hash == null ? dummyHash : hash).getBytes(StandardCharsets.UTF_8);
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), stored).verified && hash != null;
    }
    // endregion verify

}
