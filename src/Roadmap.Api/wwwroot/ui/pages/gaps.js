// Gaps, the editors' home: filters (topic, status, priority, body, owner, text), sorting and paging, all in the URL;
// when the live analysis last ran and what waits for the next run; editors record a gap of their own.
import { gql, isEditor } from '../api.js';
import { errorBox, fmt, h, labelled, select } from '../dom.js';
import { go, href } from '../router.js';
import { priority, statusBadge, topicPath, why } from './gap-parts.js';

const PAGE = 20;
const STATUSES = ['OPEN', 'ADDRESSED', 'CLOSED', 'DISMISSED', 'MERGED', 'ORPHANED'];
const FIELDS = [['PRIORITY', 'priority'], ['TOPIC', 'topic'], ['STATUS', 'status'], ['UPDATED', 'last change'], ['ID', 'id']];

const QUERY = `query Gaps($filter: GapFilter, $orderBy: GapOrder, $first: Int, $after: String) {
  gaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id statement kind status priority suggestedOwner editorCreated
      topic { id name path { name } }
      priorityBreakdown { terms { name value coefficient explanation } }
    }
  }
  topics { id name path { name } }
  analysisStatus { lastRun { finishedAt } changesPending decisionsPending }
}`;
const CREATE = `mutation Create($input: CreateGapInput!) { createGap(input: $input) { id } }`;

export default async function render(route, ctx) {
  ctx.title('Gaps');
  const p = route.params;
  const state = {
    topic: p.get('topic') ?? '', status: p.get('status') ?? 'OPEN', minPriority: p.get('minPriority') ?? '',
    body: p.get('body') ?? '', owner: p.get('owner') ?? '', text: p.get('text') ?? '',
    sort: p.get('sort') ?? 'PRIORITY', dir: p.get('dir') ?? 'DESC',
  };
  const after = p.get('after') || null;
  const back = (p.get('back') ?? '').split(',').filter(x => x !== '');

  const filter = {};
  if (state.topic) filter.topic = state.topic;
  if (state.status !== 'ALL') filter.status = state.status.split(',').filter(s => STATUSES.includes(s));
  if (state.minPriority) filter.minPriority = Number(state.minPriority);
  if (state.body) filter.body = state.body;
  if (state.owner) filter.owner = state.owner;
  if (state.text) filter.text = state.text;

  const page = h('section', { class: 'page gaps' }, h('h1', {}, 'Gaps'));
  let data;
  try {
    data = await gql(QUERY, { filter, orderBy: { field: state.sort, direction: state.dir }, first: PAGE, after });
  } catch (error) {
    page.append(filters(state, []), errorBox(error, 'Gaps could not be loaded'));
    return page;
  }
  const { gaps, topics, analysisStatus } = data;
  const shownFrom = back.length * PAGE + 1;
  page.append(status(analysisStatus), filters(state, topics),
    h('p', { class: 'count', role: 'status', id: 'gap-count' }, `${gaps.totalCount.toLocaleString('en')} gap${gaps.totalCount === 1 ? '' : 's'}` +
      (gaps.totalCount ? ` · ${shownFrom}–${shownFrom + gaps.nodes.length - 1}` : '')),
    gaps.nodes.length ? table(gaps.nodes) : h('p', { class: 'muted' }, 'No gap matches these filters.'),
    pager(state, after, back, gaps.pageInfo) ?? '',
    isEditor(ctx) ? createForm(topics, state.topic) : '');
  return page;
}

// When the analysis last ran, and whether changes or decisions wait for the next run (the service runs it by itself).
function status(s) {
  const pending = [
    s.changesPending ? `${s.changesPending.toLocaleString('en')} change${s.changesPending === 1 ? '' : 's'} to the documents` : null,
    s.decisionsPending ? 'editors’ topic decisions' : null,
  ].filter(Boolean);
  return h('p', { class: 'muted small', id: 'analysis-status' },
    s.lastRun?.finishedAt ? `Analysis last ran ${fmt.time(s.lastRun.finishedAt)}.` : 'The analysis has not run yet.',
    pending.length ? ` Waiting for the next run (within seconds): ${pending.join(' and ')}.` : ' Nothing is waiting for it.');
}

// An editor's own gap on a topic: what is missing, and optionally a priority and a first note.
function createForm(topics, topic) {
  const where = select('topicId', topics.map(t => [t.id, topicPath(t)]), topic || topics[0]?.id, { id: 'new-gap-topic' });
  const statement = h('textarea', { name: 'statement', id: 'new-gap-statement', required: true, rows: 2, placeholder: 'What is missing, in a sentence' });
  const score = h('input', { type: 'number', name: 'priority', id: 'new-gap-priority', min: 0, max: 100, step: 0.1, placeholder: '100 × topic weight' });
  const note = h('input', { name: 'note', id: 'new-gap-note', placeholder: 'Where it came from (optional)' });
  const result = h('div', { 'aria-live': 'assertive' });
  const form = h('form', { class: 'card stack', id: 'new-gap-form', 'aria-labelledby': 'h-new-gap' },
    h('h2', { id: 'h-new-gap' }, 'Record a gap'),
    labelled('Topic', where), labelled('Statement', statement),
    h('div', { class: 'row' }, labelled('Priority', score), labelled('Note', note, { class: 'field grow' }), h('button', { type: 'submit' }, 'Record gap')),
    result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    result.replaceChildren();
    try {
      const input = { topicId: where.value, statement: statement.value.trim(), note: note.value.trim() || null, priority: score.value === '' ? null : Number(score.value) };
      go('gap', [(await gql(CREATE, { input })).createGap.id]);
    } catch (error) {
      result.replaceChildren(errorBox(error, 'The gap was not recorded'));
    }
  });
  return form;
}

function filters(state, topics) {
  const topic = select('topic', [['', 'all topics'], ...topics.map(t => [t.id, topicPath(t)])], state.topic, { id: 'gap-topic' });
  const status = select('status', [['OPEN', 'open'], ['ADDRESSED', 'addressed'], ['CLOSED', 'closed'], ['DISMISSED', 'dismissed'], ['MERGED', 'merged into another finding'], ['ORPHANED', 'orphaned (topic removed)'], ['OPEN,ADDRESSED', 'open or addressed'], ['ALL', 'any status']], state.status, { id: 'gap-status' });
  const minPriority = h('input', { type: 'number', name: 'minPriority', min: 0, max: 100, step: 5, value: state.minPriority, id: 'gap-min-priority', size: 4 });
  const body = h('input', { name: 'body', value: state.body, id: 'gap-body', size: 7, placeholder: 'ITU-T' });
  const owner = h('input', { name: 'owner', value: state.owner, id: 'gap-owner', size: 10, placeholder: 'SG17' });
  const text = h('input', { type: 'search', name: 'text', value: state.text, id: 'gap-text', placeholder: 'words in the statement or topic' });
  const sort = select('sort', FIELDS, state.sort, { id: 'gap-sort' });
  const dir = select('dir', [['DESC', 'descending'], ['ASC', 'ascending']], state.dir, { id: 'gap-dir' });
  const form = h('form', { class: 'toolbar', 'aria-label': 'Gap filters' },
    labelled('Topic', topic), labelled('Status', status), labelled('Priority at least', minPriority),
    labelled('Owner body', body), labelled('Owner', owner), labelled('Text', text, { class: 'field grow' }),
    labelled('Sort by', sort), labelled('Order', dir),
    h('button', { type: 'submit', id: 'gap-apply' }, 'Apply'));
  const apply = () => go('gaps', [], {
    topic: topic.value, status: status.value === 'OPEN' ? '' : status.value, minPriority: minPriority.value, body: body.value.trim(),
    owner: owner.value.trim(), text: text.value.trim(), sort: sort.value === 'PRIORITY' ? '' : sort.value, dir: dir.value === 'DESC' ? '' : dir.value,
  });
  form.addEventListener('submit', event => { event.preventDefault(); apply(); });
  // Selects apply at once; text fields on Enter or the button.
  for (const control of [topic, status, sort, dir]) control.addEventListener('change', apply);
  return form;
}

function table(nodes) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'gaps' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Priority'), h('th', { scope: 'col' }, 'Gap and why'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Suggested owner'))),
    h('tbody', {}, nodes.map(g => h('tr', { dataset: { gap: g.id } },
      h('td', {}, priority(g.priority)),
      h('td', {},
        h('div', { class: 'muted small' }, topicPath(g.topic), ' · ', fmt.words(g.kind), g.editorCreated ? ' · editor' : ''),
        h('a', { href: href('gap', [g.id]), class: 'gap-link' }, g.statement),
        h('div', { class: 'why' }, why(g.priorityBreakdown))),
      h('td', {}, statusBadge(g.status)),
      h('td', {}, g.suggestedOwner ?? '—'))))));
}

function pager(state, after, back, info) {
  const keep = { ...state, status: state.status === 'OPEN' ? '' : state.status, sort: state.sort === 'PRIORITY' ? '' : state.sort, dir: state.dir === 'DESC' ? '' : state.dir };
  const previous = back.length ? { ...keep, after: back[back.length - 1] || '', back: back.slice(0, -1).join(',') } : null;
  const next = info.hasNextPage ? { ...keep, after: info.endCursor, back: [...back, after ?? ''].join(',') } : null;
  if (!previous && !next) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Gap pages' },
    previous ? h('a', { href: href('gaps', [], previous), rel: 'prev' }, '← Previous') : null,
    next ? h('a', { href: href('gaps', [], next), rel: 'next', id: 'gaps-next' }, 'Next →') : null);
}
