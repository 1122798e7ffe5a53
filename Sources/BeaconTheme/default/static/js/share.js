/* The share page's copy buttons. Works offline and from a USB stick (file://): the Clipboard
   API where the browser allows it, else the message goes into a textarea that is selected and
   copied with document.execCommand('copy'); if both fail, the message is selected on the page
   to copy by hand. */
(function () {
  'use strict';
  function say(button, ok) {
    var status = button.parentNode.querySelector('.share-status');
    if (status) status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-failed');
  }
  function selectOnPage(element) {
    if (!window.getSelection || !document.createRange) return;
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function byTextarea(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.focus();
    area.select();
    try { area.setSelectionRange(0, text.length); } catch (e) { /* old browsers */ }
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  document.addEventListener('click', function (event) {
    var button = event.target;
    while (button && !(button.classList && button.classList.contains('share-copy'))) button = button.parentNode;
    if (!button) return;
    var element = document.getElementById(button.getAttribute('data-target'));
    if (!element) return;
    var text = element.textContent;
    function fallback() {
      var ok = byTextarea(text);
      if (!ok) selectOnPage(element);
      say(button, ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { say(button, true); }, fallback);
    } else {
      fallback();
    }
  });
})();
