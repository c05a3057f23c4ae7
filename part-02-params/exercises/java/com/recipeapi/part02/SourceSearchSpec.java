package com.recipeapi.part02;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exercise 1: the keyword finds recipes by their source as well as by their label. */
@Tag("exercise")
@Tag("exercise-1")
class SourceSearchSpec extends ApiSpec {
    @Test
    void GET_search_finds_recipes_by_their_source() {
        assertEquals(List.of(1, 3), ids(api.get(SEARCH + "?keyword=eats")));
    }

    @Test
    void GET_search_by_source_ignores_case_then_limits() {
        assertEquals(List.of(2), ids(api.get(SEARCH + "?keyword=NO%20RECIPES&max_results=1")));
    }
}
