package com.recipeapi.part09.db;

import com.recipeapi.part09.model.Recipe;
import com.recipeapi.part09.model.User;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** The connection pool, the schema migrations and the Jdbi instance built on them: opened once, at start. */
public final class Database implements AutoCloseable {
    private static final Set<String> H2_CONNECTION_LOST = Set.of("90067", "90121");
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
                    .schemas(config.schema() == null ? new String[0] : new String[] {config.schema()})
                    .load()
                    .migrate();
            return new Database(pool);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(
                    "Cannot open the database (" + config.describe() + "): "
                            + rootCause(e).getMessage(),
                    e);
        }
    }
    // endregion open

    public Jdbi jdbi() {
        return jdbi;
    }

    // region unavailable
    /**
     * True when a failure means "the database cannot be reached right now", which is worth a retry: no
     * connection came from the pool in time, or a connection broke.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionLost(sql)) {
                return true;
            }
        }
        return false;
    }
    // endregion unavailable

    /** SQL state class 08 is "connection exception"; H2 over TCP says 90067 (broken) or 90121 (closed) instead. */
    private static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || H2_CONNECTION_LOST.contains(state));
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

    private static Throwable rootCause(Throwable t) {
        return t.getCause() == null || t.getCause() == t ? t : rootCause(t.getCause());
    }

    @Override
    public void close() {
        pool.close();
    }
}
