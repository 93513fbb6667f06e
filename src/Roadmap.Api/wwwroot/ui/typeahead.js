// An accessible combobox (ARIA 1.2 pattern): suggestions as you type, arrows to move, Enter to open, Escape to close.
import { h } from './dom.js';

let counter = 0;

/**
 * Wraps a text input. fetcher(prefix, signal) resolves to [{ value, label, detail }]; onPick(value) runs when a
 * suggestion is chosen. Enter without a highlighted suggestion submits the form as usual.
 */
export function combobox(input, fetcher, onPick) {
  const id = `suggest-${++counter}`;
  const list = h('ul', { id, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': 'Suggestions' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', id);
  input.setAttribute('aria-expanded', 'false');
  let items = [];
  let active = -1;
  let pending = null;
  let timer = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = index => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-${index}`); else input.removeAttribute('aria-activedescendant');
  };
  const show = found => {
    items = found;
    list.replaceChildren(...found.map((item, i) => h('li', {
      id: `${id}-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      onmousedown: event => { event.preventDefault(); onPick(item.value); close(); },
    }, h('strong', {}, item.label), item.detail ? h('span', {}, ' ' + item.detail) : null)));
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    active = -1;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      pending?.abort();
      pending = new AbortController();
      try {
        show(await fetcher(prefix, pending.signal));
      } catch (error) {
        if (error.name !== 'AbortError') close();
      }
    }, 150);
  });
  input.addEventListener('keydown', event => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight((active + 1) % items.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    else if (event.key === 'Escape') { event.preventDefault(); close(); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); onPick(items[active].value); close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return h('span', { class: 'combo' }, input, list);
}
