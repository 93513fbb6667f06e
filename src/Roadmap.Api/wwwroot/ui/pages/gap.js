// Gap detail: statement, score breakdown, evidence, work in progress, owner, progress since a date, history, notes;
// editors change status, edit the statement, set the priority with a reason, add notes and read the gap's audit trail.
// A stale expectedVersion comes back as CONFLICT and is shown, never overwritten. Readers see no editor forms.
import { gql, isEditor } from '../api.js';
import { docLink, errorBox, fmt, h, labelled, select, stageBadge } from '../dom.js';
import { href } from '../router.js';
import { priority, statusBadge, topicPath } from './gap-parts.js';

const GAP_FIELDS = `id statement kind status editorCreated priority version updatedAt suggestedOwner suggestedOwnerMandate firstSeenRun lastChangedRun
  alsoHolds { kind perspective } priorityOverride { score reason editor at }
  topic { id name scope path { name } }
  priorityBreakdown { score formula terms { name value coefficient explanation } }
  evidence { documentKey mapping confidence state document { key designation title lifecycle { stage } } }
  workInProgress { key designation title lifecycle { stage code } }
  history { from to at actor reason evidenceKeys }
  notes { author at text }`;
const QUERY = `query Gap($id: ID!) { gap(id: $id) { ${GAP_FIELDS} } }`;
const SET_STATUS = `mutation SetStatus($input: SetGapStatusInput!) { setGapStatus(input: $input) { id status version } }`;
const UPDATE = `mutation Update($input: UpdateGapInput!) { updateGap(input: $input) { id version } }`;
const ADD_NOTE = `mutation AddNote($input: AddGapNoteInput!) { addGapNote(input: $input) { id version } }`;
const PROGRESS = `query Progress($id: ID!, $since: Date!) { gap(id: $id) { progress(since: $since) { documentKey title change then now dated countsAsCoverage } } }`;
const AUDIT = `query Audit($target: String!) { auditTrail(target: $target, first: 50) { id at actor action note } }`;

// A message to show after the page re-renders following a saved change.
let notice = null;

export default async function render(route, ctx) {
  const id = route.args.join('/');
  const gap = (await gql(QUERY, { id })).gap;
  if (!gap) {
    ctx.title('Gap not found');
    return h('section', { class: 'page' }, h('h1', {}, 'Gap not found'), h('p', {}, `There is no gap “${id}”. `, h('a', { href: '#/gaps' }, 'All gaps')));
  }
  ctx.title(`Gap: ${gap.topic.name}`);
  const shown = notice;
  notice = null;

  return h('article', { class: 'page gap', dataset: { version: gap.version } },
    h('p', { class: 'kicker' }, h('a', { href: '#/gaps' }, 'Gaps'), ' › ', h('a', { href: href('gaps', [], { topic: gap.topic.id, status: 'ALL' }) }, topicPath(gap.topic))),
    h('h1', {}, 'Gap: ', gap.topic.name),
    shown ? h('p', { class: 'notice', role: 'status', id: 'gap-notice' }, shown) : null,
    h('section', { class: 'card' },
      h('p', { class: 'statement', id: 'gap-statement' }, gap.statement),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Status'), h('dd', { id: 'gap-status-value' }, statusBadge(gap.status)),
        h('dt', {}, 'Priority'), h('dd', { id: 'gap-priority' }, priority(gap.priority), gap.priorityOverride
          ? h('div', { class: 'small', id: 'priority-override' }, `Set by ${gap.priorityOverride.editor} on ${fmt.time(gap.priorityOverride.at)}: ${gap.priorityOverride.reason}`,
            gap.priorityBreakdown ? ` (the formula gives ${fmt.number(gap.priorityBreakdown.score, 1)})` : '')
          : null),
        h('dt', {}, 'Kind'), h('dd', { id: 'gap-kind' }, fmt.words(gap.kind), gap.editorCreated ? ' (created by an editor)' : '',
          gap.alsoHolds.length ? h('div', { class: 'small' }, 'On the same evidence also: ', gap.alsoHolds.map(a => fmt.words(a.kind) + (a.perspective ? ` (${a.perspective})` : '')).join(', ')) : null),
        h('dt', {}, 'Suggested owner'), h('dd', {}, gap.suggestedOwner ?? '—', gap.suggestedOwnerMandate ? h('div', { class: 'muted small' }, gap.suggestedOwnerMandate) : null),
        h('dt', {}, 'Seen'), h('dd', {}, `first in run ${gap.firstSeenRun ?? '—'}, last changed in ${gap.lastChangedRun ?? '—'}`),
        h('dt', {}, 'Version'), h('dd', {}, `${gap.version}`, gap.updatedAt ? ` · updated ${fmt.time(gap.updatedAt)}` : ''))),
    editorForms(gap, ctx),
    h('div', { class: 'grid two' }, breakdown(gap.priorityBreakdown), workInProgress(gap.workInProgress)),
    evidence(gap.evidence),
    progress(gap),
    h('div', { class: 'grid two' }, history(gap.history), notes(gap.notes)),
    isEditor(ctx) ? auditTrail(gap) : null);
}

// What appeared, advanced or closed the gap since a date (a year ago by default): the progress report between editions.
function progress(gap) {
  const since = h('input', { type: 'date', name: 'since', id: 'progress-since', required: true, value: new Date(Date.now() - 365 * 864e5).toISOString().slice(0, 10) });
  const out = h('div', { id: 'gap-progress', 'aria-live': 'polite' });
  const show = async event => {
    event?.preventDefault();
    out.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    try {
      const items = (await gql(PROGRESS, { id: gap.id, since: since.value })).gap?.progress ?? [];
      out.replaceChildren(items.length
        ? h('table', { class: 'data', id: 'progress-table' },
          h('thead', {}, h('tr', {}, ['Document', 'What happened', 'Then', 'Now', 'Counts as coverage'].map(c => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, items.map(i => h('tr', {},
            h('td', {}, docLink(i.documentKey), h('div', { class: 'muted small' }, i.title)),
            h('td', {}, fmt.words(i.change)), h('td', {}, i.then ?? '—'), h('td', {}, i.now), h('td', {}, i.countsAsCoverage ? 'yes' : 'related')))))
        : h('p', { class: 'muted' }, `Nothing on this topic appeared, advanced or closed since ${since.value}.`));
    } catch (error) {
      out.replaceChildren(errorBox(error, 'Progress could not be loaded'));
    }
  };
  const form = h('form', { class: 'row', id: 'progress-form' }, labelled('Since', since), h('button', { type: 'submit' }, 'Show progress'));
  form.addEventListener('submit', show);
  return h('section', { class: 'card', 'aria-labelledby': 'h-progress' }, h('h2', { id: 'h-progress' }, 'Progress'), form, out);
}

// Every recorded change to the gap, newest first (editors only: the server refuses readers).
function auditTrail(gap) {
  const list = h('div', { id: 'gap-audit' }, h('p', { class: 'muted' }, 'Loading…'));
  gql(AUDIT, { target: gap.id }).then(
    data => list.replaceChildren(data.auditTrail.length
      ? h('ol', { class: 'timeline' }, data.auditTrail.map(a => h('li', {}, h('strong', {}, a.action), ` ${fmt.time(a.at)} by ${a.actor}`, a.note ? h('div', { class: 'small' }, a.note) : null)))
      : h('p', { class: 'muted' }, 'No recorded change yet.')),
    error => list.replaceChildren(errorBox(error, 'The audit trail could not be loaded')));
  return h('section', { class: 'card', 'aria-labelledby': 'h-audit' }, h('h2', { id: 'h-audit' }, 'Audit trail'), list);
}

function breakdown(b) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'h-score' }, h('h2', { id: 'h-score' }, 'Score breakdown'));
  if (!b) return section.append(h('p', { class: 'muted' }, 'An editor set this priority.')), section;
  section.append(h('p', { class: 'small' }, h('code', {}, b.formula), ` = ${fmt.number(b.score, 1)}`),
    h('table', { class: 'data terms', id: 'score-terms' },
      h('thead', {}, h('tr', {}, ['Term', 'Value', '×', 'Why'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, b.terms.map(t => h('tr', {}, h('td', {}, t.name), h('td', { class: 'num' }, fmt.number(t.value)), h('td', { class: 'num' }, fmt.number(t.coefficient)), h('td', {}, t.explanation))))));
  return section;
}

function workInProgress(docs) {
  return h('section', { class: 'card', 'aria-labelledby': 'h-wip' }, h('h2', { id: 'h-wip' }, 'Work in progress'),
    docs.length ? h('ul', {}, docs.map(d => h('li', {}, docLink(d.key, d.designation), ` ${d.title} `, stageBadge(d.lifecycle.stage))))
      : h('p', { class: 'muted' }, 'No document in development addresses this topic.'));
}

function evidence(items) {
  return h('section', { class: 'card', 'aria-labelledby': 'h-evidence' }, h('h2', { id: 'h-evidence' }, `Evidence (${items.length})`),
    items.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'gap-evidence' },
      h('thead', {}, h('tr', {}, ['Document', 'Mapping', 'Confidence', 'State'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, items.map(e => h('tr', {},
        h('td', {}, docLink(e.documentKey, e.document?.designation), e.document ? h('div', { class: 'muted small' }, e.document.title) : null),
        h('td', {}, fmt.words(e.mapping)), h('td', { class: 'num' }, fmt.number(e.confidence)), h('td', {}, e.state ?? '—'))))))
      : h('p', { class: 'muted' }, 'No document bears on this topic: that is the gap.'));
}

function history(changes) {
  return h('section', { class: 'card', 'aria-labelledby': 'h-gap-history' }, h('h2', { id: 'h-gap-history' }, 'History'),
    changes.length ? h('ol', { class: 'timeline', id: 'gap-history' }, changes.map(c => h('li', {},
      h('strong', {}, c.from ? `${fmt.words(c.from)} → ${fmt.words(c.to)}` : fmt.words(c.to)), ` ${fmt.time(c.at)} by ${c.actor}`,
      c.reason ? h('div', { class: 'small' }, c.reason) : null))) : h('p', { class: 'muted' }, 'No status change yet.'));
}

function notes(items) {
  return h('section', { class: 'card', 'aria-labelledby': 'h-notes' }, h('h2', { id: 'h-notes' }, 'Notes'),
    items.length ? h('ol', { class: 'timeline', id: 'gap-notes' }, items.map(n => h('li', {}, h('strong', {}, n.author), ` ${fmt.time(n.at)}`, h('div', {}, n.text))))
      : h('p', { class: 'muted' }, 'No notes yet.'));
}

function editorForms(gap, ctx) {
  if (!isEditor(ctx)) {
    return h('p', { class: 'muted small', id: 'editor-hint' }, 'Editors change a gap’s status, statement and priority here; enter an editor key (“API key” at the top) to see the forms.');
  }
  const result = h('div', { id: 'gap-result', 'aria-live': 'assertive' });
  const submit = async (event, query, input, done) => {
    event.preventDefault();
    const button = event.submitter ?? event.target.querySelector('button[type=submit]');
    button.disabled = true;
    result.replaceChildren();
    try {
      await gql(query, { input });
      notice = done;
      ctx.rerender();
    } catch (error) {
      result.replaceChildren(error.code === 'CONFLICT' ? conflictBox(error, gap, ctx) : errorBox(error, 'The change was not saved'));
      result.querySelector('[role=alert]')?.focus?.();
    } finally {
      button.disabled = false;
    }
  };

  const status = select('status', ['OPEN', 'ADDRESSED', 'CLOSED', 'DISMISSED'].map(s => [s, fmt.words(s)]), gap.status, { id: 'new-status' });
  const reason = h('input', { name: 'note', id: 'status-note', required: true, placeholder: 'Why (required)' });
  const statusForm = h('form', { class: 'stack', id: 'status-form', 'aria-labelledby': 'h-status-form' },
    h('h3', { id: 'h-status-form' }, 'Change status'),
    h('div', { class: 'row' }, labelled('New status', status), labelled('Reason', reason, { class: 'field grow' }), h('button', { type: 'submit' }, 'Change status')));
  statusForm.addEventListener('submit', e => submit(e, SET_STATUS, { id: gap.id, status: status.value, note: reason.value.trim(), expectedVersion: gap.version }, `Status changed to ${fmt.words(status.value)}.`));

  const statement = h('textarea', { name: 'statement', id: 'edit-statement', required: true, rows: 3 }, gap.statement);
  const owner = h('input', { name: 'suggestedOwner', id: 'edit-owner', value: gap.suggestedOwner ?? '' });
  const editForm = h('form', { class: 'stack', id: 'edit-form', 'aria-labelledby': 'h-edit-form' },
    h('h3', { id: 'h-edit-form' }, 'Edit statement'),
    labelled('Statement', statement),
    h('div', { class: 'row' }, labelled('Suggested owner', owner, { class: 'field grow' }), h('button', { type: 'submit' }, 'Save statement')));
  editForm.addEventListener('submit', e => submit(e, UPDATE, { id: gap.id, expectedVersion: gap.version, statement: statement.value.trim(), suggestedOwner: owner.value.trim() || null }, 'Statement saved.'));

  const score = h('input', { type: 'number', name: 'priority', id: 'edit-priority', min: 0, max: 100, step: 0.1, required: true, value: gap.priority });
  const why = h('input', { name: 'priorityReason', id: 'edit-priority-reason', required: true, placeholder: 'Why (required)', value: gap.priorityOverride?.reason ?? '' });
  const priorityForm = h('form', { class: 'stack', id: 'priority-form', 'aria-labelledby': 'h-priority-form' },
    h('h3', { id: 'h-priority-form' }, 'Set the priority'),
    h('div', { class: 'row' }, labelled('Priority (0–100)', score), labelled('Reason', why, { class: 'field grow' }), h('button', { type: 'submit' }, 'Set priority'),
      gap.priorityOverride ? h('button', { type: 'button', class: 'secondary', id: 'clear-priority', onclick: e => submit(Object.assign(e, { submitter: e.target }), UPDATE, { id: gap.id, expectedVersion: gap.version, clearPriorityOverride: true }, 'Back to the formula’s priority.') }, 'Back to the formula') : null));
  priorityForm.addEventListener('submit', e => submit(e, UPDATE, { id: gap.id, expectedVersion: gap.version, priority: Number(score.value), priorityReason: why.value.trim() }, 'Priority set.'));

  const note = h('textarea', { name: 'text', id: 'note-text', required: true, rows: 2 });
  const noteForm = h('form', { class: 'stack', id: 'note-form', 'aria-labelledby': 'h-note-form' },
    h('h3', { id: 'h-note-form' }, 'Add a note'), labelled('Note', note), h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Add note')));
  noteForm.addEventListener('submit', e => submit(e, ADD_NOTE, { id: gap.id, text: note.value.trim() }, 'Note added.'));

  return h('section', { class: 'card editor', 'aria-labelledby': 'h-editor' },
    h('h2', { id: 'h-editor' }, 'Editor'),
    result,
    h('div', { class: 'grid two' }, h('div', {}, statusForm, priorityForm), h('div', {}, editForm, noteForm)));
}

function conflictBox(error, gap, ctx) {
  const current = error.extensions?.currentVersion;
  return h('div', { class: 'error conflict', role: 'alert', tabindex: -1, id: 'gap-conflict' },
    h('strong', {}, 'Someone else changed this gap'),
    ` while you were editing (you had version ${gap.version}${current !== undefined ? `, it is now ${current}` : ''}). Your change was not saved and theirs was not overwritten. `,
    'Your text is still in the form: ', h('button', { type: 'button', class: 'secondary', onclick: () => ctx.rerender() }, 'Load their version'),
    h('p', { class: 'small' }, error.message));
}
