package com.recipeapi.part10.model;

/** The answer to a login: an access token to send as {@code Authorization: Bearer <access_token>}. */
public record Token(String accessToken, String tokenType) {}
