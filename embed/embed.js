/*! Self-compassion practice widget: embed loader. Paste on any page:
 *  <script src="https://YOUR-WIDGET-HOST/embed.js" data-modules="scale,pacer" async></script>
 *  It adds an <iframe> that loads the widget from its own origin, so the host page's scripts can
 *  never read what a client types. Every data-* attribute becomes a widget option. The frame
 *  tells this page only its height; messages are accepted only from the widget's origin and its
 *  own frame. No user data ever crosses. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var names = ['modules', 'form', 'method', 'research', 'accent', 'font', 'radius', 'theme', 'intro',
    'crisis-name', 'crisis-phone', 'crisis-url', 'kiosk', 'idle', 'downloads', 'print', 'qr', 'lang'];
  var params = [];
  for (var i = 0; i < names.length; i++) {
    var value = script.getAttribute('data-' + names[i]);
    if (value !== null) params.push(names[i].replace('-', '_') + '=' + encodeURIComponent(value));
  }
  params.push('parent=' + encodeURIComponent(location.origin));
  var frame = document.createElement('iframe');
  frame.src = base.href + 'index.html?' + params.join('&');
  frame.title = script.getAttribute('data-title') || 'Self-compassion practice';
  frame.setAttribute('allow', 'fullscreen; screen-wake-lock');
  frame.setAttribute('loading', 'lazy');
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = (script.getAttribute('data-height') || '640') + 'px';
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (event) {
    if (event.origin !== base.origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'selfcompassion:height' || typeof data.height !== 'number') return;
    frame.style.height = Math.max(200, Math.min(20000, Math.ceil(data.height))) + 'px';
  });
})();
