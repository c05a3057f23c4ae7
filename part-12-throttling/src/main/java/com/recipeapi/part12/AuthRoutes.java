package com.recipeapi.part12;

import com.recipeapi.part12.auth.LoginThrottle;
import com.recipeapi.part12.auth.Passwords;
import com.recipeapi.part12.auth.Role;
import com.recipeapi.part12.auth.SignupThrottle;
import com.recipeapi.part12.auth.Tokens;
import com.recipeapi.part12.db.UserRepository;
import com.recipeapi.part12.docs.ApiRoutes;
import com.recipeapi.part12.model.SignupRequest;
import com.recipeapi.part12.model.User;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-up, login (the OAuth2 password flow) and "who am I", under /api/v1/auth. */
final class AuthRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(AuthRoutes.class);
    private final UserRepository users;
    private final Passwords passwords;
    private final Tokens tokens;
    private final LoginThrottle logins;
    private final SignupThrottle signups;

    AuthRoutes(UserRepository users, Passwords passwords, Tokens tokens, LoginThrottle logins, SignupThrottle signups) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.logins = logins;
        this.signups = signups;
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
                        .error(422, "A field breaks its rules; errors[] names each one")
                        .error(429, "Too many sign-ups from this address; Retry-After says when to try again"));
        api.passwordLogin("/api/v1/auth/login");
        api.post(
                "/api/v1/auth/login",
                this::login,
                doc -> doc.summary("Log in: a form of username (the email) and password")
                        .form("username", "password")
                        .response(200, "A token to send as Authorization: Bearer <access_token>", Token.class)
                        .error(401, "The email or the password is wrong")
                        .error(415, "The body is not a form (application/x-www-form-urlencoded)")
                        .error(422, "A field is missing, empty, repeated or too long")
                        .error(429, "Too many failed logins for this email; Retry-After says when to try again"));
        api.get(
                "/api/v1/auth/me",
                ctx -> ctx.json(Authentication.user(ctx)),
                doc -> doc.summary("The user the token belongs to").response(200, "The caller", User.class),
                Role.USER);
    }

    // region signup
    private void signup(Context ctx) {
        signups.attempt(ctx.ip()).ifPresent(wait -> tooMany(ctx, wait, "Too many sign-ups from this address"));
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
        String email = field(ctx, "username");
        String password = field(ctx, "password");
        String account = UserRepository.normalise(email);
        // NFKC can make a name 18 times longer: no account has such a name, and no count is kept for it
        if (account.length() <= 256) {
            logins.attempt(account).ifPresent(wait -> tooMany(ctx, wait, "Too many failed logins for this email"));
        }
        User user = check(account, password).orElseThrow(() -> {
            LOG.warn("Failed login for {} from {}", LogText.safe(account), ctx.ip());
            return Authentication.unauthorized(ctx, null, "Incorrect username or password");
        });
        logins.succeeded(account);
        ctx.header(Header.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache") // RFC 6749 5.1, for HTTP/1.0 caches
                .json(new Token(tokens.issue(user.id()), "bearer"));
    }

    /** Unknown email and wrong password: the same work (one bcrypt check at the stored cost) and the same answer. */
    private Optional<User> check(String account, String password) {
        UserRepository.Credentials found = users.credentials(account).orElse(null);
        if (!passwords.verify(password, found == null ? null : found.hashedPassword())) {
            return Optional.empty();
        }
        if (passwords.needsRehash(found.hashedPassword())) {
            users.setPassword(account, passwords.hash(password)); // BCRYPT_COST changed: catch up
        }
        return Optional.of(found.user());
    }
    // endregion login

    /** A login form field, sent once, with 1 to 256 characters (an email or a password is never longer). */
    private static String field(Context ctx, String name) {
        List<String> values = ctx.formParams(name);
        if (values.size() != 1 || values.get(0).isEmpty() || values.get(0).length() > 256) {
            throw InvalidInputException.body(name, "must be sent once, with 1 to 256 characters");
        }
        return values.get(0);
    }

    /** 429, with how long to wait in whole seconds (at least 1) in Retry-After, and no password checked. */
    private static void tooMany(Context ctx, Duration wait, String detail) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
        throw new TooManyRequestsResponse(detail + "; try again in " + seconds + " s");
    }

    record Token(String accessToken, String tokenType) {}
}
