// Classification review: the "DLT, unclassified" bucket (in-context documents under no leaf) and single-signal
// assignments; editors pin or reject an assignment here, or open a document to pin it under a topic.
import { gql, isEditor } from '../api.js';
import { clear, docLink, errorBox, fmt, h } from '../dom.js';

const QUEUE = `{ reviewQueue {
  unclassified { documentKey document { designation title } }
  singleSignal { documentKey score document { designation title } topic { id name } evidence { detail terms } }
} }`;
const PIN = 'mutation Pin($d: ID!, $t: ID!) { pinTopic(documentKey: $d, topicId: $t) { pinned } }';
const REJECT = 'mutation Reject($d: ID!, $t: ID!) { rejectTopic(documentKey: $d, topicId: $t) { rejected } }';

export default async function render(route, ctx) {
  ctx.title('Review');
  const page = h('section', { class: 'page review' }, h('h1', {}, 'Classification review'));
  await fill(page, ctx);
  return page;
}

async function fill(page, ctx, message = '') {
  const queue = (await gql(QUEUE)).reviewQueue;
  const status = h('p', { role: 'status', class: 'muted', id: 'review-status', tabindex: '-1' }, message);
  const act = async (query, item, done) => {
    try {
      await gql(query, { d: item.documentKey, t: item.topic.id });
      await fill(page, ctx, done);
      page.querySelector('#review-status')?.focus?.();
    } catch (error) {
      clear(status, errorBox(error, 'The decision was not saved'));
    }
  };
  const doc = item => [docLink(item.documentKey, item.document?.designation), item.document ? h('div', { class: 'muted small' }, item.document.title) : null];

  const unclassified = h('section', { class: 'card', 'aria-labelledby': 'h-unclassified' },
    h('h2', { id: 'h-unclassified' }, `DLT, unclassified (${queue.unclassified.length})`),
    h('p', { class: 'muted small' }, 'In the DLT context but under no leaf topic: no coverage or gap counts them. Open one to pin it under a topic.'),
    queue.unclassified.length
      ? h('ul', { id: 'unclassified' }, queue.unclassified.map(item => h('li', { dataset: { key: item.documentKey } }, ...doc(item))))
      : h('p', { class: 'muted' }, 'Every document in the DLT context has a leaf topic.'));

  const single = h('section', { class: 'card', 'aria-labelledby': 'h-single' },
    h('h2', { id: 'h-single' }, `Single-signal assignments (${queue.singleSignal.length})`),
    h('p', { class: 'muted small' }, 'A leaf topic resting on one rule match only, weakest first.'),
    queue.singleSignal.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'single-signal' },
        h('thead', {}, h('tr', {}, ['Document', 'Topic', 'Score', 'Evidence', ''].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, queue.singleSignal.map(item => h('tr', { dataset: { key: item.documentKey, topic: item.topic.id } },
          h('td', {}, ...doc(item)),
          h('td', {}, item.topic.name),
          h('td', { class: 'num' }, fmt.number(item.score)),
          h('td', { class: 'small' }, item.evidence.map(e => h('div', {}, e.detail, e.terms.length ? h('span', { class: 'muted' }, ` [${e.terms.join(', ')}]`) : ''))),
          h('td', {}, isEditor(ctx) ? h('div', { class: 'actions' },
            h('button', { type: 'button', onclick: () => act(PIN, item, `Pinned ${item.documentKey} under ${item.topic.name}.`) }, 'Pin'),
            h('button', { type: 'button', class: 'danger', onclick: () => act(REJECT, item, `Rejected ${item.topic.name} for ${item.documentKey}.`) }, 'Reject')) : null))))))
      : h('p', { class: 'muted' }, 'No single-signal assignment.'));

  clear(page, h('h1', {}, 'Classification review'), status, unclassified, single);
}
