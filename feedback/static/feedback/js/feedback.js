// "Was this page helpful?" without a page reload. Progressive enhancement: without this file the
// form posts, the server redirects back to the page, and the thank-you message takes focus.
(function () {
  "use strict";

  function replaceWidget(widget, html) {
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    const replacement = template.content.firstElementChild;
    widget.replaceWith(replacement);
    const focusTarget = replacement.querySelector("[data-feedback-focus]");
    if (focusTarget) {
      focusTarget.focus();
    }
  }

  document.addEventListener("submit", function (event) {
    const form = event.target.closest("form[data-feedback-form]");
    if (!form || !window.fetch) {
      return;
    }
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (data) {
        replaceWidget(form.closest("[data-feedback-widget]"), data.html);
      })
      .catch(function () {
        // Anything unexpected (offline, an expired session): send the form the ordinary way.
        form.submit();
      });
  });
})();
