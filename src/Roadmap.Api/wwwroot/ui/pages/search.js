// Search: type-ahead, facets, highlighted snippets; every filter lives in the URL so a result page can be shared.
import { gql } from '../api.js';
import { errorBox, fmt, h, labelled, select, stageBadge } from '../dom.js';
import { go, href } from '../router.js';
import { combobox } from '../typeahead.js';

const PAGE = 20;
const FILTERS = ['body', 'committee', 'stage', 'topic', 'yearFrom', 'yearTo'];
const FACET_PARAM = { BODY: 'body', COMMITTEE: 'committee', STAGE: 'stage', TOPIC: 'topic', YEAR: 'year' };
const STAGES = ['PROPOSED', 'IN_DEVELOPMENT', 'PUBLISHED', 'UNDER_REVIEW', 'SUPERSEDED', 'WITHDRAWN', 'DELETED'];

const QUERY = `query Search($text: String, $filter: SearchFilter, $first: Int, $offset: Int) {
  search(text: $text, filter: $filter, first: $first, offset: $offset, facets: true) {
    total
    hits { key designation titleHtml scopeSnippetHtml body stage year committeeKey score }
    facets { dimension values { value count } }
  }
}`;

export default async function render(route, ctx) {
  const params = route.params;
  const text = params.get('q') ?? '';
  ctx.title(text ? `Search “${text}”` : 'Search');
  const state = Object.fromEntries(FILTERS.map(f => [f, params.get(f) ?? '']));
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);

  const filter = {};
  if (state.body) filter.body = state.body;
  if (state.committee) filter.committee = state.committee;
  if (state.stage) filter.stage = state.stage;
  if (state.topic) filter.topic = state.topic;
  if (state.yearFrom) filter.yearFrom = Number(state.yearFrom);
  if (state.yearTo) filter.yearTo = Number(state.yearTo);

  const form = searchForm(text, state);
  const page = h('section', { class: 'page search' }, h('h1', {}, 'Search'), form);
  let result;
  try {
    result = (await gql(QUERY, { text: text || null, filter, first: PAGE, offset })).search;
  } catch (error) {
    page.append(errorBox(error, 'Search failed'));
    return page;
  }

  const current = { q: text, ...state };
  page.append(h('div', { class: 'with-side' },
    h('aside', { class: 'facets', 'aria-label': 'Facets' }, activeFilters(current), result.facets.map(f => facet(f, current))),
    h('div', { class: 'results' },
      h('p', { class: 'count', role: 'status', id: 'result-count' }, `${result.total.toLocaleString('en')} document${result.total === 1 ? '' : 's'}` +
        (result.total > PAGE ? ` · ${offset + 1}–${Math.min(offset + PAGE, result.total)}` : '')),
      h('p', { class: 'small' }, h('a', { href: href('watches', [], { q: text, body: state.body, committee: state.committee, topic: state.topic, stage: state.stage }), id: 'watch-search' }, 'Watch this search')),
      h('ol', { class: 'hits', id: 'hits', start: offset + 1 }, result.hits.map(hit)),
      pager(current, offset, result.total))));
  return page;
}

function searchForm(text, state) {
  const input = h('input', { type: 'search', name: 'q', value: text, id: 'search-text', autocomplete: 'off', placeholder: 'Words, a designation (ISO 22739) or "a phrase"' });
  const stage = select('stage', [['', 'any stage'], ...STAGES.map(s => [s, fmt.words(s)])], state.stage, { id: 'search-stage' });
  const body = h('input', { name: 'body', value: state.body, id: 'search-body', size: 8, placeholder: 'ISO' });
  const form = h('form', { class: 'toolbar', role: 'search' },
    labelled('Search documents', combobox(input, suggest, key => go('doc', [key])), { class: 'field grow' }),
    labelled('Body', body),
    labelled('Stage', stage),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go('search', [], { ...state, q: input.value.trim(), body: body.value.trim(), stage: stage.value, offset: '' });
  });
  return form;
}

async function suggest(prefix, signal) {
  const data = await gql('query Suggest($p: String!) { suggest(prefix: $p, first: 8) { key designation title } }', { p: prefix }, { signal });
  return data.suggest.map(s => ({ value: s.key, label: s.designation, detail: s.title }));
}

function hit(item) {
  return h('li', { class: 'hit' },
    h('div', { class: 'hit-head' },
      h('a', { href: href('doc', [item.key]), class: 'designation' }, item.designation),
      ' ', h('span', { class: 'title', html: item.titleHtml })),
    item.scopeSnippetHtml ? h('p', { class: 'snippet', html: item.scopeSnippetHtml }) : null,
    h('p', { class: 'meta' }, item.body, ' · ', stageBadge(item.stage), item.year ? ` · ${item.year}` : '',
      item.committeeKey ? [' · ', h('a', { href: href('search', [], { committee: item.committeeKey }) }, item.committeeKey)] : ''));
}

// Stage facet values come as the index stores them (InDevelopment); the filter takes the enum (IN_DEVELOPMENT).
const stageEnum = value => value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

function facetParams(current, dimension, value) {
  const next = { ...current, offset: '' };
  if (dimension === 'STAGE') value = stageEnum(value);
  if (dimension === 'YEAR') { next.yearFrom = value; next.yearTo = value; }
  else next[FACET_PARAM[dimension]] = value;
  return next;
}

function facet(f, current) {
  if (!f.values.length) return null;
  const chosen = value => f.dimension === 'YEAR' ? current.yearFrom === value && current.yearTo === value
    : f.dimension === 'STAGE' ? current.stage === stageEnum(value) : current[FACET_PARAM[f.dimension]] === value;
  const list = h('ul', {}, f.values.slice(0, 12).map(v => h('li', {},
    h('a', { href: href('search', [], facetParams(current, f.dimension, v.value)), 'aria-current': chosen(v.value) ? 'true' : null, class: 'facet-link', dataset: { facet: f.dimension, value: v.value } },
      h('span', {}, f.dimension === 'STAGE' ? fmt.words(stageEnum(v.value)) : v.value), h('span', { class: 'n' }, v.count.toLocaleString('en'))))));
  return h('section', { class: 'facet' }, h('h2', {}, fmt.words(f.dimension)), list);
}

function activeFilters(current) {
  const chips = FILTERS.filter(f => current[f]).map(f => {
    const without = { ...current, [f]: '', offset: '' };
    return h('li', {}, h('a', { href: href('search', [], without), class: 'chip', 'aria-label': `Remove filter ${f} ${current[f]}` }, `${f}: ${f === 'stage' ? fmt.words(current[f]) : current[f]} ✕`));
  });
  return chips.length ? h('section', { class: 'facet active' }, h('h2', {}, 'Filters'), h('ul', { class: 'chips' }, chips)) : null;
}

function pager(current, offset, total) {
  if (total <= PAGE) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Result pages' },
    offset > 0 ? h('a', { href: href('search', [], { ...current, offset: Math.max(0, offset - PAGE) || '' }), rel: 'prev' }, '← Previous') : null,
    offset + PAGE < total ? h('a', { href: href('search', [], { ...current, offset: offset + PAGE }), rel: 'next' }, 'Next →') : null);
}
