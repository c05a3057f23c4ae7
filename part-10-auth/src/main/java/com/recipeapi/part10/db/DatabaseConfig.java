package com.recipeapi.part10.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is. With no {@code DATABASE_URL}, an H2 database in a file under {@code ./data};
 * otherwise any JDBC URL (PostgreSQL in production) with {@code DATABASE_USER} and {@code DATABASE_PASSWORD}.
 */
public record DatabaseConfig(String url, String user, String password, String schema) {
    static final Path H2_FILE = Path.of("data", "recipes");

    // region from_environment
    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("DATABASE_URL");
        if (url == null || url.isBlank()) {
            String file = H2_FILE.toAbsolutePath().toString();
            return new DatabaseConfig(
                    "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", null);
        }
        return new DatabaseConfig(
                url.strip(), env.getOrDefault("DATABASE_USER", ""), env.getOrDefault("DATABASE_PASSWORD", ""), null);
    }
    // endregion from_environment

    /** For logs: the URL without its parameters, which may hold a password. */
    public String describe() {
        String bare = url.split("[;?]")[0];
        return url.startsWith("jdbc:h2:file:")
                ? "H2, in the file " + bare.substring("jdbc:h2:file:".length()) + ".mv.db"
                : url.startsWith("jdbc:postgresql:")
                        ? "PostgreSQL at " + bare.substring("jdbc:postgresql:".length())
                        : bare;
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + ", user=" + user + ", schema=" + schema + "]";
    }
}
