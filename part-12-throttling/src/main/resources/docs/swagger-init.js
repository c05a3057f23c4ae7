// Starts Swagger UI. A file of its own, not a <script> in the page: the page's Content-Security-Policy
// runs scripts from this server only, so an injected inline script would not run either.
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});
