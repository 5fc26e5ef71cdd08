/* Widgets drawn after the page has been shown (ReaderScripts, LaterChartRenderer): a reader's page comes without
   PrimeFaces' scripts in its head, so a phone paints it at once; once the page has loaded, the scripts the widgets
   name (data-scripts) are loaded in order and each widget is started with its configuration (data-config), as
   PrimeFaces would have started it. A resource file, not an inline script: the pages run under a
   Content-Security-Policy without 'unsafe-inline'. Tells the element 'forum:widget' (bubbling) when its widget runs. */
(function () {
    'use strict';

    function load(urls, done) {
        if (!urls.length) {
            done();
            return;
        }
        var script = document.createElement('script');
        script.src = urls[0];
        script.onload = function () {
            load(urls.slice(1), done);
        };
        document.body.appendChild(script);
    }

    function start() {
        var elements = Array.prototype.slice.call(document.querySelectorAll('[data-later-widget]'));
        var urls = [];
        elements.forEach(function (el) {
            el.getAttribute('data-scripts').split(' ').forEach(function (url) {
                if (url && urls.indexOf(url) < 0) {
                    urls.push(url);
                }
            });
        });
        load(urls, function () {
            elements.forEach(function (el) {
                PrimeFaces.cw(el.getAttribute('data-later-widget'), el.getAttribute('data-widget-var'), {
                    id: el.id,
                    config: JSON.parse(el.getAttribute('data-config'))
                });
                el.dispatchEvent(new CustomEvent('forum:widget', {bubbles: true}));
            });
        });
    }

    if (document.readyState === 'complete') {
        start();
    } else {
        window.addEventListener('load', start);
    }
})();
