/* The API reference page: starts Swagger UI on the element marked data-spec, with the server's OpenAPI document.
   A resource file, not an inline script (the pages' Content-Security-Policy has no 'unsafe-inline'). No validator
   badge (it would send the document to a third party), no
   schema section (each operation shows its own) and no deep links (the page's address stays the page's). */
(function () {
    'use strict';
    var box = document.querySelector('[data-spec]');
    if (!box || typeof window.SwaggerUIBundle !== 'function') {
        return;
    }
    window.SwaggerUIBundle({
        url: box.getAttribute('data-spec'),
        domNode: box,
        deepLinking: false,
        validatorUrl: null,
        syntaxHighlight: false,
        defaultModelsExpandDepth: -1,
        supportedSubmitMethods: ['get', 'head']
    });
}());
