package com.recipeapi.part10;

import com.recipeapi.part10.auth.Passwords;
import com.recipeapi.part10.auth.Tokens;
import com.recipeapi.part10.db.UserRepository;
import com.recipeapi.part10.docs.ApiRoutes;
import com.recipeapi.part10.model.SignupRequest;
import com.recipeapi.part10.model.User;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sign-up, login (the OAuth2 password flow) and "who am I", under /api/v1/auth. */
final class AuthRoutes {
    private static final Pattern BEARER =
            Pattern.compile("(?i)Bearer ([A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]*)");
    private final UserRepository users;
    private final Passwords passwords;
    private final Tokens tokens;

    AuthRoutes(UserRepository users, Passwords passwords, Tokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
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
                        .error(415, "The body is not sent as application/json")
                        .error(422, "A field breaks its rules; errors[] names each one"));
        api.passwordLogin("/api/v1/auth/login");
        api.post(
                "/api/v1/auth/login",
                this::login,
                doc -> doc.summary("Log in: a form of username (the email) and password")
                        .form("username", "password")
                        .response(200, "A token to send as Authorization: Bearer <access_token>", Token.class)
                        .error(401, "The email or the password is wrong")
                        .error(415, "The body is not a form (application/x-www-form-urlencoded)")
                        .error(422, "A field is missing or empty"));
        api.get(
                "/api/v1/auth/me",
                ctx -> ctx.header(Header.CACHE_CONTROL, "no-store").json(currentUser(ctx)),
                doc -> doc.summary("The user the token belongs to")
                        .response(200, "The caller", User.class)
                        .loggedIn());
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
        String email = ctx.formParam("username");
        String password = ctx.formParam("password");
        if (email == null || email.isEmpty() || password == null || password.isEmpty()) {
            throw InvalidInputException.body(null, "must have a username and a password");
        }
        UserRepository.Credentials found = users.credentials(email).orElse(null);
        // Unknown email and wrong password: the same work (one bcrypt check) and the same answer.
        if (!passwords.verify(password, found == null ? null : found.hashedPassword())) {
            throw unauthorized(ctx, null, "Incorrect username or password");
        }
        ctx.header(Header.CACHE_CONTROL, "no-store")
                .json(new Token(tokens.issue(found.user().id()), "bearer"));
    }
    // endregion login

    // region current_user
    User currentUser(Context ctx) {
        String header = String.valueOf(ctx.header(Header.AUTHORIZATION)).strip();
        Matcher bearer = BEARER.matcher(header);
        if (header.length() > 4096 || !bearer.matches()) {
            throw unauthorized(ctx, null, "Log in first: send Authorization: Bearer <access_token>");
        }
        return tokens.verify(bearer.group(1))
                .flatMap(users::findById)
                .orElseThrow(() -> unauthorized(ctx, "invalid_token", "The access token is invalid or has expired"));
    }
    // endregion current_user

    /** RFC 6750: a 401 says, in WWW-Authenticate, that a bearer token is expected and what was wrong. */
    static UnauthorizedResponse unauthorized(Context ctx, String error, String detail) {
        ctx.header(Header.WWW_AUTHENTICATE, error == null ? "Bearer" : "Bearer error=\"" + error + "\"");
        return new UnauthorizedResponse(detail);
    }

    record Token(String accessToken, String tokenType) {}
}
