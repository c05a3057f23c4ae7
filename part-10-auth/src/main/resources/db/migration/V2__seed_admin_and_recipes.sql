-- Seed data. Flyway runs each migration once, so this is inserted once, however often the app starts.
INSERT INTO users (first_name, surname, email, is_superuser)
VALUES ('Admin', 'Istrator', 'admin@recipeapi.com', TRUE);

INSERT INTO recipes (label, source, url, submitter_id)
SELECT 'Chicken Vesuvio', 'Serious Eats',
       'http://www.seriouseats.com/recipes/2011/12/chicken-vesuvio-recipe.html', id
FROM users WHERE email = 'admin@recipeapi.com';

INSERT INTO recipes (label, source, url, submitter_id)
SELECT 'Chicken Paprikash', 'No Recipes', 'http://norecipes.com/recipe/chicken-paprikash/', id
FROM users WHERE email = 'admin@recipeapi.com';

INSERT INTO recipes (label, source, url, submitter_id)
SELECT 'Cauliflower and Tofu Curry Recipe', 'Serious Eats',
       'http://www.seriouseats.com/recipes/2011/02/cauliflower-and-tofu-curry-recipe.html', id
FROM users WHERE email = 'admin@recipeapi.com';
