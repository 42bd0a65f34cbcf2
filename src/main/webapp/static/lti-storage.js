// LTI platform storage (postMessage), for launches where the browser blocks cookies in the platform's iframe.
// Messages go only to the platform's origin, and only its answers are believed.
(function () {
  var box = document.getElementById('lti-storage');
  if (!box) { return; }
  var action = box.dataset.action;
  var origin = box.dataset.origin;
  var targetName = box.dataset.target;
  var messageId = 'dp-' + Math.random().toString(36).slice(2);
  var done = false;

  function targetFrame() {
    if (!window.parent || window.parent === window) { return null; }
    if (targetName === '_parent') { return window.parent; }
    try { return window.parent.frames[targetName] || null; } catch (e) { return null; }
  }

  function fail() {
    if (done) { return; }
    done = true;
    if (action === 'put') {
      window.location.href = box.dataset.next;
      return;
    }
    document.getElementById('lti-storage-status').textContent = 'Digital Practice could not check your sign-in here.';
    document.getElementById('lti-fallback').classList.remove('govuk-!-display-none');
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.message_id !== messageId) { return; }
    if (done) { return; }
    var subject = event.data.subject;
    if (action === 'put' && subject === 'lti.put_data.response') {
      done = true;
      window.location.href = box.dataset.next;
    } else if (action === 'get' && subject === 'lti.get_data.response' && event.data.value) {
      done = true;
      var form = document.getElementById('lti-verified');
      form.elements.binding.value = event.data.value;
      form.submit();
    } else if (event.data.error) {
      fail();
    }
  });

  var frame = targetFrame();
  if (!frame) { fail(); return; }
  var message = { subject: action === 'put' ? 'lti.put_data' : 'lti.get_data', message_id: messageId, key: box.dataset.key };
  if (action === 'put') { message.value = box.dataset.value; }
  frame.postMessage(message, origin);
  window.setTimeout(fail, 4000);
})();
