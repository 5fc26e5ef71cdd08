/*
 * Registers the installable app's service worker (sw.js at the site's root, so that it controls every page).
 * Found from the page's manifest link, which the template writes with the context path: no inline script needed.
 */
(function () {
    'use strict';
    var manifest = document.querySelector('link[rel="manifest"]');
    if (!manifest || !('serviceWorker' in navigator)) {
        return;
    }
    window.addEventListener('load', function () {
        navigator.serviceWorker.register(new URL('sw.js', manifest.href).href).catch(function () {
            // not installable then (e.g. plain http on another host); the site works as before
        });
    });
})();
