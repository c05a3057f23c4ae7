package com.recipeapi.part12.auth;

import io.javalin.security.RouteRole;

/** What a route needs, declared where the route is; a route without a role is public. */
public enum Role implements RouteRole {
    /** A logged-in user: the request must carry a valid access token. */
    USER
}
