// Copy buttons for text a person may also select and copy by hand: without JavaScript the buttons stay hidden and
// the text is still there. The Clipboard API needs the frame's permission in an LMS iframe, so copying falls back to
// selecting the text and the older copy command.
(function () {
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copy') + '-status');
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = source.value !== undefined ? source.value : source.textContent;
      var said = function (copied) {
        if (status) {
          status.textContent = copied ? 'Copied.' : 'Select the text and copy it.';
        }
      };
      var byHand = function () {
        source.focus();
        source.select();
        var copied = false;
        try {
          copied = document.execCommand('copy');
        } catch (e) {
          copied = false;
        }
        said(copied);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { said(true); }, byHand);
      } else {
        byHand();
      }
    });
  });
})();
