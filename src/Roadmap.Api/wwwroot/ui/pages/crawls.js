// Crawls: the last runs, their state, and the changes a chosen run found.
import { gql } from '../api.js';
import { docLink, errorBox, fmt, h } from '../dom.js';
import { href } from '../router.js';

const RUNS = '{ crawlRuns(first: 30) { id source state startedAt finishedAt added changed unchanged rejected message } }';
const CHANGES = `query Changes($since: DateTimeOffset) {
  changes(since: $since, first: 100) { documentKey kind at runId actor fields { field before after } document { designation title } }
}`;

export default async function render(route, ctx) {
  ctx.title('Crawls');
  const runs = (await gql(RUNS)).crawlRuns;
  const chosen = runs.find(r => r.id === route.params.get('run')) ?? runs[0];
  const page = h('section', { class: 'page crawls' }, h('h1', {}, 'Crawls'));
  if (!runs.length) {
    page.append(h('p', { class: 'muted' }, 'No crawl or import has run yet.'));
    return page;
  }
  page.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'runs' },
    h('caption', {}, 'Last runs, newest first'),
    h('thead', {}, h('tr', {}, ['Run', 'State', 'Started', 'Took', 'Added', 'Changed', 'Unchanged', 'Rejected', 'Message'].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, runs.map(r => h('tr', { class: r === chosen ? 'selected' : '' },
      h('td', {}, h('a', { href: href('crawls', [], { run: r.id }), 'aria-current': r === chosen ? 'true' : null }, r.source), h('div', { class: 'muted small' }, r.id)),
      h('td', {}, h('span', { class: `badge state-${r.state.toLowerCase()}` }, fmt.words(r.state))),
      h('td', {}, fmt.time(r.startedAt)),
      h('td', { class: 'num' }, took(r)),
      h('td', { class: 'num' }, r.added), h('td', { class: 'num' }, r.changed), h('td', { class: 'num' }, r.unchanged), h('td', { class: 'num' }, r.rejected),
      h('td', { class: 'small' }, r.message ?? '')))))));

  const section = h('section', { class: 'card', 'aria-labelledby': 'h-changes' }, h('h2', { id: 'h-changes' }, `Changes found by ${chosen.id} (${chosen.source})`));
  try {
    const changes = (await gql(CHANGES, { since: chosen.startedAt })).changes.filter(c => c.runId === chosen.id);
    section.append(changes.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'changes' },
        h('thead', {}, h('tr', {}, ['Document', 'Change', 'At', 'Fields'].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, changes.map(c => h('tr', {},
          h('td', {}, docLink(c.documentKey, c.document?.designation), c.document ? h('div', { class: 'muted small' }, c.document.title) : null),
          h('td', {}, fmt.words(c.kind)),
          h('td', {}, fmt.time(c.at)),
          h('td', { class: 'small' }, c.fields.slice(0, 4).map(f => h('div', {}, h('code', {}, f.field), `: ${trim(f.before)} → ${trim(f.after)}`))))))))
      : h('p', { class: 'muted' }, 'No document change is recorded for this run (among the first 100 changes since it started).'));
  } catch (error) {
    section.append(errorBox(error, 'Changes could not be loaded'));
  }
  page.append(section);
  return page;
}

const trim = value => value === null || value === undefined ? '∅' : value.length > 60 ? value.slice(0, 59) + '…' : value;

function took(run) {
  if (!run.finishedAt) return 'running';
  const seconds = (new Date(run.finishedAt) - new Date(run.startedAt)) / 1000;
  return seconds < 90 ? `${seconds.toFixed(1)} s` : `${(seconds / 60).toFixed(1)} min`;
}
