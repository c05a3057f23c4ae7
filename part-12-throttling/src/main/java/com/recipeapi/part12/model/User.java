package com.recipeapi.part12.model;

/** A user as stored and as the API shows it. */
public record User(int id, String firstName, String surname, String email, boolean isSuperuser) {}
