package com.recipeapi.part12;

import com.recipeapi.part12.db.Database;
import com.recipeapi.part12.db.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;

/**
 * A fresh, empty database for one spec, reached through a {@link TcpProxy} so a spec can cut the line: an H2
 * database in memory behind one H2 TCP server for the whole run or, in the PostgreSQL run
 * ({@code -Dtest.database=postgresql}), a new schema on the server that TEST_DATABASE_URL names.
 */
final class TestDatabase implements AutoCloseable {
    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("test.database"));
    private static final String SERVER = POSTGRESQL ? System.getenv("TEST_DATABASE_URL") : startH2();

    static {
        System.out.println(
                POSTGRESQL
                        ? "[test database] PostgreSQL at " + SERVER
                        : "[test database] H2 in memory. The PostgreSQL run "
                                + (System.getenv("TEST_DATABASE_URL") == null
                                        ? "is skipped: set TEST_DATABASE_URL, TEST_DATABASE_USER and TEST_DATABASE_PASSWORD to run it."
                                        : "follows in its own surefire execution."));
    }

    final DatabaseConfig config;
    private final DatabaseConfig direct;
    private final TcpProxy proxy;
    private Database database;

    TestDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        direct = POSTGRESQL
                ? new DatabaseConfig(
                        SERVER, System.getenv("TEST_DATABASE_USER"), System.getenv("TEST_DATABASE_PASSWORD"), name)
                : new DatabaseConfig(
                        SERVER + "mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "",
                        null);
        Matcher port = Pattern.compile(":(\\d+)/").matcher(SERVER);
        if (!port.find()) {
            throw new IllegalStateException("TEST_DATABASE_URL needs a port: jdbc:postgresql://localhost:5432/recipes");
        }
        proxy = new TcpProxy(Integer.parseInt(port.group(1)));
        String viaProxy = direct.url().replace(port.group(), ":" + proxy.port() + "/");
        config = new DatabaseConfig(viaProxy, direct.user(), direct.password(), direct.schema());
    }

    /** H2's TCP server on a free port, for the whole test run; the databases live in its memory. */
    private static String startH2() {
        try {
            Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            return "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    TcpProxy proxy() {
        return proxy;
    }

    /** Opens (or, after {@link #closeDatabase}, reopens) the database, migrations and all. */
    Database open() {
        database = Database.open(config);
        return database;
    }

    /** The database as the app under test has it open now. */
    Database current() {
        return database;
    }

    void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Closes the pool and throws the database away. */
    @Override
    public void close() {
        closeDatabase();
        proxy.close();
        try (Connection connection = DriverManager.getConnection(direct.url(), direct.user(), direct.password());
                Statement statement = connection.createStatement()) {
            statement.execute(POSTGRESQL ? "DROP SCHEMA " + config.schema() + " CASCADE" : "SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
