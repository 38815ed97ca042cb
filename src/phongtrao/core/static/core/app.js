// Small behaviours without inline scripts (the CSP allows only files from this site).
document.addEventListener("change", (event) => {
  if (event.target.matches(".js-autosubmit")) {
    event.target.form.requestSubmit();
  }
});

// Searchable selects whose options come from the server (RemoteSelect widget).
function initRemoteSelects(root) {
  if (typeof TomSelect === "undefined") return;
  root.querySelectorAll("select.js-remote-select:not(.tomselected)").forEach((select) => {
    const url = select.dataset.url;
    new TomSelect(select, {
      valueField: "value",
      labelField: "text",
      searchField: ["text"],
      maxOptions: 30,
      preload: "focus",
      load(query, callback) {
        const sep = url.includes("?") ? "&" : "?";
        fetch(`${url}${sep}q=${encodeURIComponent(query)}`, { credentials: "same-origin" })
          .then((r) => r.json())
          .then((data) => callback(data.results))
          .catch(() => callback());
      },
    });
  });
}
document.addEventListener("DOMContentLoaded", () => initRemoteSelects(document));
document.addEventListener("htmx:afterSwap", (event) => initRemoteSelects(event.target));

// Bulk actions: the header check box of a list selects every row of the page.
document.addEventListener("change", (event) => {
  if (!event.target.matches("[data-bulk-toggle]")) return;
  document.querySelectorAll('input[name="pk"][form="bulk-form"]').forEach((box) => { box.checked = event.target.checked; });
});
