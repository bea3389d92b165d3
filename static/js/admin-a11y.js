/* Accessibility repairs for markup that the admin's own JavaScript builds (Django's vendored
   select2 for autocomplete fields, and SelectFilter2 for filter_horizontal). Loaded on every
   admin page by templates/admin/base_site.html; a file, not inline, because of the CSP.
   - select2 comboboxes, the value they show and their search boxes get the field's label as name;
   - select2's "clear all" cross, which it puts straight into a <ul>, is wrapped in an <li>;
   - SelectFilter2's filter icon, a <span> with aria-label, becomes role="img". */
"use strict";
(function () {
  function labelFor(select) {
    if (!select.id) {
      return null;
    }
    const label = document.querySelector('label[for="' + CSS.escape(select.id) + '"]');
    if (label && !label.id) {
      label.id = select.id + "_label";
    }
    return label;
  }

  function repairSelect2(select) {
    const container = select.nextElementSibling;
    if (!container || !container.classList.contains("select2")) {
      return;
    }
    const label = labelFor(select);
    if (label) {
      container.querySelectorAll(".select2-search__field").forEach(function (field) {
        field.setAttribute("aria-labelledby", label.id);
      });
      container.querySelectorAll(".select2-selection--single").forEach(function (combobox) {
        const rendered = combobox.querySelector(".select2-selection__rendered");
        if (rendered) {
          // select2 gives the shown value role="textbox": it needs a name of its own.
          rendered.setAttribute("aria-labelledby", label.id);
        }
        const ids = rendered && rendered.id ? label.id + " " + rendered.id : label.id;
        if (combobox.getAttribute("aria-labelledby") !== ids) {
          combobox.setAttribute("aria-labelledby", ids);
        }
      });
    }
    container.querySelectorAll("ul.select2-selection__rendered > .select2-selection__clear").forEach(function (cross) {
      const item = document.createElement("li");
      item.className = "select2-selection__clear-item";
      cross.replaceWith(item);
      item.appendChild(cross);
    });
  }

  function repair() {
    document.querySelectorAll("select.admin-autocomplete").forEach(repairSelect2);
    document.querySelectorAll(".search-label-icon[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  function start() {
    repair();
    // select2 and SelectFilter2 (re)build their markup later: on load, on every change, in new inline rows.
    new MutationObserver(repair).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
