package com.recipeapi.part12.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Hashes and checks passwords with bcrypt at {@code BCRYPT_COST}, and states the password policy. */
public final class Passwords {
    private final int cost;
    private final String dummyHash; // for timing

    public Passwords(int cost) {
        this(cost, cost);
    }

    // region dummy_cost
    /**
     * {@code storedCost} is the cost most stored hashes have, which differs from {@code cost} just after
     * {@code BCRYPT_COST} changed: checking an unknown email must take as long as checking a stored hash.
     */
    public Passwords(int cost, int storedCost) {
        this.cost = cost;
        this.dummyHash = BCrypt.withDefaults().hashToString(storedCost, "not a real password".toCharArray());
    }
    // endregion dummy_cost

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

    /** True when the hash was made at another cost than the configured one: hash the password anew then. */
    public boolean needsRehash(String hash) {
        return costOf(hash) != cost;
    }

    /** The cost a bcrypt hash was made with: the two digits in {@code $2a$12$...}. */
    public static int costOf(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }
}
