// The practice platform's side of LTI platform storage (lti.put_data / lti.get_data), for the tool in its iframe.
// Values are kept per origin, as the specification requires, and only for this page's life.
(function () {
  var box = document.getElementById('practice-platform-storage');
  if (!box) { return; }
  var toolOrigin = box.dataset.toolOrigin;
  var store = {};
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== toolOrigin || !data || typeof data.subject !== 'string') { return; }
    var key = event.origin + '|' + data.key;
    if (data.subject === 'lti.put_data') {
      store[key] = data.value;
      event.source.postMessage({ subject: 'lti.put_data.response', message_id: data.message_id, key: data.key, value: data.value }, event.origin);
    } else if (data.subject === 'lti.get_data') {
      if (Object.prototype.hasOwnProperty.call(store, key)) {
        event.source.postMessage({ subject: 'lti.get_data.response', message_id: data.message_id, key: data.key, value: store[key] }, event.origin);
      } else {
        event.source.postMessage({ subject: 'lti.get_data.response', message_id: data.message_id, key: data.key, error: { code: 'bad_request', message: 'no value for this key' } }, event.origin);
      }
    } else if (data.subject === 'lti.capabilities') {
      event.source.postMessage({ subject: 'lti.capabilities.response', message_id: data.message_id, supported_messages: [ { subject: 'lti.put_data' }, { subject: 'lti.get_data' } ] }, event.origin);
    }
  });
})();
