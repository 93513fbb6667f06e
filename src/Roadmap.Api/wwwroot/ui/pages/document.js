// Document: editions, lifecycle, committee, topics with evidence (editors pin/reject), relations, overlaps, neighbourhood.
import { gql } from '../api.js';
import { docLink, errorBox, fmt, h, stageBadge } from '../dom.js';
import { neighbourhood } from '../graph.js';
import { href } from '../router.js';
import { topicsSection } from './document-topics.js';

const QUERY = `query Document($key: ID) {
  document(key: $key) {
    key body kind designation title published scope ics
    lifecycle { stage scheme code inForce ongoing }
    committee { key title studyPeriod parent { key title } }
    committeeKey
    editions { id label title published url lifecycle { stage code } provenance { source fetchedAt } }
    relations { type fromKey toKey outgoing source }
    neighbours { type outgoing document { key designation title } }
    history { kind at actor runId fields { field before after } }
  }
}`;

const OVERLAPS = `query DocumentOverlaps($key: ID) {
  document(key: $key) {
    overlaps(first: 10, includeKnown: true) {
      firstKey secondKey score textSimilarity topicSimilarity sharedTerms sharedTopics knownRelation
      first { key designation title } second { key designation title }
    }
  }
}`;

export default async function render(route, ctx) {
  const key = route.args.join('/');
  const data = await gql(QUERY, { key });
  const doc = data.document;
  if (!doc) {
    ctx.title('Not found');
    return h('section', { class: 'page' }, h('h1', {}, 'Document not found'),
      h('p', {}, `There is no document with the key “${key}”. `, h('a', { href: href('search', [], { q: key }) }, 'Search for it')));
  }
  ctx.title(doc.designation);

  return h('article', { class: 'page document' },
    h('header', { class: 'doc-head' },
      h('p', { class: 'kicker' }, doc.body, ' · ', fmt.words(doc.kind)),
      h('h1', {}, h('span', { class: 'designation', id: 'doc-designation' }, doc.designation), ' ', h('span', { class: 'title' }, doc.title))),
    h('div', { class: 'grid two' },
      h('section', { class: 'card', 'aria-labelledby': 'h-lifecycle' },
        h('h2', { id: 'h-lifecycle' }, 'Lifecycle'),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Stage'), h('dd', {}, stageBadge(doc.lifecycle.stage), ` ${doc.lifecycle.code} (${doc.lifecycle.scheme})`),
          h('dt', {}, 'In force'), h('dd', {}, doc.lifecycle.inForce ? 'yes' : 'no', doc.lifecycle.ongoing ? ' · work ongoing' : ''),
          h('dt', {}, 'Published'), h('dd', {}, doc.published ?? '—'),
          h('dt', {}, 'ICS'), h('dd', {}, doc.ics.length ? doc.ics.join(', ') : '—'))),
      h('section', { class: 'card', 'aria-labelledby': 'h-committee' },
        h('h2', { id: 'h-committee' }, 'Committee'),
        doc.committee
          ? h('dl', { class: 'facts' },
            h('dt', {}, 'Committee'), h('dd', {}, h('a', { href: href('search', [], { committee: doc.committee.key }) }, doc.committee.key), doc.committee.title ? ` — ${doc.committee.title}` : ''),
            doc.committee.parent ? [h('dt', {}, 'Part of'), h('dd', {}, h('a', { href: href('search', [], { committee: doc.committee.parent.key }) }, doc.committee.parent.key), doc.committee.parent.title ? ` — ${doc.committee.parent.title}` : '')] : null,
            doc.committee.studyPeriod ? [h('dt', {}, 'Study period'), h('dd', {}, doc.committee.studyPeriod)] : null)
          : h('p', { class: 'muted' }, doc.committeeKey ?? 'No committee recorded.'))),
    doc.scope ? h('section', { class: 'card' }, h('h2', {}, 'Scope'), h('p', { class: 'scope' }, doc.scope)) : null,
    await topicsSection(doc, ctx),
    h('section', { class: 'card', 'aria-labelledby': 'h-neighbours' },
      h('h2', { id: 'h-neighbours' }, 'Neighbourhood'),
      doc.neighbours.length ? neighbourhood(doc, doc.neighbours) : h('p', { class: 'muted' }, 'No related document in the graph.'),
      relationsTable(doc)),
    await overlapsSection(doc.key),
    editionsTable(doc),
    historyList(doc));
}

function relationsTable(doc) {
  if (!doc.relations.length) return null;
  return h('table', { class: 'data' },
    h('caption', {}, 'Relations'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Relation'), h('th', { scope: 'col' }, 'Other document'), h('th', { scope: 'col' }, 'Source'))),
    h('tbody', {}, doc.relations.map(r => {
      const other = r.outgoing ? r.toKey : r.fromKey;
      return h('tr', {},
        h('td', {}, r.outgoing ? `${fmt.words(r.type)} →` : `← ${fmt.words(r.type)}`),
        h('td', {}, docLink(other)),
        h('td', {}, r.source ?? '—'));
    })));
}

async function overlapsSection(key) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'h-overlaps' }, h('h2', { id: 'h-overlaps' }, 'Overlaps'));
  try {
    const overlaps = (await gql(OVERLAPS, { key })).document?.overlaps ?? [];
    if (!overlaps.length) {
      section.append(h('p', { class: 'muted' }, 'The analysis found no overlapping document.'));
      return section;
    }
    section.append(h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ['Other document', 'Score', 'Text', 'Topics', 'Shared terms', 'Known relation'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, overlaps.map(o => {
        const other = o.firstKey === key ? (o.second ?? { key: o.secondKey, designation: o.secondKey }) : (o.first ?? { key: o.firstKey, designation: o.firstKey });
        return h('tr', {},
          h('td', {}, docLink(other.key, other.designation), other.title ? h('div', { class: 'muted small' }, other.title) : null),
          h('td', { class: 'num' }, fmt.number(o.score)),
          h('td', { class: 'num' }, fmt.number(o.textSimilarity)),
          h('td', { class: 'num' }, fmt.number(o.topicSimilarity)),
          h('td', {}, o.sharedTerms.slice(0, 8).join(', ')),
          h('td', {}, o.knownRelation ? fmt.words(o.knownRelation) : '—'));
      }))));
  } catch (error) {
    section.append(errorBox(error, 'Overlaps are not available'));
  }
  return section;
}

function editionsTable(doc) {
  return h('section', { class: 'card', 'aria-labelledby': 'h-editions' },
    h('h2', { id: 'h-editions' }, `Editions (${doc.editions.length})`),
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ['Edition', 'Published', 'Stage', 'Source'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, doc.editions.map(e => h('tr', {},
        h('td', {}, e.url ? h('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank' }, e.id) : e.id, e.label ? ` (${e.label})` : ''),
        h('td', {}, e.published ?? '—'),
        h('td', {}, stageBadge(e.lifecycle.stage), ` ${e.lifecycle.code}`),
        h('td', {}, e.provenance ? `${e.provenance.source}, ${fmt.date(e.provenance.fetchedAt)}` : '—'))))));
}

function historyList(doc) {
  if (!doc.history.length) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'h-history' },
    h('h2', { id: 'h-history' }, 'History'),
    h('ol', { class: 'timeline' }, doc.history.map(c => h('li', {},
      h('strong', {}, fmt.words(c.kind)), ` ${fmt.time(c.at)} by ${c.actor}`,
      c.fields.length ? h('ul', {}, c.fields.map(f => h('li', {}, h('code', {}, f.field), `: ${f.before ?? '∅'} → ${f.after ?? '∅'}`))) : null))));
}
