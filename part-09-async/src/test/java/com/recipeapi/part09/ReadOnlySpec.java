package com.recipeapi.part09;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A spec class whose specs only read: they share one app, started before the first and stopped after the last,
 * instead of a fresh app (and database) for each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadOnlySpec extends ApiSpec {
    @BeforeEach
    @Override
    void startApp() {
        if (api == null) {
            super.startApp();
        }
    }

    @AfterEach
    @Override
    void stopApp() {}

    @AfterAll
    void stopAppAfterTheLastSpec() {
        super.stopApp();
    }
}
