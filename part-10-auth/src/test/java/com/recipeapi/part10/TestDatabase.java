package com.recipeapi.part10;

import com.recipeapi.part10.db.Database;
import com.recipeapi.part10.db.DatabaseConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;

/**
 * A fresh, empty database for one test: an H2 database in memory, or, in the PostgreSQL run
 * ({@code -Dtest.database=postgresql}), a new schema on the server named by TEST_DATABASE_URL.
 */
final class TestDatabase implements AutoCloseable {
    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("test.database"));

    static {
        System.out.println(
                POSTGRESQL
                        ? "[test database] PostgreSQL at " + System.getenv("TEST_DATABASE_URL")
                        : "[test database] H2 in memory. The PostgreSQL run "
                                + (System.getenv("TEST_DATABASE_URL") == null
                                        ? "is skipped: set TEST_DATABASE_URL, TEST_DATABASE_USER and TEST_DATABASE_PASSWORD to run it."
                                        : "follows in its own surefire execution."));
    }

    final DatabaseConfig config;
    private final TcpProxy proxy;
    private final Server h2Server;
    private Database database;

    TestDatabase() {
        this(newConfig(), null, null);
    }

    private TestDatabase(DatabaseConfig config, TcpProxy proxy, Server h2Server) {
        this.config = config;
        this.proxy = proxy;
        this.h2Server = h2Server;
    }

    /** A fresh database that the app reaches over TCP through a {@link TcpProxy}, so a test can cut the line. */
    static TestDatabase behindProxy() throws IOException, SQLException {
        DatabaseConfig direct = newConfig();
        if (POSTGRESQL) {
            Matcher hostPort = Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(direct.url());
            if (!hostPort.find()) {
                throw new IllegalStateException("cannot read host and port from " + direct.url());
            }
            TcpProxy proxy = new TcpProxy(hostPort.group(2) == null ? 5432 : Integer.parseInt(hostPort.group(2)));
            String url = hostPort.replaceFirst("//127.0.0.1:" + proxy.port() + "/");
            return new TestDatabase(
                    new DatabaseConfig(url, direct.user(), direct.password(), direct.schema()), proxy, null);
        }
        Server server = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists")
                .start();
        TcpProxy proxy = new TcpProxy(server.getPort());
        String url = direct.url().replace("jdbc:h2:mem:", "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:");
        return new TestDatabase(new DatabaseConfig(url, direct.user(), direct.password(), null), proxy, server);
    }

    TcpProxy proxy() {
        return proxy;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static DatabaseConfig newConfig() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        if (!POSTGRESQL) {
            return new DatabaseConfig(
                    "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                    "sa",
                    "",
                    null);
        }
        String url = System.getenv("TEST_DATABASE_URL");
        if (url == null) {
            throw new IllegalStateException("the PostgreSQL run needs TEST_DATABASE_URL");
        }
        return new DatabaseConfig(
                url, System.getenv("TEST_DATABASE_USER"), System.getenv("TEST_DATABASE_PASSWORD"), name);
    }

    /** Opens (or, after {@link #closeDatabase}, reopens) the database, migrations and all. */
    Database open() {
        database = Database.open(config);
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
    public void close() throws SQLException, IOException {
        closeDatabase();
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement statement = connection.createStatement()) {
            statement.execute(POSTGRESQL ? "DROP SCHEMA " + config.schema() + " CASCADE" : "SHUTDOWN");
        } finally {
            if (proxy != null) {
                proxy.close();
            }
            if (h2Server != null) {
                h2Server.stop();
            }
        }
    }
}
