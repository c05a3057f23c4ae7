package com.recipeapi.part12;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the app under test logs, read from the file slf4j-simple writes it to (see simplelogger.properties). */
final class AppLog {
    private static final Path FILE =
            Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/app-under-test.log"));

    private AppLog() {}

    /** Where the log ends now; {@link #since} reads what is written after it. */
    static long mark() throws IOException {
        return Files.exists(FILE) ? Files.size(FILE) : 0;
    }

    static String since(long mark) throws IOException {
        if (!Files.exists(FILE)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(FILE.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - mark)];
            file.seek(mark);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
