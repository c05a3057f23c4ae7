package com.recipeapi.part10.api;

import com.recipeapi.part10.ideas.IdeasClient;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Recipe ideas from three outside sources: fetched one after another, or all at once. */
public final class IdeaRoutes {
    static final String BASE = "/api/v1/recipes/ideas";
    private final IdeasClient ideas;

    public IdeaRoutes(IdeasClient ideas) {
        this.ideas = ideas;
    }

    /** Registered before {@code /api/v1/recipes/{recipe_id}}, which would otherwise take "ideas" for an ID. */
    public void register(RoutesConfig routes) {
        routes.get(BASE + "/", this::blocking);
        routes.get(BASE + "/async", this::concurrent);
    }

    // region handlers
    private void blocking(Context ctx) {
        ctx.json(ideas.fetchAllBlocking()); // this server thread waits for each call in turn
    }

    private void concurrent(Context ctx) {
        ctx.future(() -> ideas.fetchAllAsync().thenAccept(ctx::json)); // no server thread waits
    }
    // endregion handlers
}
