// Roadmap: the roadmap document as of a date, previewed in a frame, downloadable as Word, HTML or Markdown.
// With an API key in the session, downloads are fetched with it (a link cannot send a header), so the page works when
// anonymous reading is off; without one, plain links do.
import { apiKey } from '../api.js';
import { h, labelled } from '../dom.js';
import { go } from '../router.js';

const LOADING = 'Building the roadmap preview…';
const FORMATS = [['docx', 'Word (.docx)', 'download-docx'], ['html', 'HTML', 'download-html'], ['md', 'Markdown', 'download-md']];

/** GETs one of the roadmap files, with the session's key when there is one; a problem answer becomes an Error. */
async function fetchRoadmap(url) {
  const response = await fetch(url, { headers: apiKey.get() ? { 'X-Api-Key': apiKey.get() } : {} });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `The server answered ${response.status} ${response.statusText}.`);
  }
  return response;
}

function fileName(response, fallback) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') || '');
  return match ? decodeURIComponent(match[1]) : fallback;
}

async function download(url, fallback, status) {
  status.textContent = 'Preparing the download…';
  try {
    const response = await fetchRoadmap(url);
    const blob = URL.createObjectURL(await response.blob());
    const link = h('a', { href: blob, download: fileName(response, fallback), hidden: '' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(blob), 60_000);
    status.textContent = '';
  } catch (error) {
    status.textContent = `Download failed: ${error.message}`;
  }
}

export default async function render(route, ctx) {
  ctx.title('Roadmap');
  const asOf = route.params.get('asOf') ?? '';
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'roadmap-status' });
  const picker = h('input', { type: 'date', name: 'asOf', id: 'roadmap-asof', value: asOf });
  const links = FORMATS.map(([ext, label, id]) => {
    const link = h('a', { class: 'button secondary', id, href: `/roadmap.${ext}${query}`, download: '' }, `Download ${label}`);
    link.addEventListener('click', e => {
      if (!apiKey.get()) return;
      e.preventDefault();
      download(link.href, `roadmap.${ext}`, status);
    });
    return link;
  });
  const form = h('form', { class: 'toolbar' },
    labelled('As of (empty: today)', picker),
    h('button', { type: 'submit' }, 'Show'),
    h('div', { class: 'downloads', role: 'group', 'aria-label': 'Downloads' }, links));
  form.addEventListener('submit', e => { e.preventDefault(); go('roadmap', [], { asOf: picker.value }); });

  // The downloads are attachments (a frame pointed at one would save it, not show it), so the preview is fetched — with
  // the session's key when there is one — and shown in a sandboxed frame: the document is self-contained and needs no script.
  // Building the document takes a second or two: say so, in the status line and in the frame, until it arrives.
  const preview = h('iframe', {
    class: 'preview', id: 'roadmap-preview', sandbox: '', title: `Roadmap preview${asOf ? ` as of ${asOf}` : ''}`, 'data-src': `/roadmap.html${query}`,
    'aria-busy': 'true', srcdoc: `<p style="font: 15px system-ui, sans-serif; color: #555; margin: 2em">${LOADING}</p>`,
  });
  status.textContent = LOADING;
  const settled = () => {
    preview.removeAttribute('aria-busy');
    if (status.textContent === LOADING) status.textContent = '';
  };
  fetchRoadmap(`/roadmap.html${query}`)
    .then(response => response.text())
    .then(html => { preview.srcdoc = html; settled(); })
    .catch(error => { settled(); status.textContent = `Preview failed: ${error.message}`; });

  return h('section', { class: 'page roadmap' }, h('h1', {}, 'Roadmap'), form, status, preview);
}
