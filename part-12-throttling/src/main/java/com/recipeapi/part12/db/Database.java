package com.recipeapi.part12.db;

import com.recipeapi.part12.model.Recipe;
import com.recipeapi.part12.model.User;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** The connection pool, the schema migrations and the Jdbi instance built on them: opened once, at start. */
public final class Database implements AutoCloseable {
    /**
     * SQL states that say the connection is gone, besides class 08 ("connection exception"): PostgreSQL ends a
     * session with 57P01 when it is stopped or restarted, 57P02 after a crash, 57P03 while it cannot take
     * connections yet; H2 over TCP says 90067 (broken), 90098 (closed) or 90121 (closed at shutdown).
     */
    private static final Set<String> CONNECTION_LOST = Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");

    private static final int H2_FILE_IN_USE = 90020; // "Database may be already in use": H2 locks its file
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool)
                .registerRowMapper(ConstructorMapper.factory(Recipe.class))
                .registerRowMapper(ConstructorMapper.factory(User.class));
    }

    // region open
    /** Connects, migrates the schema to the newest version, and fails with a clear message if it cannot. */
    public static Database open(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(10);
        hikari.setConnectionTimeout(2_000); // wait at most 2 s for a connection, then fail: the API answers 503
        hikari.setValidationTimeout(1_000);
        hikari.setSchema(config.schema());
        hikari.setExceptionOverride(new EvictLostConnections());
        try {
            HikariDataSource pool = new HikariDataSource(hikari);
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .ignoreMigrationPatterns(new String[0]) // a migration the code lacks is an error, not a warning
                    .schemas(config.schema() == null ? new String[0] : new String[] {config.schema()})
                    .load()
                    .migrate();
            return new Database(pool);
        } catch (RuntimeException e) {
            throw new Unavailable(whyNot(config, e), e);
        }
    }
    // endregion open

    /** What went wrong, and what to do about it, in two lines. */
    private static String whyNot(DatabaseConfig config, RuntimeException e) {
        String database = "The database (" + config.describe() + ")";
        if (e instanceof FlywayValidateException) {
            String detail = e.getMessage()
                    .lines()
                    .filter(l -> l.startsWith("Detected"))
                    .findFirst()
                    .orElse("");
            return database + " does not match this part's migrations. " + detail + "\nAnother part or an exercise"
                    + " made it; start fresh: " + config.startFresh() + " (and ./mvnw -q -pl part-12-throttling clean,"
                    + " if you deleted a migration file)";
        }
        if (causes(e).anyMatch(t -> t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE)) {
            return database + " is in use: is part 12 already running?\nStop it first (Ctrl-C where it runs).";
        }
        return "Cannot open the database (" + config.describe() + "): "
                + causes(e).reduce((a, b) -> b).orElseThrow().getMessage()
                + "\nCheck DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD, and that the server runs.";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    // region unavailable
    /**
     * True when a failure means "the database cannot be reached right now", which is worth a retry: no
     * connection came from the pool in time, or a connection broke.
     */
    public static boolean isUnavailable(Throwable failure) {
        return causes(failure)
                .anyMatch(t -> t instanceof ConnectionException
                        || t instanceof SQLTransientConnectionException
                        || t instanceof SQLException sql && isConnectionLost(sql));
    }
    // endregion unavailable

    /**
     * True when the server or the line to it went away, whatever the statement was. H2 also reports a line that
     * died under a statement as an I/O error, 90028, naming the socket (the same code about a file is a disk fault).
     */
    static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        String message = String.valueOf(e.getMessage());
        return state != null
                && (state.startsWith("08")
                        || CONNECTION_LOST.contains(state)
                        || state.equals("90028")
                                && (message.contains("java.io.EOFException")
                                        || message.contains("java.net.SocketException")));
    }

    /** Tells the pool to throw away a connection whose link to the server is gone, so it reconnects. */
    private static final class EvictLostConnections implements SQLExceptionOverride {
        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            return isConnectionLost(e)
                    ? SQLExceptionOverride.Override.MUST_EVICT
                    : SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The database could not be opened; the message says which one, why, and what to do. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
