// Roadmap: the roadmap document as of a date, previewed in a frame, downloadable as Word, HTML or Markdown.
import { h, labelled } from '../dom.js';
import { go } from '../router.js';

const FORMATS = [['docx', 'Word (.docx)', 'download-docx'], ['html', 'HTML', 'download-html'], ['md', 'Markdown', 'download-md']];

export default async function render(route, ctx) {
  ctx.title('Roadmap');
  const asOf = route.params.get('asOf') ?? '';
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const picker = h('input', { type: 'date', name: 'asOf', id: 'roadmap-asof', value: asOf });
  const form = h('form', { class: 'toolbar' },
    labelled('As of (empty: today)', picker),
    h('button', { type: 'submit' }, 'Show'),
    h('div', { class: 'downloads', role: 'group', 'aria-label': 'Downloads' },
      FORMATS.map(([ext, label, id]) => h('a', { class: 'button secondary', id, href: `/roadmap.${ext}${query}`, download: '' }, `Download ${label}`))));
  form.addEventListener('submit', e => { e.preventDefault(); go('roadmap', [], { asOf: picker.value }); });
  return h('section', { class: 'page roadmap' },
    h('h1', {}, 'Roadmap'),
    form,
    h('iframe', { class: 'preview', id: 'roadmap-preview', src: `/roadmap.html${query}`, title: `Roadmap preview${asOf ? ` as of ${asOf}` : ''}` }));
}
