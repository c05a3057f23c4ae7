package com.recipeapi.part09.model;

import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /api/v1/recipes/}: what a client sends to create a recipe. */
public record RecipeCreate(String label, String source, String url, Integer submitterId) {

    /** Every problem with this body at once, so a client can fix them all in one go. */
    public void validate() {
        List<InvalidInput> errors = new ArrayList<>();
        Checks.text("label", label, errors);
        Checks.text("source", source, errors);
        Checks.httpUrl("url", url, errors);
        if (submitterId == null) {
            errors.add(InvalidInput.body("submitter_id", "is required"));
        } else if (submitterId < 1) {
            errors.add(InvalidInput.body("submitter_id", "must be 1 or more"));
        }
        Checks.throwIfAny(errors);
    }
}
