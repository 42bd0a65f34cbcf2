// LTI Dynamic Registration: tells the platform that opened the registration, in a frame (Moodle, Canvas) or a new
// window (Brightspace), that it has finished, so that it closes the tool's page (org.imsglobal.lti.close). The
// message carries nothing secret, and the platform's page may be on another host than its issuer, hence '*'.
(function () {
  if (!document.getElementById('registration-done')) { return; }
  var platform = window.opener || (window.parent !== window ? window.parent : null);
  if (platform) {
    platform.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
  }
})();
