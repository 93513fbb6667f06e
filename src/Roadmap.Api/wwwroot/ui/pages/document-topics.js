// The document page's topics: classification with its evidence; editors pin a topic, reject one, or clear their decision.
import { gql, isEditor } from '../api.js';
import { clear, errorBox, fmt, h, labelled, select } from '../dom.js';
import { href } from '../router.js';

const TOPICS = `query DocumentTopics($key: ID) {
  document(key: $key) {
    topics(includeRejected: true) {
      score pinned rejected
      topic { id name path { name } }
      decision { kind editor at note }
      evidence { kind ruleId detail terms weight }
    }
  }
}`;
const ALL_TOPICS = '{ topics { id name path { name } } }';
const PIN = 'mutation Pin($d: ID!, $t: ID!, $n: String) { pinTopic(documentKey: $d, topicId: $t, note: $n) { pinned } }';
const REJECT = 'mutation Reject($d: ID!, $t: ID!, $n: String) { rejectTopic(documentKey: $d, topicId: $t, note: $n) { rejected } }';
const CLEAR = 'mutation Clear($d: ID!, $t: ID!) { clearTopicDecision(documentKey: $d, topicId: $t) }';

const pathName = topic => topic.path?.length ? topic.path.map(p => p.name).join(' › ') : topic.name;

export async function topicsSection(doc, ctx) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'h-topics', id: 'topics' });
  await fill(section, doc, ctx);
  return section;
}

async function fill(section, doc, ctx, message = null) {
  let rows;
  try {
    rows = (await gql(TOPICS, { key: doc.key })).document?.topics ?? [];
  } catch (error) {
    clear(section, h('h2', { id: 'h-topics' }, 'Topics'), errorBox(error, 'Topics are not available'));
    return;
  }
  const status = h('p', { role: 'status', class: 'muted', id: 'topic-status' }, message ?? '');
  const act = async (query, variables, done) => {
    try {
      await gql(query, variables);
      await fill(section, doc, ctx, done);
      section.querySelector('#topic-status')?.focus?.();
    } catch (error) {
      clear(status, errorBox(error, 'The decision was not saved'));
    }
  };
  const note = h('input', { name: 'note', id: 'topic-note', placeholder: 'Why (optional, kept with the decision)' });
  const buttons = row => !isEditor(ctx) ? null : h('div', { class: 'actions' },
    row.pinned ? null : h('button', { type: 'button', onclick: () => act(PIN, { d: doc.key, t: row.topic.id, n: note.value || null }, `Pinned ${row.topic.name}.`) }, 'Pin'),
    row.rejected ? null : h('button', { type: 'button', class: 'danger', onclick: () => act(REJECT, { d: doc.key, t: row.topic.id, n: note.value || null }, `Rejected ${row.topic.name}.`) }, 'Reject'),
    row.decision ? h('button', { type: 'button', onclick: () => act(CLEAR, { d: doc.key, t: row.topic.id }, `Decision on ${row.topic.name} cleared.`) }, 'Clear decision') : null);

  const list = rows.length
    ? h('ul', { class: 'topics' }, rows.map(row => h('li', { class: row.rejected ? 'rejected' : row.pinned ? 'pinned' : '', dataset: { topic: row.topic.id } },
      h('div', { class: 'topic-head' },
        h('a', { href: href('gaps', [], { topic: row.topic.id }) }, pathName(row.topic)),
        h('span', { class: 'score' }, ` ${fmt.number(row.score)}`),
        row.pinned ? h('span', { class: 'badge pinned' }, 'pinned') : null,
        row.rejected ? h('span', { class: 'badge rejected' }, 'rejected') : null,
        buttons(row)),
      row.decision ? h('p', { class: 'muted small' }, `${fmt.words(row.decision.kind)} by ${row.decision.editor}, ${fmt.time(row.decision.at)}`, row.decision.note ? ` — ${row.decision.note}` : '') : null,
      row.evidence.length ? h('details', {}, h('summary', {}, `Evidence (${row.evidence.length})`),
        h('ul', { class: 'evidence' }, row.evidence.map(e => h('li', {},
          h('span', { class: 'badge' }, fmt.words(e.kind)), ` ${e.detail}`, e.terms.length ? h('span', { class: 'muted' }, ` [${e.terms.join(', ')}]`) : '', ` · weight ${fmt.number(e.weight)}`)))) : null)))
    : h('p', { class: 'muted' }, 'The analysis has not classified this document under any topic.');

  let pinForm = null;
  if (isEditor(ctx)) {
    let all = [];
    try { all = (await gql(ALL_TOPICS)).topics; } catch { all = []; }
    const choice = select('topic', [['', 'choose a topic…'], ...all.map(t => [t.id, pathName(t)])], '', { id: 'pin-topic' });
    pinForm = h('form', { class: 'toolbar' }, labelled('Note', note, { class: 'field grow' }), labelled('Add a topic', choice),
      h('button', { type: 'submit' }, 'Pin topic'));
    pinForm.addEventListener('submit', event => {
      event.preventDefault();
      if (choice.value) act(PIN, { d: doc.key, t: choice.value, n: note.value || null }, 'Topic pinned.');
    });
  }
  clear(section, h('h2', { id: 'h-topics' }, 'Topics'), list, pinForm, status);
}
