package com.recipeapi.part02;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every spec class shares: a fresh app for each spec, started before it and stopped after it. */
abstract class ApiSpec {
    TestApp api;

    @BeforeEach
    void startApp() {
        api = TestApp.start();
    }

    @AfterEach
    void stopApp() {
        api.close();
    }
}
