// Small DOM helpers: build elements without innerHTML (except the server's own escaped highlight HTML).

/** h('a', { href, class: 'x', onclick }, 'text', child…) */
export function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'line', 'circle', 'text', 'title', 'rect', 'path'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name === 'html') el.innerHTML = value; // only for the server's HTML-escaped <mark> snippets
    else if (name === 'value' && !svg) el.value = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const fmt = {
  date: value => value ? String(value).slice(0, 10) : '—',
  time: value => value ? new Date(value).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—',
  number: (value, digits = 2) => value === null || value === undefined ? '—' : Number(value).toFixed(digits),
  words: value => value ? String(value).toLowerCase().replaceAll('_', ' ') : '',
};

/** A labelled control: <label>text <control></label> keeps the association without ids. */
export const labelled = (text, control, extra = {}) => h('label', { class: 'field', ...extra }, h('span', {}, text), control);

export function select(name, options, selected, attrs = {}) {
  return h('select', { name, ...attrs },
    options.map(([value, text]) => h('option', { value, selected: String(value) === String(selected ?? '') }, text)));
}

export const spinner = text => h('p', { class: 'loading', role: 'status' }, text ?? 'Loading…');

/** An error box; FORBIDDEN/UNAUTHENTICATED get a hint about the API key. */
export function errorBox(error, heading = 'Something went wrong') {
  const hint = error?.code === 'FORBIDDEN' ? 'Your API key does not have the role this needs; enter an editor key under “API key”.'
    : error?.code === 'UNAUTHENTICATED' ? 'An API key is needed: enter it under “API key” at the top of the page.' : null;
  return h('div', { class: 'error', role: 'alert' },
    h('strong', {}, heading + ': '), error?.message ?? String(error),
    error?.code ? h('span', { class: 'code' }, ` (${error.code})`) : null,
    hint ? h('p', {}, hint) : null);
}

export const docLink = (key, text) => h('a', { href: '#/doc/' + encodeURIComponent(key) }, text ?? key);

export const stageBadge = stage => stage ? h('span', { class: `badge stage-${stage.toLowerCase()}` }, fmt.words(stage)) : null;
