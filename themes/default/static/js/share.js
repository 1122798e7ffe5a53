/* The share page's copy buttons. Works offline and from a USB stick (file://): the Clipboard
   API where the browser allows it, else the message is selected and copied with
   document.execCommand('copy'); if both fail, the text stays selected to copy by hand. */
(function () {
  'use strict';
  function say(button, ok) {
    var status = button.parentNode.querySelector('.share-status');
    if (status) status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-failed');
  }
  function bySelection(area) {
    area.focus();
    area.select();
    try { area.setSelectionRange(0, area.value.length); } catch (e) { /* old browsers */ }
    try { return document.execCommand('copy'); } catch (e) { return false; }
  }
  document.addEventListener('click', function (event) {
    var button = event.target;
    while (button && !(button.classList && button.classList.contains('share-copy'))) button = button.parentNode;
    if (!button) return;
    var area = document.getElementById(button.getAttribute('data-target'));
    if (!area) return;
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(function () { say(button, true); },
        function () { say(button, bySelection(area)); });
    } else {
      say(button, bySelection(area));
    }
  });
})();
