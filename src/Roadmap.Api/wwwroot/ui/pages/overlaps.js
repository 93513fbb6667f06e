// Overlaps & liaisons: committee × committee overlap strength and the ranked liaison suggestions; choosing a pair
// shows its overlapping documents side by side. The chosen pair is in the URL (?a=…&b=…).
import { gql } from '../api.js';
import { errorBox, fmt, h } from '../dom.js';
import { go, href } from '../router.js';

const QUERY = `{
  overlapMatrix(first: 100) { firstCommittee secondCommittee strength overlaps }
  liaisons(first: 15) { firstCommittee secondCommittee strength overlaps status existing sharedTopics topPairs }
}`;
const PAIRS = `query Pairs($filter: OverlapFilter) {
  overlaps(filter: $filter, first: 20) {
    totalCount
    nodes {
      firstKey secondKey score textSimilarity topicSimilarity sharedTerms sharedTopics knownRelation
      first { key designation title scope committeeKey } second { key designation title scope committeeKey }
    }
  }
}`;
const SIZE = 12;

export default async function render(route, ctx) {
  ctx.title('Overlaps & liaisons');
  const a = route.params.get('a') ?? '';
  const b = route.params.get('b') ?? '';
  const page = h('section', { class: 'page overlaps' }, h('h1', {}, 'Overlaps & liaisons'));
  let data;
  try {
    data = await gql(QUERY);
  } catch (error) {
    page.append(errorBox(error, 'Overlaps could not be loaded'));
    return page;
  }
  page.append(h('div', { class: 'with-side matrix-side' }, matrix(data.overlapMatrix, a, b), liaisons(data.liaisons, a, b)));
  if (a && b) page.append(await pairs(a, b));
  return page;
}

const pairHref = (a, b) => href('overlaps', [], { a, b });

function matrix(rows, a, b) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'h-matrix' }, h('h2', { id: 'h-matrix' }, 'Committee × committee overlap strength'));
  if (!rows.length) return section.append(h('p', { class: 'muted' }, 'The analysis found no overlap between committees.')), section;
  const weight = new Map();
  for (const r of rows) for (const c of [r.firstCommittee, r.secondCommittee]) weight.set(c, (weight.get(c) ?? 0) + r.strength);
  const committees = [...weight.entries()].sort((x, y) => y[1] - x[1]).slice(0, SIZE).map(([c]) => c).sort();
  const cell = new Map();
  for (const r of rows) { cell.set(`${r.firstCommittee}\u0000${r.secondCommittee}`, r); cell.set(`${r.secondCommittee}\u0000${r.firstCommittee}`, r); }
  const max = Math.max(...rows.map(r => r.strength));
  section.append(h('p', { class: 'muted small' }, `The ${committees.length} committees with the strongest overlaps; darker is stronger. Choose a cell for its document pairs.`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'heat matrix', id: 'matrix' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, h('span', { class: 'sr' }, 'Committee')), committees.map(c => h('th', { scope: 'col', class: 'rot', title: c }, c.length > 22 ? c.slice(0, 21) + '…' : c)))),
      h('tbody', {}, committees.map(row => h('tr', {}, h('th', { scope: 'row', class: 'topic', title: row }, row),
        committees.map(col => {
          const r = row === col ? null : cell.get(`${row}\u0000${col}`);
          if (!r) return h('td', {}, h('span', { class: 'cell empty', 'aria-hidden': 'true' }, row === col ? '' : '·'));
          const [first, second] = [r.firstCommittee, r.secondCommittee];
          const button = h('button', {
            type: 'button', class: 'cell', 'aria-pressed': String((a === first && b === second) || (a === second && b === first)),
            'aria-label': `${row} and ${col}: strength ${fmt.number(r.strength, 1)}, ${r.overlaps} overlapping pairs`, title: `${row} × ${col}: ${r.overlaps} pairs`,
            dataset: { a: first, b: second }, onclick: () => go('overlaps', [], { a: first, b: second }),
          }, fmt.number(r.strength, 1));
          const t = Math.sqrt(r.strength / max);
          button.style.backgroundColor = `rgb(${Math.round(241 - 200 * t)}, ${Math.round(243 - 150 * t)}, ${Math.round(247 - 80 * t)})`;
          if (t > 0.55) button.classList.add('dark');
          return h('td', {}, button);
        })))))));
  return section;
}

function liaisons(list, a, b) {
  return h('section', { class: 'card', 'aria-labelledby': 'h-liaisons' }, h('h2', { id: 'h-liaisons' }, 'Suggested liaisons'),
    list.length ? h('ol', { class: 'liaisons', id: 'liaisons' }, list.map(l => h('li', {},
      h('a', { href: pairHref(l.firstCommittee, l.secondCommittee), 'aria-current': a === l.firstCommittee && b === l.secondCommittee ? 'true' : null },
        `${l.firstCommittee} ↔ ${l.secondCommittee}`),
      h('span', { class: 'muted small' }, ` strength ${fmt.number(l.strength, 2)} · ${l.overlaps} pair${l.overlaps === 1 ? '' : 's'}`,
        l.status === 'existing' ? ` · existing liaison (${l.existing})` : ' · new liaison'),
      l.sharedTopics.length ? h('div', { class: 'small' }, 'Shared topics: ', l.sharedTopics.slice(0, 5).join(', ')) : null)))
      : h('p', { class: 'muted' }, 'No liaison to suggest.'));
}

async function pairs(a, b) {
  const section = h('section', { class: 'card', id: 'pairs', 'aria-labelledby': 'h-pairs', tabindex: -1 }, h('h2', { id: 'h-pairs' }, `${a} ↔ ${b}: overlapping documents`));
  try {
    const result = (await gql(PAIRS, { filter: { firstCommittee: a, secondCommittee: b, includeKnown: true } })).overlaps;
    if (!result.nodes.length) return section.append(h('p', { class: 'muted' }, 'No overlapping pair between these committees.')), section;
    section.append(h('p', { class: 'muted small' }, `${result.totalCount} pair${result.totalCount === 1 ? '' : 's'}, strongest first.`),
      h('ol', { class: 'pair-list' }, result.nodes.map(o => h('li', { class: 'pairs' },
        side(o.first, o.firstKey), side(o.second, o.secondKey),
        h('p', { class: 'pair-score' }, `score ${fmt.number(o.score)} (text ${fmt.number(o.textSimilarity)}, topics ${fmt.number(o.topicSimilarity)})`,
          o.sharedTerms.length ? ` · shared terms: ${o.sharedTerms.slice(0, 8).join(', ')}` : '',
          o.knownRelation ? ` · known: ${fmt.words(o.knownRelation)}` : '')))));
  } catch (error) {
    section.append(errorBox(error, 'The pairs could not be loaded'));
  }
  return section;
}

function side(doc, key) {
  return h('div', { class: 'card side' },
    h('a', { href: href('doc', [key]), class: 'designation' }, doc?.designation ?? key),
    doc ? h('p', { class: 'small' }, doc.title) : null,
    doc?.committeeKey ? h('p', { class: 'muted small' }, doc.committeeKey) : null,
    doc?.scope ? h('p', { class: 'small scope-clip' }, doc.scope.length > 320 ? doc.scope.slice(0, 319) + '…' : doc.scope) : null);
}
