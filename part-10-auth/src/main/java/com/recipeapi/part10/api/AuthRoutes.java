package com.recipeapi.part10.api;

import com.recipeapi.part10.auth.Passwords;
import com.recipeapi.part10.auth.Tokens;
import com.recipeapi.part10.db.UserRepository;
import com.recipeapi.part10.model.InvalidInput;
import com.recipeapi.part10.model.InvalidInputException;
import com.recipeapi.part10.model.SignupRequest;
import com.recipeapi.part10.model.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sign-up, login (the OAuth2 password flow) and "who am I", under /api/v1/auth. */
public final class AuthRoutes {
    static final String BASE = "/api/v1/auth";
    private final UserRepository users;
    private final Passwords passwords;
    private final Tokens tokens;
    private final Auth auth;

    public AuthRoutes(UserRepository users, Passwords passwords, Tokens tokens, Auth auth) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.auth = auth;
    }

    public void register(RoutesConfig routes) {
        routes.post(BASE + "/signup", this::signup);
        routes.post(BASE + "/login", this::login);
        routes.get(BASE + "/me", ctx -> ctx.json(auth.currentUser(ctx)));
    }

    // region signup
    private void signup(Context ctx) {
        SignupRequest signup = JsonBody.read(ctx, SignupRequest.class);
        signup.validate();
        User user = users.create(signup, passwords.hash(signup.password()))
                .orElseThrow(() ->
                        new ConflictResponse("A user with the email " + signup.normalisedEmail() + " already exists"));
        ctx.status(HttpStatus.CREATED).json(user);
    }
    // endregion signup

    // region login
    private void login(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.split(";")[0].strip().equals("application/x-www-form-urlencoded")) {
            throw new UnsupportedMediaTypeResponse("Send the form as application/x-www-form-urlencoded");
        }
        String email = required(ctx, "username");
        String password = required(ctx, "password");
        UserRepository.Credentials found =
                users.credentials(email.strip().toLowerCase(Locale.ROOT)).orElse(null);
        // Unknown email and wrong password: the same work (one bcrypt check) and the same answer.
        boolean valid = passwords.verify(password, found == null ? null : found.hashedPassword());
        if (!valid) {
            throw Auth.unauthorized(ctx, null, "Incorrect username or password");
        }
        ctx.header(Header.CACHE_CONTROL, "no-store")
                .json(Map.of("access_token", tokens.issue(found.user().id()), "token_type", "bearer"));
    }
    // endregion login

    private static String required(Context ctx, String field) {
        List<String> values = ctx.formParams(field);
        List<InvalidInput> errors = new ArrayList<>();
        if (values.size() != 1 || values.get(0).isEmpty() || values.get(0).length() > 1024) {
            errors.add(InvalidInput.body(
                    field,
                    values.size() > 1
                            ? "must be given once"
                            : values.isEmpty() || values.get(0).isEmpty() ? "is required" : "is too long"));
            throw new InvalidInputException(errors);
        }
        return values.get(0);
    }
}
