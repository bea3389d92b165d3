/* The Markdown preview beside the article editor in the admin.
 *
 * The change form has a button (data-markdown-preview="<textarea id>") that posts the form to
 * the admin's Markdown preview; that works without JavaScript. With JavaScript, a panel
 * beside the textarea shows the same preview while the curator types: the text is posted
 * (with the form's CSRF token) to the same address, which answers with the HTML fragment.
 * The server sanitises that HTML (kpo.markdown); no inline script, so the CSP holds. */
(function () {
  "use strict";

  function setUp(button) {
    var textarea = document.getElementById(button.getAttribute("data-markdown-preview"));
    var form = button.form;
    if (!textarea || !form) return;
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    var url = button.getAttribute("formaction");

    var panel = document.createElement("section");
    panel.className = "markdown-preview-panel";
    panel.setAttribute("aria-labelledby", "markdown-preview-heading");
    var heading = document.createElement("h2");
    heading.id = "markdown-preview-heading";
    heading.textContent = document.documentElement.lang === "en" ? "Preview" : "Voorbeeld";
    var output = document.createElement("div");
    output.className = "markdown-preview prose";
    output.setAttribute("lang", "nl");
    panel.appendChild(heading);
    panel.appendChild(output);
    var wrapper = document.createElement("div");
    wrapper.className = "markdown-preview-pair";
    textarea.parentNode.insertBefore(wrapper, textarea);
    wrapper.appendChild(textarea);
    wrapper.appendChild(panel);

    var timer = null;
    var sent = 0;
    function refresh() {
      var body = new FormData();
      body.append("body", textarea.value);
      body.append("fragment", "1");
      var number = ++sent;
      fetch(url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": token ? token.value : "" }
      })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) { if (number === sent) output.innerHTML = html; })
        .catch(function () { /* the button still works */ });
    }
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 500);
    });
    refresh();
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("button[data-markdown-preview]"), setUp);
  });
})();
