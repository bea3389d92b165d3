/* KPO: the site's one script (a file, because the CSP allows no inline script). Everything works without it.
   After a form comes back with errors, the focus moves to the error summary at its top, so keyboard and
   screen reader users start there (the summary's links lead on to each field). */
"use strict";
(function () {
  const summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
