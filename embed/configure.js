// The clinician's configuration page: builds the widget URL and the embed snippet from the form,
// and keeps a live preview. Runs entirely in the page; nothing is stored or sent.
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const base = new URL('.', location.href);

const DEFAULTS = { form: 'choice', method: 'item_mean', accent: '#2f6f6a', font: 'system', radius: '12', theme: 'system', idle: '120' };

function options() {
  const data = new FormData(form);
  const out = [];
  const modules = data.getAll('module');
  if (modules.length && modules.length < 5) out.push(['modules', modules.join(',')]);
  for (const [key, fallback] of Object.entries(DEFAULTS)) {
    const value = String(data.get(key) ?? '').trim();
    if (value && value !== fallback) out.push([key, value]);
  }
  if (!data.get('research')) out.push(['research', 'off']);
  for (const key of ['intro', 'crisis_name', 'crisis_phone', 'crisis_url']) {
    const value = String(data.get(key) ?? '').trim();
    if (value) out.push([key, value]);
  }
  const kiosk = Boolean(data.get('kiosk'));
  if (kiosk) out.push(['kiosk', 'on']);
  // Downloads and printing default to on, or to off in a kiosk; the QR code the other way
  // round. Record only departures from those defaults.
  for (const [key, byDefault] of [['downloads', !kiosk], ['print', !kiosk], ['qr', kiosk]]) {
    const on = Boolean(data.get(key));
    if (on !== byDefault) out.push([key, on ? 'on' : 'off']);
  }
  // The idle time only matters in a kiosk.
  return kiosk ? out : out.filter(([k]) => k !== 'idle');
}

function escapeAttr(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function update() {
  const opts = options();
  const query = opts.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const url = `${base.href}index.html${query ? `?${query}` : ''}`;
  if (preview.getAttribute('src') !== url) preview.setAttribute('src', url);
  const attrs = opts.map(([k, v]) => ` data-${k.replace('_', '-')}="${escapeAttr(v)}"`).join('');
  snippet.value = `<script src="${base.href}embed.js"${attrs} async></script>`;
}

// A kiosk turns downloads and printing off and the QR code on by default; mirror that.
form.elements.kiosk.addEventListener('change', () => {
  form.elements.downloads.checked = !form.elements.kiosk.checked;
  form.elements.print.checked = !form.elements.kiosk.checked;
  form.elements.qr.checked = form.elements.kiosk.checked;
});
form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Select the snippet and copy it.';
  }
});
update();
