package com.recipeapi.part12.db;

import com.recipeapi.part12.model.Recipe;
import com.recipeapi.part12.model.RecipeCreate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** All the SQL about recipes. Every value is bound as a parameter, never pasted into the SQL text. */
public final class RecipeRepository {
    private static final String COLUMNS = "id, label, source, url, submitter_id";
    private final Jdbi jdbi;

    public RecipeRepository(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Recipe> findById(int id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM recipes WHERE id = :id")
                .bind("id", id)
                .mapTo(Recipe.class)
                .findOne());
    }

    // region search
    /** Filters in SQL, then limits: a match beyond the first rows is still found. */
    public List<Recipe> search(String keyword, int maxResults) {
        if (keyword != null && keyword.indexOf('\0') >= 0) {
            return List.of(); // PostgreSQL text cannot hold a NUL character, and no label has one
        }
        String pattern = "%" + escapeLike(keyword == null ? "" : keyword.toLowerCase(Locale.ROOT)) + "%";
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM recipes"
                        + " WHERE LOWER(label) LIKE :pattern ESCAPE '!'"
                        + " ORDER BY id LIMIT :limit")
                .bind("pattern", pattern)
                .bind("limit", maxResults)
                .mapTo(Recipe.class)
                .list());
    }
    // endregion search

    // region create
    /** Inserts and reads back in one transaction; empty when no user has the submitter's id. */
    public Optional<Recipe> create(RecipeCreate recipe, int submitterId) {
        return jdbi.inTransaction(handle -> handle.createUpdate("INSERT INTO recipes (label, source, url, submitter_id)"
                        + " SELECT :label, :source, :url, id FROM users WHERE id = :submitterId")
                .bindMethods(recipe)
                .bind("submitterId", submitterId)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .findOne()
                .map(id -> handle.createQuery("SELECT " + COLUMNS + " FROM recipes WHERE id = :id")
                        .bind("id", id)
                        .mapTo(Recipe.class)
                        .one()));
    }
    // endregion create

    /** True when a row was deleted. */
    public boolean delete(int id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM recipes WHERE id = :id")
                        .bind("id", id)
                        .execute())
                > 0;
    }

    /** In LIKE, % and _ are wildcards; a user's "100%" must match those characters, not "anything". */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
