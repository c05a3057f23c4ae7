package com.recipeapi.part12;

import com.recipeapi.part12.auth.Role;
import com.recipeapi.part12.auth.Tokens;
import com.recipeapi.part12.db.UserRepository;
import com.recipeapi.part12.model.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filter: before every route declared with {@link Role#USER}, whatever its method, it reads the caller
 * from {@code Authorization: Bearer <token>} and answers 401 when there is no valid one.
 */
final class Authentication {
    private static final Pattern BEARER =
            Pattern.compile("(?i)Bearer ([A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]*)");
    private static final String USER = "authentication.user";
    private final Tokens tokens;
    private final UserRepository users;

    Authentication(Tokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    // region filter
    /** Javalin runs this once it knows the route, with the roles the route was declared with. */
    void register(RoutesConfig routes) {
        routes.beforeMatched(ctx -> {
            boolean needsUser = !ctx.routeRoles().isEmpty(); // any role, even one this filter does not know yet
            if (needsUser || ctx.header(Header.AUTHORIZATION) != null) {
                ctx.header(Header.CACHE_CONTROL, "no-store"); // an answer for one caller: no cache may keep it
            }
            if (needsUser) {
                ctx.attribute(USER, authenticate(ctx));
            }
        });
    }

    /** The caller of a route declared with {@link Role#USER}, as the filter found it. */
    static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException(ctx.path() + " reads the user but is not declared with Role.USER");
        }
        return user;
    }
    // endregion filter

    // region authenticate
    /** The user the request's one token was issued to, who must still exist. */
    private User authenticate(Context ctx) {
        List<String> headers = Collections.list(ctx.req().getHeaders(Header.AUTHORIZATION));
        if (headers.isEmpty() || headers.size() == 1 && headers.get(0).isBlank()) {
            throw unauthorized(ctx, null, "Log in first: send Authorization: Bearer <access_token>");
        }
        Matcher bearer = BEARER.matcher(headers.get(0).strip());
        if (headers.size() > 1 || headers.get(0).length() > 4096 || !bearer.matches()) {
            throw unauthorized(ctx, "invalid_request", "Send one Authorization header: Bearer <access_token>");
        }
        return tokens.verify(bearer.group(1))
                .flatMap(users::findById)
                .orElseThrow(() -> unauthorized(ctx, "invalid_token", "The access token is invalid or has expired"));
    }
    // endregion authenticate

    /** RFC 6750: a 401 says, in WWW-Authenticate, that a bearer token is expected and what was wrong. */
    static UnauthorizedResponse unauthorized(Context ctx, String error, String detail) {
        ctx.header(Header.WWW_AUTHENTICATE, error == null ? "Bearer" : "Bearer error=\"" + error + "\"");
        return new UnauthorizedResponse(detail);
    }
}
