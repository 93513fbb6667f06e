// Roadmap GraphQL explorer: plain JavaScript, no dependencies, served by the API itself.
'use strict';

const INTROSPECTION = `query Explorer {
  __schema {
    queryType { name } mutationType { name }
    types { kind name description
      fields { name description args { name description defaultValue type { ...T } } type { ...T } }
      inputFields { name description defaultValue type { ...T } }
      enumValues { name description }
    }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const EXAMPLES = {
  'A document by designation': `query Document($designation: String) {
  document(designation: $designation) {
    key designation title published
    lifecycle { stage code }
    committee { key title parent { key } }
    editions { id published lifecycle { code } }
    relations { type fromKey toKey outgoing }
    neighbours { type document { key title } }
  }
}`,
  'Documents with filters and paging': `{
  documents(filter: { body: "ISO", lifecycle: [PUBLISHED] }, orderBy: { field: PUBLISHED, descending: true }, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { key title published committee { key } } }
  }
}`,
  'Search with facets': `{
  search(text: "distributed ledger", first: 10, facets: true) {
    total
    hits { key designation titleHtml scopeSnippetHtml score }
    facets { dimension values { value count } }
  }
}`,
  'Committee tree': `{
  committees(body: "ISO", rootsOnly: true) {
    key title
    children { key title children { key title } }
  }
}`,
  'Recent changes and crawl runs': `{
  stats { documents committees relations lastChangeAt }
  crawlRuns(first: 5) { id source state startedAt added changed }
  changes(first: 10) { documentKey kind at actor fields { field before after } }
}`,
};

const $ = (id) => document.getElementById(id);
const state = { types: new Map(), queryType: 'Query', mutationType: null };

function headers() {
  const h = { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' };
  const key = $('api-key').value.trim();
  if (key) h['Authorization'] = 'Bearer ' + key;
  return h;
}

async function post(query, variables) {
  const started = performance.now();
  const response = await fetch('/graphql', { method: 'POST', headers: headers(), body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body;
  try { body = JSON.parse(text); } catch { body = { raw: text }; }
  return { status: response.status, ms: Math.round(performance.now() - started), body };
}

function typeName(t) {
  if (!t) return '';
  if (t.kind === 'NON_NULL') return typeName(t.ofType) + '!';
  if (t.kind === 'LIST') return '[' + typeName(t.ofType) + ']';
  return t.name;
}

function namedType(t) { return t && t.ofType ? namedType(t.ofType) : t && t.name; }

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function typeRef(t) {
  const span = el('span', 'type-link', typeName(t));
  span.addEventListener('click', () => showType(namedType(t)));
  return span;
}

async function loadSchema() {
  $('schema-status').textContent = 'Loading schema…';
  const { status, body } = await post(INTROSPECTION, {});
  if (!body.data) {
    $('schema-status').textContent = status === 401
      ? 'The server needs an API key to read: enter it above.'
      : 'Could not load the schema: ' + JSON.stringify(body.errors || body);
    return;
  }
  const schema = body.data.__schema;
  state.queryType = schema.queryType.name;
  state.mutationType = schema.mutationType && schema.mutationType.name;
  state.types = new Map(schema.types.filter((t) => !t.name.startsWith('__')).map((t) => [t.name, t]));
  $('schema-status').textContent = state.types.size + ' types. Click a type to browse; click a Query field to insert it.';
  renderTypeList();
}

function renderTypeList() {
  const filter = $('type-filter').value.trim().toLowerCase();
  const list = $('type-list');
  list.replaceChildren();
  const roots = [state.queryType, state.mutationType].filter(Boolean);
  const names = [...roots, ...[...state.types.keys()].filter((n) => !roots.includes(n)).sort()];
  for (const name of names) {
    const type = state.types.get(name);
    const fieldHit = (type.fields || type.inputFields || []).some((f) => f.name.toLowerCase().includes(filter));
    if (filter && !name.toLowerCase().includes(filter) && !fieldHit) continue;
    const item = el('li', '', name);
    item.append(el('span', 'kind', type.kind.toLowerCase().replace('_', ' ')));
    item.addEventListener('click', () => showType(name));
    list.append(item);
  }
}

function showType(name) {
  const type = state.types.get(name);
  if (!type) return;
  const detail = $('type-detail');
  detail.replaceChildren();
  const back = el('button', 'back', '← all types');
  back.type = 'button';
  back.addEventListener('click', () => { detail.hidden = true; $('type-list').hidden = false; });
  detail.append(back, el('h2', '', name + ' (' + type.kind.toLowerCase() + ')'));
  if (type.description) detail.append(el('p', 'desc', type.description));
  for (const field of type.fields || type.inputFields || []) {
    const row = el('div', 'field');
    const fieldName = el('span', 'field-name', field.name);
    if (name === state.queryType || name === state.mutationType) {
      fieldName.title = 'Insert into the query';
      fieldName.addEventListener('click', () => insertField(field, name === state.mutationType));
    }
    row.append(fieldName);
    if (field.args && field.args.length) {
      row.append(el('span', 'args', '(' + field.args.map((a) => a.name + ': ' + typeName(a.type) + (a.defaultValue ? ' = ' + a.defaultValue : '')).join(', ') + ')'));
    }
    row.append(document.createTextNode(': '), typeRef(field.type));
    if (field.description) row.append(el('div', 'desc', field.description));
    detail.append(row);
  }
  for (const value of type.enumValues || []) {
    const row = el('div', 'field');
    row.append(el('span', 'field-name', value.name));
    if (value.description) row.append(el('div', 'desc', value.description));
    detail.append(row);
  }
  detail.hidden = false;
  $('type-list').hidden = true;
}

function selectionFor(typeRefValue, depth) {
  const type = state.types.get(namedType(typeRefValue));
  if (!type || !type.fields) return '';
  const scalars = type.fields.filter((f) => {
    const t = state.types.get(namedType(f.type));
    return t && (t.kind === 'SCALAR' || t.kind === 'ENUM') && !(f.args || []).some((a) => a.type.kind === 'NON_NULL');
  }).slice(0, 6).map((f) => f.name);
  if (scalars.length === 0 && depth < 2) {
    const nested = type.fields.find((f) => !(f.args || []).some((a) => a.type.kind === 'NON_NULL'));
    return nested ? ' { ' + nested.name + selectionFor(nested.type, depth + 1) + ' }' : '';
  }
  return scalars.length ? ' { ' + scalars.join(' ') + ' }' : '';
}

function insertField(field, isMutation) {
  const required = (field.args || []).filter((a) => a.type.kind === 'NON_NULL');
  const args = required.length ? '(' + required.map((a) => a.name + ': ' + (namedType(a.type) === 'Int' ? '10' : '""')).join(', ') + ')' : '';
  const text = (isMutation ? 'mutation {\n  ' : '{\n  ') + field.name + args + selectionFor(field.type, 0) + '\n}\n';
  $('query').value = text;
  $('query').focus();
}

function highlight(json) {
  const escaped = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/("(\\u[a-fA-F0-9]{4}|\\[^u]|[^\\"])*"(\s*:)?|\b(true|false)\b|\bnull\b|-?\d+(\.\d+)?([eE][+-]?\d+)?)/g, (match) => {
    let cls = 'json-number';
    if (match.startsWith('"')) cls = match.endsWith(':') ? 'json-key' : 'json-string';
    else if (match === 'true' || match === 'false') cls = 'json-boolean';
    else if (match === 'null') cls = 'json-null';
    return '<span class="' + cls + '">' + match + '</span>';
  });
}

async function run() {
  let variables = {};
  const text = $('variables').value.trim();
  if (text) {
    try { variables = JSON.parse(text); } catch (e) { setStatus('Variables are not valid JSON: ' + e.message, false); return; }
  }
  $('run').disabled = true;
  try {
    const { status, ms, body } = await post($('query').value, variables);
    const ok = status === 200 && !body.errors;
    setStatus('HTTP ' + status + ' in ' + ms + ' ms' + (body.errors ? ', ' + body.errors.length + ' error(s)' : ''), ok);
    $('result').innerHTML = highlight(JSON.stringify(body, null, 2));
  } catch (e) {
    setStatus('Request failed: ' + e.message, false);
  } finally {
    $('run').disabled = false;
  }
}

function setStatus(text, ok) {
  const status = $('status');
  status.textContent = text;
  status.className = ok ? 'status-ok' : 'status-bad';
}

function init() {
  // The key lives for this tab only (sessionStorage), never on disk; a key an older version left in localStorage goes.
  localStorage.removeItem('roadmap.apiKey');
  $('api-key').value = sessionStorage.getItem('roadmap.apiKey') || '';
  $('query').value = localStorage.getItem('roadmap.query') || EXAMPLES['Documents with filters and paging'];
  for (const name of Object.keys(EXAMPLES)) $('examples').append(new Option(name, name));
  $('examples').addEventListener('change', (e) => {
    if (!e.target.value) return;
    $('query').value = EXAMPLES[e.target.value];
    $('variables').value = e.target.value === 'A document by designation' ? '{ "designation": "ISO 22739" }' : '{}';
  });
  $('api-key').addEventListener('change', () => { sessionStorage.setItem('roadmap.apiKey', $('api-key').value.trim()); loadSchema(); });
  $('query').addEventListener('input', () => localStorage.setItem('roadmap.query', $('query').value));
  $('type-filter').addEventListener('input', () => { $('type-detail').hidden = true; $('type-list').hidden = false; renderTypeList(); });
  $('run').addEventListener('click', run);
  document.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); } });
  for (const area of [$('query'), $('variables')]) {
    area.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab') return;
      e.preventDefault();
      const { selectionStart: s, selectionEnd: end, value } = area;
      area.value = value.slice(0, s) + '  ' + value.slice(end);
      area.selectionStart = area.selectionEnd = s + 2;
    });
  }
  loadSchema();
}

document.addEventListener('DOMContentLoaded', init);
