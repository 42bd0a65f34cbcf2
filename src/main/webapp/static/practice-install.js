// The practice platform's side of the end of Dynamic Registration: the tool's page posts org.imsglobal.lti.close
// when it has finished, and the platform closes the frame, as Moodle and Canvas do. Only the tool's origin counts.
(function () {
  var box = document.getElementById('practice-install');
  if (!box) { return; }
  window.addEventListener('message', function (event) {
    if (event.origin !== box.dataset.toolOrigin || !event.data || event.data.subject !== 'org.imsglobal.lti.close') {
      return;
    }
    var frame = document.getElementById('tool-registration');
    if (frame) { frame.parentNode.removeChild(frame); }
    document.getElementById('practice-install-status').classList.add('govuk-!-display-none');
    document.getElementById('practice-install-done').classList.remove('govuk-!-display-none');
  });
})();
