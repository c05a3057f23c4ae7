package com.recipeapi.part10.model;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one form an email is stored and looked up in, and what sign-up accepts: nothing that looks like
 * another address (invisible characters, full-width letters, a Cyrillic "а" among Latin letters).
 */
public final class Emails {
    /** Something, an at sign, and dot-separated labels, none of them empty: no trailing dot. */
    private static final Pattern SHAPE = Pattern.compile("[^@]+@[^@.]+(\\.[^@.]+)+");

    private Emails() {}

    // region normalise
    /** Trimmed, NFKC-normalised (full-width letters become ASCII) and lower case, at sign-up and login alike. */
    public static String normalise(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
    // endregion normalise

    /** What is wrong with an email for sign-up, or null when nothing is. */
    public static String problem(String email) {
        String address = email.strip();
        if (email.length() > RecipeCreate.MAX_TEXT) {
            return "must be at most " + RecipeCreate.MAX_TEXT + " characters";
        }
        if (address.codePoints().anyMatch(Emails::invisible)) {
            return "must not contain spaces, invisible or control characters";
        }
        if (!SHAPE.matcher(address).matches()) {
            return "must be an email address, like name@example.com";
        }
        if (!Normalizer.isNormalized(address, Normalizer.Form.NFKC)) {
            return "must not contain compatibility characters, such as full-width letters";
        }
        if (mixesScripts(address)) {
            return "must not mix scripts, such as Latin and Cyrillic, within a name or label";
        }
        return null;
    }

    /** Spaces of any kind (a no-break space too), control characters and format characters (zero-width space). */
    private static boolean invisible(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /** True when a dot- or at-separated part has letters of two scripts; digits and punctuation count for none. */
    private static boolean mixesScripts(String address) {
        for (String part : address.split("[@.]")) {
            long scripts = part.codePoints()
                    .mapToObj(UnicodeScript::of)
                    .filter(script -> script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED)
                    .distinct()
                    .count();
            if (scripts > 1) {
                return true;
            }
        }
        return false;
    }
}
