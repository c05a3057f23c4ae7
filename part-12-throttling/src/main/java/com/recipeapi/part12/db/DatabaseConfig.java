package com.recipeapi.part12.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is. With no {@code DATABASE_URL}, an H2 database in a file of this part's own under
 * {@code ./data}; otherwise any JDBC URL (PostgreSQL in production) with {@code DATABASE_USER},
 * {@code DATABASE_PASSWORD}, and this part's own schema ({@code DATABASE_SCHEMA}, default {@code part12}), so
 * no two parts ever share their data.
 */
public record DatabaseConfig(String url, String user, String password, String schema) {
    static final Path H2_DIRECTORY = Path.of("data", "part-12-throttling");
    static final String SCHEMA = "part12";

    // region from_environment
    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("DATABASE_URL");
        if (url == null || url.isBlank()) {
            String file = H2_DIRECTORY.resolve("recipes").toAbsolutePath().toString();
            return new DatabaseConfig(
                    "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", null);
        }
        return new DatabaseConfig(
                url.strip(),
                env.getOrDefault("DATABASE_USER", ""),
                env.getOrDefault("DATABASE_PASSWORD", ""),
                env.getOrDefault("DATABASE_SCHEMA", SCHEMA).strip());
    }
    // endregion from_environment

    /** For logs: the URL without its parameters, which may hold a password. */
    public String describe() {
        String bare = url.split("[;?]")[0];
        return url.startsWith("jdbc:h2:file:")
                ? "H2, in the file " + bare.substring("jdbc:h2:file:".length()) + ".mv.db"
                : url.startsWith("jdbc:postgresql:")
                        ? "PostgreSQL at " + bare.substring("jdbc:postgresql:".length()) + ", schema " + schema
                        : bare;
    }

    /** How to throw this part's data away and begin again with only the seed. */
    String startFresh() {
        String server = url.split("[;?]")[0].replaceFirst("^jdbc:postgresql://", "postgresql://" + user + "@");
        return schema == null
                ? "rm -rf " + H2_DIRECTORY
                : "psql " + server + " -c 'DROP SCHEMA " + schema + " CASCADE'";
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + ", user=" + user + ", schema=" + schema + "]";
    }
}
