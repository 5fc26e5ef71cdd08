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
    // Swagger UI's fields for a parameter's value (a select for a list of values) have no label of their own: each
    // is named by its parameter, whenever Swagger UI renders one
    function nameFields() {
        Array.prototype.forEach.call(box.querySelectorAll('.parameters select, .parameters input, .parameters textarea'),
            function (field) {
                var row = field.closest('tr');
                var name = row && (row.getAttribute('data-param-name')
                    || (row.querySelector('.parameter__name') || {}).textContent);
                if (name && !field.getAttribute('aria-label') && !(field.labels && field.labels.length)) {
                    field.setAttribute('aria-label', name.replace(/\*/g, '').trim());
                }
            });
    }
    new MutationObserver(nameFields).observe(box, { childList: true, subtree: true });
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
