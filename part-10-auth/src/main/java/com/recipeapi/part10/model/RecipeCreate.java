package com.recipeapi.part10.model;

import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /api/v1/recipes/}. The submitter is whoever sends it, so it is not in the body. */
public record RecipeCreate(String label, String source, String url) {

    /** Every problem with this body at once, so a client can fix them all in one go. */
    public void validate() {
        List<InvalidInput> errors = new ArrayList<>();
        Checks.text("label", label, errors);
        Checks.text("source", source, errors);
        Checks.httpUrl("url", url, errors);
        Checks.throwIfAny(errors);
    }
}
