// Sends a form marked data-auto-submit at once; its button stays for browsers without JavaScript.
(function () {
  var form = document.querySelector('form[data-auto-submit]');
  if (form) { form.submit(); }
})();
