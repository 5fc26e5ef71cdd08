/* Live character count for every field marked data-max (the field's limit): "123 / 10,000", red with how much to
   remove once over. The field has no maxlength, so pasted text is never cut silently; the server refuses an
   over-long text with the limit next to the field, and that is also what a reader without JavaScript gets. The
   words come from the page (data-count and data-count-over on <main>, from the resource bundles). A resource file,
   not an inline script: the pages run under a Content-Security-Policy without 'unsafe-inline'. */
(function () {
    'use strict';

    var words = null;

    function format(pattern, values) {
        return pattern.replace(/\{(\d)\}/g, function (all, i) {
            return values[Number(i)];
        });
    }

    function number(n) {
        return n.toLocaleString(document.documentElement.lang || undefined);
    }

    function update(field) {
        var counter = document.getElementById(field.id + '_count');
        if (!counter) {
            return;
        }
        var max = Number(field.getAttribute('data-max'));
        var length = field.value.length;
        var over = length > max;
        counter.textContent = format(over ? words.over : words.count,
                [number(length), number(max), number(length - max)]);
        counter.classList.toggle('over', over);
    }

    function attach(field) {
        if (field.getAttribute('data-count-attached') || !field.id) {
            return;
        }
        field.setAttribute('data-count-attached', 'true');
        var counter = document.getElementById(field.id + '_count');
        if (!counter) {
            counter = document.createElement('span');
            counter.id = field.id + '_count';
            counter.className = 'char-count';
            field.insertAdjacentElement('afterend', counter);
        }
        // read with the field by screen readers, not announced on every keystroke
        var described = field.getAttribute('aria-describedby') || '';
        if (described.split(' ').indexOf(counter.id) < 0) {
            field.setAttribute('aria-describedby', (described ? described + ' ' : '') + counter.id);
        }
        update(field);
    }

    function attachAll(root) {
        Array.prototype.forEach.call(root.querySelectorAll('[data-max]'), attach);
    }

    function start() {
        var main = document.getElementById('main');
        if (!main || !main.getAttribute('data-count')) {
            return;
        }
        words = {count: main.getAttribute('data-count'), over: main.getAttribute('data-count-over')};
        attachAll(document);
        document.addEventListener('input', function (event) {
            if (event.target.hasAttribute && event.target.hasAttribute('data-max')) {
                update(event.target);
            }
        });
        // fields that an ajax update puts in later (an edit box, a reply form)
        new MutationObserver(function () {
            attachAll(document);
        }).observe(main, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
