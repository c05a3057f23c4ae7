package com.recipeapi.part12.ideas;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What both ideas endpoints answer: five ideas from each source, as "score: title (url)". */
public record Ideas(
        List<String> recipes,
        List<String> easyrecipes,
        @JsonProperty("TopSecretRecipes") List<String> topSecretRecipes) {}
