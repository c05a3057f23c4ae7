package com.recipeapi.part12;

import java.util.Locale;

/** Makes text from a request safe for a log line, where it must not be able to start a line of its own. */
final class LogText {
    static final int MAX_LENGTH = 100;

    private LogText() {}

    /** Control, format and line-separator characters become {@code \\uXXXX}; past 100 characters it is cut. */
    static String safe(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().limit(MAX_LENGTH).forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden) {
                safe.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_LENGTH ? safe + "..." : safe.toString();
    }
}
