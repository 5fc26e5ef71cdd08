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
        box.lastResults = results;
        text(box, '.poll-ballots', results.ballots);
        if (!results.visible) {
            return;
        }
        // a poll that hid its results until one votes shows them once this reader has voted
        Array.prototype.forEach.call(box.querySelectorAll('.poll-figures, .poll-track'), function (el) {
            el.classList.remove('poll-hide');
        });
        var note = box.querySelector('.poll-hidden');
        if (note) {
            note.hidden = true;
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
        // the feed's first event repeats what the page was rendered with: redrawing the chart for it costs a phone
        // a long task (Lighthouse's blocking time) for nothing, so the chart is redrawn only when a count changed
        if (widget && widget.chart && counts.join() !== widget.chart.data.datasets[0].data.join()) {
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

    /* After this reader's own vote (poll-ballot.js): the feed carries only what anyone may see, so a poll that hides
       its results until one votes is read once for this reader, when the shared count (at most 1 s old) includes
       the vote. Visible results arrive through the feed anyway. */
    function voted(event) {
        var box = event.target;
        var hidden = box.querySelector('.poll-figures.poll-hide');
        if (!hidden && window.EventSource) {
            return;
        }
        var url = box.getAttribute('data-events').replace(/\/events$/, '/results');
        setTimeout(function () {
            fetch(url, {cache: 'no-store', credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) {
                    return response.ok ? response.json() : null;
                })
                .then(function (results) {
                    if (results) {
                        apply(box, results);
                    }
                });
        }, 1500);
    }

    function start() {
        var boxes = document.querySelectorAll('[data-poll-live]');
        Array.prototype.forEach.call(boxes, function (box) {
            watch(box);
            box.addEventListener('poll:voted', voted);
        });
        // a chart drawn after the page was shown (later-widgets.js) starts with the page's counts: the feed may have
        // brought newer ones meanwhile
        document.addEventListener('forum:widget', function () {
            Array.prototype.forEach.call(boxes, function (box) {
                if (box.lastResults) {
                    apply(box, box.lastResults);
                }
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
