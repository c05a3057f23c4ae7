package com.recipeapi.part12.model;

/** A recipe as the API shows it. */
public record Recipe(int id, String label, String source, String url, int submitterId) {}
