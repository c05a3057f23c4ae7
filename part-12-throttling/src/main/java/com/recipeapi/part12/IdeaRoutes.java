package com.recipeapi.part12;

import com.recipeapi.part12.docs.ApiRoutes;
import com.recipeapi.part12.docs.Doc;
import com.recipeapi.part12.ideas.Ideas;
import com.recipeapi.part12.ideas.IdeasClient;
import io.javalin.http.Context;

/** Recipe ideas from three outside sources: fetched one after another, or all at once. */
final class IdeaRoutes {
    static final String BASE = "/api/v1/recipes/ideas";
    private final IdeasClient ideas;

    IdeaRoutes(IdeasClient ideas) {
        this.ideas = ideas;
    }

    /** Registered before {@code /api/v1/recipes/{recipe_id}}, which would otherwise take "ideas" for an ID. */
    void register(ApiRoutes api) {
        api.get(
                BASE + "/",
                this::blocking,
                doc -> describe(doc.summary("Ideas, the sources called one after another")));
        api.get(BASE + "/async", this::async, doc -> describe(doc.summary("Ideas, the sources called all at once")));
    }

    private static void describe(Doc doc) {
        doc.response(200, "Five ideas from each source", Ideas.class)
                .error(502, "A source failed or sent something else than ideas; detail names it")
                .error(504, "A source did not answer in time; detail names it");
    }

    // region handlers
    private void blocking(Context ctx) {
        ctx.json(ideas.fetchAllBlocking(Timing.calls(ctx))); // this server thread waits for each call in turn
    }

    private void async(Context ctx) {
        ctx.future(() -> ideas.fetchAllAsync(Timing.calls(ctx)).thenAccept(ctx::json)); // no server thread waits
    }
    // endregion handlers
}
