/* Live poll results: listens to /api/polls/{id}/events (server-sent events) for every element marked
   data-poll-live and applies each update to its counts, percentages, bars and, if named, its p:chart. A resource
   file, not an inline script: the pages run under a Content-Security-Policy without 'unsafe-inline'. */
(function () {
    'use strict';

    function text(root, selector, value) {
        var el = root.querySelector(selector);
        if (el && el.textContent !== String(value)) {
            el.textContent = value;
        }
    }

    function apply(box, results) {
        text(box, '.poll-ballots', results.ballots);
        if (!results.visible) {
            return;
        }
        var counts = [];
        results.options.forEach(function (option) {
            counts.push(option.count);
            var row = box.querySelector('[data-option="' + option.id + '"]');
            if (!row) {
                return;
            }
            text(row, '.poll-count', option.count);
            text(row, '.poll-percent', option.percent + '%');
            var fill = row.querySelector('.poll-fill');
            if (fill) {
                fill.style.width = option.percent + '%';
            }
        });
        var chartVar = box.getAttribute('data-chart');
        var widget = chartVar && window.PrimeFaces && PrimeFaces.widgets[chartVar];
        if (widget && widget.chart) {
            widget.chart.data.datasets[0].data = counts;
            widget.chart.update();
        }
    }

    function watch(box) {
        if (box.getAttribute('data-watching') || !window.EventSource) {
            return;
        }
        box.setAttribute('data-watching', 'true');
        // the browser reconnects by itself after a dropped connection or a server restart
        var source = new EventSource(box.getAttribute('data-events'));
        source.addEventListener('results', function (event) {
            apply(box, JSON.parse(event.data));
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-poll-live]'), watch);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
