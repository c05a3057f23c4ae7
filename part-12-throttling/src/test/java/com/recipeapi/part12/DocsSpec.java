package com.recipeapi.part12;

import static com.recipeapi.part12.TestApp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.recipeapi.part12.docs.ApiDocs;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The docs come from the code: every route is documented as it is declared, and the pages that show them load. */
class DocsSpec extends ApiSpec {
    // region schema_test
    @Test
    void GET_openapi_json_documents_exactly_the_routes_the_app_serves() {
        JsonNode paths = json(api.get("/openapi.json")).get("paths");
        Set<String> documented = new TreeSet<>();
        paths.properties()
                .forEach(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> served = api.routes();
        served.removeIf(route -> ApiDocs.PATHS.contains(route.substring(route.indexOf(' ') + 1)));

        assertEquals(served, documented);
    }
    // endregion schema_test

    @Test
    void GET_openapi_json_describes_each_answer_with_the_record_the_handler_writes() {
        JsonNode docs = json(api.get("/openapi.json"));

        JsonNode answer = docs.at("/paths/~1/get/responses/200/content/application~1json/schema");
        assertEquals("#/components/schemas/Message", answer.get("$ref").asText());
        JsonNode message = docs.at("/components/schemas/Message");
        assertEquals("string", message.at("/properties/msg/type").asText());
        assertEquals("msg", message.at("/required/0").asText());
    }

    // region rules_test
    @Test
    void GET_openapi_json_shows_each_rule_the_body_is_checked_with() {
        JsonNode body = json(api.get("/openapi.json")).at("/components/schemas/RecipeCreate");

        assertEquals(1, body.at("/properties/label/minLength").asInt());
        assertEquals(256, body.at("/properties/label/maxLength").asInt());
        assertTrue(body.at("/properties/url/pattern").asText().startsWith("^[Hh][Tt][Tt][Pp][Ss]?://"));
        assertEquals(Set.of("label", "source", "url"), names(body.get("required")));
        assertFalse(body.get("additionalProperties").asBoolean());
    }
    // endregion rules_test

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    @Test
    void GET_openapi_json_is_valid_OpenAPI_3() {
        SwaggerParseResult parsed =
                new OpenAPIV3Parser().readContents(api.get("/openapi.json").body());

        assertTrue(parsed.getMessages().isEmpty(), parsed.getMessages().toString());
        assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());
    }

    @Test
    void GET_docs_serves_swagger_ui_and_every_asset_it_loads() {
        assertPageAndAssetsLoad("/docs", "/docs/swagger-init.js");
    }

    @Test
    void GET_redoc_serves_redoc_and_every_asset_it_loads() {
        assertPageAndAssetsLoad("/redoc", "spec-url=\"/openapi.json\"");
    }

    private void assertPageAndAssetsLoad(String page, String marker) {
        HttpResponse<String> response = api.get(page);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains(marker), response.body());
        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(response.body());
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertFalse(assets.isEmpty(), "no assets in " + page);
        assets.forEach(asset -> assertEquals(200, api.get(asset).statusCode(), asset));
    }
}
