package com.recipeapi.part12;

/** A short message, as {@code GET /} answers it: {@code {"msg": "Hello, World!"}}. */
public record Message(String msg) {}
