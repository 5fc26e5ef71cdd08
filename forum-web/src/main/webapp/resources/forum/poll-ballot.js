/* Casts a ballot without reloading the page: a ballot form marked data-ballot-api (the poll page's Faces form, the
   topic page's poll box) is sent as JSON to POST /api/polls/{id}/ballot with the session's token (data-csrf) in the
   X-CSRF-Token header. The answer's message goes next to the options (an aria-live region), the member's own choice
   is marked in the results, and poll-live.js is told, so the counts follow. Without JavaScript, or if the API
   cannot be reached, the form is submitted as before. A resource file: the pages' CSP allows no inline script. */
(function () {
    'use strict';

    function chosen(form) {
        var ids = [];
        Array.prototype.forEach.call(form.querySelectorAll('input[type=radio], input[type=checkbox]'), function (input) {
            if (input.checked) {
                ids.push(Number(input.value));
            }
        });
        return ids;
    }

    function say(form, text, refused) {
        var status = form.querySelector('.ballot-status');
        status.textContent = text;
        status.classList.toggle('ballot-refused', !!refused);
        Array.prototype.forEach.call(form.querySelectorAll('input[type=radio], input[type=checkbox]'), function (input) {
            if (refused) {
                input.setAttribute('aria-invalid', 'true');
            } else {
                input.removeAttribute('aria-invalid');
            }
        });
    }

    /* Marks the member's choice in every results block of this poll on the page and tells poll-live.js. */
    function markMine(pollId, choices) {
        Array.prototype.forEach.call(document.querySelectorAll('.poll-results[data-poll="' + pollId + '"]'), function (box) {
            Array.prototype.forEach.call(box.querySelectorAll('[data-option]'), function (row) {
                var mine = choices.indexOf(Number(row.getAttribute('data-option'))) >= 0;
                row.classList.toggle('mine', mine);
                var mark = row.querySelector('.poll-mine');
                if (mark) {
                    mark.classList.toggle('poll-hide', !mine);
                }
            });
            box.dispatchEvent(new CustomEvent('poll:voted'));
        });
    }

    function counted(form, answer) {
        say(form, answer.message, false);
        markMine(form.getAttribute('data-poll'), answer.choices);
        var button = form.querySelector('[type=submit]');
        if (form.getAttribute('data-changeable') === 'true') {
            button.textContent = form.getAttribute('data-change-label');
            // the same choice again would only repeat "counted": the button waits for a different one
            form.setAttribute('data-counted', key(answer.choices));
            button.disabled = true;
        } else {
            // one ballot and no change: nothing more to send from this form
            Array.prototype.forEach.call(form.querySelectorAll('input, button'), function (input) {
                input.disabled = true;
            });
        }
    }

    function key(ids) {
        return ids.slice().sort(function (a, b) { return a - b; }).join(',');
    }

    /* A changeable ballot already counted: its button is active only while the choice differs from the counted one. */
    function choiceChanged(event) {
        var form = event.target.form;
        if (!form || !form.matches('form[data-ballot-api]') || !form.getAttribute('data-counted')) {
            return;
        }
        form.querySelector('[type=submit]').disabled = key(chosen(form)) === form.getAttribute('data-counted');
    }

    function send(event) {
        var form = event.target;
        if (!form.matches || !form.matches('form[data-ballot-api]') || !window.fetch || !form.getAttribute('data-csrf')
                || form.hasAttribute('data-ballot-fallback')) {
            return;
        }
        event.preventDefault();
        var button = form.querySelector('[type=submit]');
        button.disabled = true;
        say(form, form.getAttribute('data-sending'), false);
        fetch(form.getAttribute('data-ballot-api'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-CSRF-Token': form.getAttribute('data-csrf')
            },
            body: JSON.stringify({options: chosen(form)})
        }).then(function (response) {
            var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
            if (!json) {
                throw new Error('answer ' + response.status);
            }
            return response.json().then(function (answer) {
                if (response.ok) {
                    counted(form, answer);
                } else {
                    say(form, answer.message, true);
                    button.disabled = false;
                }
            });
        }).catch(function () {
            // not the API's answer (a proxy, an error page, no network): the form's own way still works
            say(form, form.getAttribute('data-failed'), true);
            button.disabled = false;
            form.setAttribute('data-ballot-fallback', 'true');
            if (form.requestSubmit) {
                form.requestSubmit(button);
            } else {
                HTMLFormElement.prototype.submit.call(form);
            }
        });
    }

    /* A page opened after the member's changeable ballot was counted: the button waits for a different choice. */
    Array.prototype.forEach.call(document.querySelectorAll('form[data-ballot-api][data-changeable=true]'), function (form) {
        if (form.getAttribute('data-counted')) {
            form.querySelector('[type=submit]').disabled = key(chosen(form)) === form.getAttribute('data-counted');
        }
    });

    // capture, so the form is taken over before any other submit handler of the page runs
    document.addEventListener('submit', send, true);
    document.addEventListener('change', choiceChanged, true);
})();
