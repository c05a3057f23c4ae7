package com.recipeapi.part10;

import com.recipeapi.part10.auth.Passwords;
import com.recipeapi.part10.auth.Tokens;
import com.recipeapi.part10.db.UserRepository;
import com.recipeapi.part10.docs.ApiRoutes;
import com.recipeapi.part10.model.SignupRequest;
import com.recipeapi.part10.model.Token;
import com.recipeapi.part10.model.User;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.List;
import java.util.Locale;

/** Sign-up, login (the OAuth2 password flow) and "who am I", under /api/v1/auth. */
final class AuthRoutes {
    private final UserRepository users;
    private final Passwords passwords;
    private final Tokens tokens;
    private final Auth auth;

    AuthRoutes(UserRepository users, Security security, Auth auth) {
        this.users = users;
        this.passwords = security.passwords();
        this.tokens = security.tokens();
        this.auth = auth;
    }

    void register(ApiRoutes api) {
        api.post(
                "/api/v1/auth/signup",
                this::signup,
                doc -> doc.summary("Sign up: create an ordinary user")
                        .body(SignupRequest.class)
                        .response(201, "The user, without any password", User.class)
                        .error(400, "The body is not valid JSON")
                        .error(409, "A user with this email exists")
                        .error(413, "The body is larger than 64 KiB")
                        .error(415, "The body is not sent as application/json")
                        .error(422, "A field breaks its rules; errors[] names each one")
                        .error(503, RecipeRoutes.UNAVAILABLE));
        api.post(
                "/api/v1/auth/login",
                this::login,
                doc -> doc.summary("Log in: a form of username (the email) and password")
                        .form("username", "password")
                        .response(200, "A token to send as Authorization: Bearer <access_token>", Token.class)
                        .error(401, "The email or the password is wrong")
                        .error(415, "The body is not a form (application/x-www-form-urlencoded)")
                        .error(422, "A field is missing, empty, repeated or too long")
                        .error(503, RecipeRoutes.UNAVAILABLE));
        api.get(
                "/api/v1/auth/me",
                ctx -> ctx.header(Header.CACHE_CONTROL, "no-store").json(auth.currentUser(ctx)),
                doc -> doc.summary("The user the token belongs to")
                        .needsToken()
                        .response(200, "The caller", User.class)
                        .error(401, "No token, or one that is invalid or expired")
                        .error(503, RecipeRoutes.UNAVAILABLE));
    }

    // region signup
    private void signup(Context ctx) {
        SignupRequest signup = JsonBody.read(ctx, SignupRequest.class);
        if (Passwords.problem(signup.password()) != null) {
            throw InvalidInputException.body("password", Passwords.problem(signup.password()));
        }
        User user = users.create(signup, passwords.hash(signup.password()))
                .orElseThrow(() -> new ConflictResponse(
                        "A user with the email " + UserRepository.normalise(signup.email()) + " already exists"));
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
        UserRepository.Credentials found = users.credentials(email).orElse(null);
        // Unknown email and wrong password: the same work (one bcrypt check) and the same answer.
        if (!passwords.verify(password, found == null ? null : found.hashedPassword())) {
            throw Auth.unauthorized(ctx, null, "Incorrect username or password");
        }
        if (passwords.needsRehash(found.hashedPassword())) {
            users.setPassword(email, passwords.hash(password)); // BCRYPT_COST changed since: catch up
        }
        ctx.header(Header.CACHE_CONTROL, "no-store")
                .json(new Token(tokens.issue(found.user().id()), "bearer"));
    }
    // endregion login

    private static String required(Context ctx, String field) {
        List<String> values = ctx.formParams(field);
        if (values.size() != 1 || values.get(0).isEmpty() || values.get(0).length() > 1024) {
            throw InvalidInputException.body(field, "is required, once, and at most 1024 characters");
        }
        return values.get(0);
    }
}
