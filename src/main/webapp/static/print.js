// A print button for pages meant to be printed; without JavaScript the browser's own print still works.
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
