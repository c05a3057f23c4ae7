package com.recipeapi.part12.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures are an outage (a 503, worth a retry) and which are not: the rule, row by row. */
class DatabaseTest {
    @ParameterizedTest(name = "{0} {1}: outage {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "08006 | An I/O error occurred while sending to the backend     | true",
                "57P01 | terminating connection due to administrator command   | true",
                "57P02 | terminating connection because of crash of another    | true",
                "57P03 | the database system is starting up                    | true",
                "90067 | Connection is broken: \"session closed\"              | true",
                "90028 | IO Exception: \"java.io.EOFException\"                | true",
                "90028 | IO Exception: \"/data/recipes.mv.db: No space left\"  | false",
                "23505 | duplicate key value violates unique constraint        | false",
                "42P01 | relation \"recipes\" does not exist                   | false",
            })
    void a_failure_is_an_outage_only_when_the_connection_went_away(String state, String message, boolean outage) {
        SQLException failure = new SQLException(message, state);

        assertEquals(outage, Database.isConnectionLost(failure));
        assertEquals(outage, Database.isUnavailable(new RuntimeException("wrapped", failure)));
    }
}
