package com.recipeapi.part07.api;

import com.recipeapi.part07.db.UserRepository;
import com.recipeapi.part07.model.User;
import com.recipeapi.part07.model.UserCreate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/** The HTTP side of users, under /api/v1/users. */
public final class UserRoutes {
    static final String BASE = "/api/v1/users";
    private final UserRepository users;

    public UserRoutes(UserRepository users) {
        this.users = users;
    }

    public void register(RoutesConfig routes) {
        routes.post(BASE + "/", this::createUser);
        routes.get(BASE + "/{user_id}", this::fetchUser);
    }

    private void fetchUser(Context ctx) {
        int id = ctx.pathParamAsClass("user_id", Integer.class).get();
        ctx.json(users.findById(id).orElseThrow(() -> new NotFoundResponse("User with ID " + id + " not found")));
    }

    // region create
    private void createUser(Context ctx) {
        UserCreate create = JsonBody.read(ctx, UserCreate.class);
        create.validate();
        User user = users.create(create)
                .orElseThrow(() ->
                        new ConflictResponse("A user with the email " + create.normalisedEmail() + " already exists"));
        ctx.status(HttpStatus.CREATED)
                .header(Header.LOCATION, BASE + "/" + user.id())
                .json(user);
    }
    // endregion create
}
