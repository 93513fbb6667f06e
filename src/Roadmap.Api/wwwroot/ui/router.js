// Hash routing: #/page/arg?filters. The server serves one page at /, so a reload of any deep link lands here again.

export function current() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || 'gaps', args: parts.slice(1), params: new URLSearchParams(query) };
}

/** The hash for a page, its path arguments and its (non-empty) parameters. */
export function href(page, args = [], params = {}) {
  const path = [page, ...args.map(encodeURIComponent)].join('/');
  const query = new URLSearchParams();
  for (const [name, value] of params instanceof URLSearchParams ? params : Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.append(name, value);
  }
  const text = query.toString();
  return '#/' + path + (text ? '?' + text : '');
}

export function go(page, args, params, { replace = false } = {}) {
  const target = href(page, args, params);
  if (target === location.hash) return;
  if (replace) history.replaceState(null, '', target);
  else location.hash = target;
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}
