package com.recipeapi.part10;

import com.recipeapi.part10.auth.Tokens;
import com.recipeapi.part10.db.UserRepository;
import com.recipeapi.part10.model.User;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the caller from {@code Authorization: Bearer <token>}; answers 401 when there is no valid one. */
final class Auth {
    private static final Pattern BEARER =
            Pattern.compile("(?i)Bearer ([A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]*)");
    private final Tokens tokens;
    private final UserRepository users;

    Auth(Tokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    // region current_user
    /** The user the request's token was issued to, who must still exist. */
    User currentUser(Context ctx) {
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw unauthorized(ctx, null, "Log in first: send Authorization: Bearer <access_token>");
        }
        Matcher bearer = BEARER.matcher(header.strip());
        if (header.length() > 4096 || !bearer.matches()) {
            throw unauthorized(ctx, "invalid_request", "The Authorization header must be: Bearer <access_token>");
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
}
