package com.recipeapi.part02;

/** A recipe as the API shows it. */
public record Recipe(int id, String label, String source, String url) {}
