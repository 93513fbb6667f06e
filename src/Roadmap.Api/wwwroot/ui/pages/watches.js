// Watches: the caller's watch lists, a form to create one (prefilled from the search it came from: #/watches?q=&body=&committee=&topic=&stage=),
// each watch's feed link, and the recent events of all of them.
import { gql } from '../api.js';
import { docLink, errorBox, fmt, h, labelled } from '../dom.js';

const LIST = `{ watches { id name feedPath webhookUrl email digest significantOnly
  rules { bodies committees topics transitions query designationPattern gapStatusChanges } documents } }`;
const EVENTS = '{ watchEvents(first: 50) { id watchId kind title documentKey significant occurredAt } }';
const CREATE = 'mutation Create($input: WatchInput!) { createWatch(input: $input) { id name feedPath } }';
const REMOVE = 'mutation Remove($id: ID!) { removeWatch(id: $id) }';
// The search page's stage filter is one common stage: a watch on it asks for documents entering that stage.
const list = text => text ? text.split(',').map(s => s.trim()).filter(Boolean) : [];

export default async function render(route, ctx) {
  ctx.title('Watches');
  const page = h('section', { class: 'page watches' }, h('h1', {}, 'Watches'));
  if (!ctx.session.viewer?.authenticated) {
    page.append(h('p', { class: 'muted', id: 'watches-need-key' }, 'Watches belong to an API key: enter yours (top right) to see and create them.'));
    return page;
  }

  page.append(form(route.params, ctx));
  let watches;
  try {
    watches = (await gql(LIST)).watches;
  } catch (error) {
    page.append(errorBox(error, 'Watches could not be loaded'));
    return page;
  }

  const names = Object.fromEntries(watches.map(w => [w.id, w.name]));
  page.append(h('section', { class: 'card', 'aria-labelledby': 'h-watches' }, h('h2', { id: 'h-watches' }, 'Your watches'),
    watches.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'watch-list' },
        h('thead', {}, h('tr', {}, ['Watch', 'Rules', 'Delivery', ''].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, watches.map(w => h('tr', { dataset: { watch: w.id } },
          h('td', {}, w.name, h('div', { class: 'muted small' }, w.id)),
          h('td', { class: 'small' }, describe(w)),
          h('td', { class: 'small' }, h('a', { href: w.feedPath, class: 'feed-link' }, 'Atom feed'),
            w.webhookUrl ? h('div', {}, `webhook ${w.webhookUrl}`) : null,
            w.email ? h('div', {}, `${fmt.words(w.digest).toLowerCase()} digest to ${w.email}`) : null),
          h('td', {}, removeButton(w, ctx)))))))
      : h('p', { class: 'muted' }, 'No watch yet: create one above, or from a search (“Watch this search”).')));

  const recent = h('section', { class: 'card', 'aria-labelledby': 'h-events' }, h('h2', { id: 'h-events' }, 'Recent events'));
  try {
    const events = (await gql(EVENTS)).watchEvents;
    recent.append(events.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'watch-events' },
        h('thead', {}, h('tr', {}, ['When', 'Watch', 'Kind', 'Event'].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, events.map(e => h('tr', {},
          h('td', {}, fmt.time(e.occurredAt)),
          h('td', {}, names[e.watchId] ?? e.watchId),
          h('td', {}, fmt.words(e.kind), e.significant ? h('span', { class: 'badge', title: 'significant' }, '★') : null),
          h('td', {}, e.documentKey ? docLink(e.documentKey, e.title) : e.title))))))
      : h('p', { class: 'muted' }, 'No events yet: they come with the next crawl, import or edit that matches a watch.'));
  } catch (error) {
    recent.append(errorBox(error, 'Events could not be loaded'));
  }
  page.append(recent);
  return page;
}

function form(params, ctx) {
  const field = (name, value, attrs = {}) => h('input', { name, id: `watch-${name}`, value: value ?? '', ...attrs });
  const name = field('name', params.get('q') ? `Search “${params.get('q')}”` : '', { required: true, placeholder: 'What to call it' });
  const query = field('query', params.get('q'), { placeholder: 'smart contract security' });
  const bodies = field('bodies', params.get('body'), { placeholder: 'ISO, ITU-T' });
  const committees = field('committees', params.get('committee'), { placeholder: 'ISO/TC 307' });
  const topics = field('topics', params.get('topic'), { placeholder: 'topic ids' });
  const webhook = field('webhook', '', { type: 'url', placeholder: 'https://… (optional)' });
  const significant = h('input', { type: 'checkbox', name: 'significant', id: 'watch-significant' });
  const status = h('p', { role: 'status', id: 'watch-status', class: 'small' });
  const element = h('form', { class: 'card', id: 'watch-form', 'aria-labelledby': 'h-new-watch' },
    h('h2', { id: 'h-new-watch' }, 'New watch'),
    h('div', { class: 'toolbar' },
      labelled('Name', name, { class: 'field grow' }), labelled('Search query', query), labelled('Bodies', bodies),
      labelled('Committees (with subtrees)', committees), labelled('Topics', topics), labelled('Webhook', webhook),
      labelled('Significant only', significant),
      h('button', { type: 'submit' }, 'Create watch')),
    status);
  element.addEventListener('submit', async event => {
    event.preventDefault();
    const input = {
      name: name.value.trim(), query: query.value.trim() || null, bodies: list(bodies.value), committees: list(committees.value),
      topics: list(topics.value), webhookUrl: webhook.value.trim() || null, significantOnly: significant.checked,
      transitions: params.get('stage') ? [params.get('stage')] : [],
    };
    try {
      const created = (await gql(CREATE, { input })).createWatch;
      status.textContent = `Created ${created.name} (${created.id}).`;
      ctx.rerender();
    } catch (error) {
      status.textContent = error.message;
    }
  });
  return element;
}

function removeButton(watch, ctx) {
  const button = h('button', { type: 'button', class: 'small', 'aria-label': `Remove watch ${watch.name}` }, 'Remove');
  button.addEventListener('click', async () => {
    if (!confirm(`Remove the watch “${watch.name}” with its events?`)) return;
    await gql(REMOVE, { id: watch.id });
    ctx.rerender();
  });
  return button;
}

function describe(w) {
  const r = w.rules;
  const parts = [
    r.bodies.length ? `bodies ${r.bodies.join(', ')}` : '', r.committees.length ? `committees ${r.committees.join(', ')}` : '',
    r.topics.length ? `topics ${r.topics.join(', ')}` : '', r.transitions.length ? `entering ${r.transitions.map(fmt.words).join(', ')}` : '',
    r.query ? `“${r.query}”` : '', r.designationPattern ? `designation ~ ${r.designationPattern}` : '', r.gapStatusChanges ? 'gap changes' : '',
    w.documents.length ? `documents ${w.documents.join(', ')}` : '', w.significantOnly ? '(significant only)' : '',
  ];
  return parts.filter(Boolean).join('; ');
}
