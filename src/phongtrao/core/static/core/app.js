// Small behaviours without inline scripts (the CSP allows only files from this site).
document.addEventListener("change", (event) => {
  if (event.target.matches(".js-autosubmit")) {
    event.target.form.requestSubmit();
  }
});
