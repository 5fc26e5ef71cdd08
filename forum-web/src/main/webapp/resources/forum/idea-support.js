/* Supports an idea without reloading the page: the idea page's support button (in a form marked data-support-api)
   sends POST /api/ideas/{id}/support with the session's token (data-csrf) in the X-CSRF-Token header. The new count
   and the answer's message are shown in place (an aria-live region). Without JavaScript, or if the API cannot be
   reached, the form is submitted as before. A resource file: the pages' CSP allows no inline script. */
(function () {
    'use strict';

    function send(event) {
        var form = event.target;
        var button = event.submitter;
        if (!form.matches || !form.matches('form[data-support-api]') || !window.fetch || !button
                || !/:support$/.test(button.id) || form.hasAttribute('data-support-fallback')) {
            return;
        }
        event.preventDefault();
        var status = document.getElementById('supportStatus');
        button.disabled = true;
        fetch(form.getAttribute('data-support-api'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-CSRF-Token': form.getAttribute('data-csrf')
            },
            body: '{}'
        }).then(function (response) {
            if ((response.headers.get('Content-Type') || '').indexOf('application/json') !== 0) {
                throw new Error('answer ' + response.status);
            }
            return response.json().then(function (answer) {
                status.textContent = answer.message;
                if (response.ok) {
                    document.getElementById('supportCount').textContent = String(answer.supports);
                    button.hidden = true;
                } else {
                    button.disabled = false;
                }
            });
        }).catch(function () {
            // not the API's answer (a proxy, an error page, no network): the form's own way still works
            button.disabled = false;
            form.setAttribute('data-support-fallback', 'true');
            if (form.requestSubmit) {
                form.requestSubmit(button);
            } else {
                HTMLFormElement.prototype.submit.call(form);
            }
        });
    }

    document.addEventListener('submit', send, true);
})();
