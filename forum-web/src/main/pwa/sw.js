/*
 * The installable app's service worker. Its scope is the whole site (it is served from the root).
 *
 * - Static assets (the site's style sheet and scripts, the icons, the offline page) are cached when the worker
 *   installs and then served from the cache first. The cache's name carries the build, so a new build's worker
 *   fetches them afresh and drops the old cache when it takes over.
 * - Pages go to the network first and are never cached: every page is sent with Cache-Control no-store and may hold
 *   a member's data. When the network fails, the offline page answers instead.
 * - Anything else (posts, the API and its live results, other sites) is left to the browser untouched.
 */
'use strict';

var VERSION = '${project.version}-${pwa.build}';
var CACHE = 'policy-forum-static-' + VERSION;
var ROOT = new URL('./', self.location).pathname;
var OFFLINE = ROOT + 'offline.html';
var PRECACHE = [
    OFFLINE,
    ROOT + 'jakarta.faces.resource/forum/forum.css.xhtml',
    ROOT + 'jakarta.faces.resource/forum/text-limit.js.xhtml',
    ROOT + 'jakarta.faces.resource/forum/install-app.js.xhtml',
    ROOT + 'icons/icon-192.png',
    ROOT + 'icons/icon-512.png'
];
/* faces resources that are files (css, scripts, images, fonts); not PrimeFaces' dynamic content (pfdrid) */
var STATIC_RESOURCE = /\/jakarta\.faces\.resource\/[^;?]+\.(css|js|png|svg|gif|jpg|woff2?|ttf|eot)\.xhtml$/;

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(CACHE)
        .then(function (cache) { return cache.addAll(PRECACHE); })
        .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys()
        .then(function (names) {
            return Promise.all(names
                .filter(function (name) { return name.indexOf('policy-forum-static-') === 0 && name !== CACHE; })
                .map(function (name) { return caches.delete(name); }));
        })
        .then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
    return url.pathname.indexOf(ROOT + 'icons/') === 0
        || url.pathname === OFFLINE
        || (STATIC_RESOURCE.test(url.pathname) && url.searchParams.get('pfdrid') === null);
}

function cacheFirst(request) {
    return caches.open(CACHE).then(function (cache) {
        return cache.match(request).then(function (cached) {
            if (cached) {
                return cached;
            }
            return fetch(request).then(function (response) {
                if (response.ok && response.type === 'basic') {
                    cache.put(request, response.clone());
                }
                return response;
            });
        });
    });
}

function networkFirstPage(request) {
    return fetch(request).catch(function () {
        return caches.match(OFFLINE);
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin || url.pathname.indexOf(ROOT + 'api/') === 0) {
        return;
    }
    if (request.mode === 'navigate') {
        event.respondWith(networkFirstPage(request));
    } else if (isStatic(url)) {
        event.respondWith(cacheFirst(request));
    }
});
