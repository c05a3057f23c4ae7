-- Seed data. Flyway runs each migration once, so this is inserted once, however often the app starts.
INSERT INTO users (first_name, surname, email, is_superuser)
VALUES ('Admin', 'Istrator', 'admin@recipeapi.com', TRUE);

INSERT INTO recipes (label, source, url, submitter_id)
SELECT seed.label, seed.source, seed.url, users.id
FROM (VALUES
    ('Chicken Vesuvio', 'Serious Eats', 'http://www.seriouseats.com/recipes/2011/12/chicken-vesuvio-recipe.html', 1),
    ('Chicken Paprikash', 'No Recipes', 'http://norecipes.com/recipe/chicken-paprikash/', 2),
    ('Cauliflower and Tofu Curry Recipe', 'Serious Eats',
     'http://www.seriouseats.com/recipes/2011/02/cauliflower-and-tofu-curry-recipe.html', 3)
) AS seed (label, source, url, position), users
WHERE users.email = 'admin@recipeapi.com'
ORDER BY seed.position;
