// The answer to a member's action is written where they acted (.action-notice), which may be far down a long page:
// focus moves there after a full page load and after each PrimeFaces ajax update, so a screen reader reads it and a
// sighted person sees it. A comments panel open before an update, or holding the answer, stays open.
(function () {
    'use strict';
    var wasOpen = [];

    function show() {
        wasOpen.forEach(function (id) {
            var panel = document.getElementById(id);
            if (panel) {
                panel.open = true;
            }
        });
        wasOpen = [];
        var notice = document.querySelector('.action-notice');
        if (!notice) {
            return;
        }
        for (var panel = notice.closest('details'); panel; panel = panel.parentElement && panel.parentElement.closest('details')) {
            panel.open = true;
        }
        notice.focus({ preventScroll: true });
        notice.scrollIntoView({ block: 'center' });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', show);
    } else {
        show();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function () {
            wasOpen = Array.prototype.map.call(document.querySelectorAll('details[open][id]'), function (panel) {
                return panel.id;
            });
        });
        window.jQuery(document).on('pfAjaxComplete', show);
    }
})();
