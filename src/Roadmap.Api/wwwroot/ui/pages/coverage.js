// Coverage: topic × body (or committee) heat map; a cell lists its documents. Selection and as-of date are in the URL.
import { gql } from '../api.js';
import { docLink, errorBox, h, labelled, select, stageBadge } from '../dom.js';
import { go, href } from '../router.js';

const QUERY = `query Coverage($dimension: CoverageDimension, $asOf: Date) {
  coverage(dimension: $dimension, asOf: $asOf) {
    asOf dimension columns
    topics { id name path { id } }
    cells { topicId value published inDevelopment withdrawn newest }
  }
}`;
const CELL = `query Cell($dimension: CoverageDimension, $asOf: Date) {
  coverage(dimension: $dimension, asOf: $asOf) { cells { topicId value documents(first: 50) { key designation title published lifecycle { stage } } } }
}`;

export default async function render(route, ctx) {
  ctx.title('Coverage');
  const p = route.params;
  const state = { dimension: p.get('dimension') || 'BODY', asOf: p.get('asOf') ?? '', topic: p.get('topic') ?? '', col: p.get('col') ?? '' };
  const vars = { dimension: state.dimension, asOf: state.asOf || null };
  const page = h('section', { class: 'page coverage' }, h('h1', {}, 'Coverage'), controls(state));
  let coverage;
  try {
    coverage = (await gql(QUERY, vars)).coverage;
  } catch (error) {
    page.append(errorBox(error, 'Coverage could not be loaded'));
    return page;
  }
  const cells = new Map(coverage.cells.map(c => [`${c.topicId}\u0000${c.value}`, c]));
  const max = Math.max(1, ...coverage.cells.map(c => c.published + c.inDevelopment));
  const columns = state.dimension === 'COMMITTEE' ? busiest(coverage, 25) : coverage.columns;

  page.append(h('p', { class: 'legend' }, 'Documents in force or in development per topic (with its subtopics):',
    paint(h('span', { class: 'swatch', ...shade(0, max) })), '0', paint(h('span', { class: 'swatch', ...shade(max / 2, max) })), String(Math.round(max / 2)),
    paint(h('span', { class: 'swatch', ...shade(max, max) })), String(max), state.dimension === 'COMMITTEE' && coverage.columns.length > columns.length ? ` · the ${columns.length} busiest of ${coverage.columns.length} committees` : ''));
  const table = h('table', { class: 'heat', id: 'heat' },
    h('caption', { class: 'muted small' }, coverage.asOf ? `As of ${coverage.asOf}` : 'Current landscape'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Topic'), columns.map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, coverage.topics.map(t => h('tr', {},
      h('th', { scope: 'row', class: `topic level-${Math.min(2, (t.path?.length ?? 1) - 1)}`, title: t.name }, t.name),
      columns.map(col => h('td', {}, cellButton(t, col, cells.get(`${t.id}\u0000${col}`), max, state)))))));
  page.append(h('div', { class: 'with-side wide-side' }, h('div', { class: 'table-wrap card' }, table), await cellDocuments(state, vars, coverage)));
  return page;
}

function controls(state) {
  const dimension = select('dimension', [['BODY', 'body'], ['COMMITTEE', 'committee']], state.dimension, { id: 'coverage-dimension' });
  const asOf = h('input', { type: 'date', name: 'asOf', value: state.asOf, id: 'coverage-asof' });
  const form = h('form', { class: 'toolbar' }, labelled('Columns', dimension), labelled('As of', asOf), h('button', { type: 'submit' }, 'Show'));
  const apply = () => go('coverage', [], { dimension: dimension.value === 'BODY' ? '' : dimension.value, asOf: asOf.value });
  form.addEventListener('submit', e => { e.preventDefault(); apply(); });
  dimension.addEventListener('change', apply);
  return form;
}

function busiest(coverage, count) {
  const totals = new Map();
  for (const c of coverage.cells) totals.set(c.value, (totals.get(c.value) ?? 0) + c.published + c.inDevelopment);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([value]) => value).sort();
}

// The cell's colour through CSSOM (the CSP forbids inline style attributes): white to deep blue.
function shade(value, max) {
  const t = value <= 0 ? 0 : 0.12 + 0.88 * Math.sqrt(value / max);
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return { 'data-shade': `rgb(${mix(241, 24)}, ${mix(243, 72)}, ${mix(247, 150)})`, 'data-dark': t > 0.55 ? 'true' : null };
}

function paint(el) {
  if (el.dataset.shade) el.style.backgroundColor = el.dataset.shade;
  if (el.dataset.dark) el.classList.add('dark');
  return el;
}

function cellButton(topic, col, cell, max, state) {
  const live = cell ? cell.published + cell.inDevelopment : 0;
  const selected = state.topic === topic.id && state.col === col;
  const label = cell ? `${topic.name} × ${col}: ${cell.published} in force, ${cell.inDevelopment} in development, ${cell.withdrawn} withdrawn${cell.newest ? `, newest ${cell.newest}` : ''}` : `${topic.name} × ${col}: no document`;
  const button = h('button', {
    type: 'button', class: 'cell', 'aria-pressed': String(selected), 'aria-label': label, title: label, ...shade(live, max),
    dataset: { topic: topic.id, col },
    onclick: () => go('coverage', [], { dimension: state.dimension === 'BODY' ? '' : state.dimension, asOf: state.asOf, topic: topic.id, col }),
  }, cell ? String(live) : '·');
  return paint(button);
}

async function cellDocuments(state, vars, coverage) {
  const panel = h('section', { class: 'card', id: 'cell-documents', 'aria-labelledby': 'h-cell', tabindex: -1 });
  if (!state.topic || !state.col) {
    panel.append(h('h2', { id: 'h-cell' }, 'Documents'), h('p', { class: 'muted' }, 'Choose a cell to list its documents.'));
    return panel;
  }
  const topic = coverage.topics.find(t => t.id === state.topic);
  panel.append(h('h2', { id: 'h-cell' }, `${topic?.name ?? state.topic} × ${state.col}`));
  try {
    const cell = (await gql(CELL, vars)).coverage.cells.find(c => c.topicId === state.topic && c.value === state.col);
    const docs = cell?.documents ?? [];
    panel.append(docs.length
      ? h('ul', { class: 'cell-docs' }, docs.map(d => h('li', {}, docLink(d.key, d.designation), ` ${d.title} `, stageBadge(d.lifecycle.stage))))
      : h('p', { class: 'muted' }, 'No document in this cell.'),
    h('p', { class: 'small' }, h('a', { href: href('gaps', [], { topic: state.topic, status: 'ALL' }) }, 'Gaps of this topic')));
  } catch (error) {
    panel.append(errorBox(error, 'The cell could not be loaded'));
  }
  return panel;
}
