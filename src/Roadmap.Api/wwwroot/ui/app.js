// The app shell: navigation, API key entry (sessionStorage), and the hash router that renders one page into <main>.
import { apiKey, viewer } from './api.js';
import { clear, errorBox, spinner } from './dom.js';
import { current } from './router.js';

const PAGES = {
  gaps: () => import('./pages/gaps.js'),
  gap: () => import('./pages/gap.js'),
  search: () => import('./pages/search.js'),
  doc: () => import('./pages/document.js'),
  coverage: () => import('./pages/coverage.js'),
  overlaps: () => import('./pages/overlaps.js'),
  roadmap: () => import('./pages/roadmap.js'),
  crawls: () => import('./pages/crawls.js'),
  review: () => import('./pages/review.js'),
  watches: () => import('./pages/watches.js'),
};
// Pages that belong under a navigation entry.
const SECTION = { gap: 'gaps', doc: 'search' };

const main = document.getElementById('main');
const session = { viewer: null };
let renderCount = 0;

async function refreshViewer() {
  const label = document.getElementById('viewer');
  try {
    session.viewer = await viewer();
    label.textContent = session.viewer.authenticated ? `${session.viewer.name} · ${session.viewer.role.toLowerCase()}` : 'anonymous reader';
  } catch (error) {
    session.viewer = { authenticated: false, role: 'READER', name: 'anonymous' };
    label.textContent = error.code === 'UNAUTHENTICATED' ? (apiKey.get() ? 'key refused' : 'no key') : 'offline';
  }
  document.body.dataset.role = session.viewer.role.toLowerCase();
  return session.viewer;
}

async function render() {
  const route = current();
  const mine = ++renderCount;
  const hash = location.hash;
  main.setAttribute('aria-busy', 'true');
  const load = PAGES[route.page];
  for (const link of document.querySelectorAll('#nav a')) {
    const on = link.dataset.page === (SECTION[route.page] ?? route.page);
    if (on) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  clear(main, spinner());
  let content;
  try {
    if (!load) throw new Error(`There is no page “${route.page}”.`);
    const page = await load();
    content = await page.default(route, {
      session,
      title: text => { document.title = `${text} · Roadmap`; },
      rerender: () => render(),
      isCurrent: () => mine === renderCount,
    });
  } catch (error) {
    content = errorBox(error, 'This page could not be shown');
  }
  if (mine !== renderCount) return; // a newer navigation won
  clear(main, content);
  main.dataset.page = route.page;
  main.dataset.route = hash; // what has been rendered (tests wait for it to match the address bar)
  main.setAttribute('aria-busy', 'false');
  if (render.focusMain) main.focus({ preventScroll: false });
  render.focusMain = true;
}

function setUpKeyForm() {
  const toggle = document.getElementById('key-toggle');
  const form = document.getElementById('key-form');
  const input = document.getElementById('api-key');
  const status = document.getElementById('key-status');
  const show = open => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) input.focus();
  };
  toggle.addEventListener('click', () => show(form.hidden));
  form.addEventListener('keydown', event => { if (event.key === 'Escape') { show(false); toggle.focus(); } });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    apiKey.set(input.value.trim());
    input.value = '';
    const who = await refreshViewer();
    status.textContent = who.authenticated ? `Signed in as ${who.name} (${who.role.toLowerCase()}).` : 'The key was refused; still anonymous.';
    if (who.authenticated) show(false);
    render();
  });
  document.getElementById('key-clear').addEventListener('click', async () => {
    apiKey.set('');
    input.value = '';
    await refreshViewer();
    status.textContent = 'Key forgotten.';
    render();
  });
}

setUpKeyForm();
window.addEventListener('hashchange', render);
document.getElementById('skip').addEventListener('click', event => { event.preventDefault(); main.focus(); });
render.focusMain = false;
refreshViewer().then(render);
