// Pieces the gap list and the gap page share.
import { fmt, h } from '../dom.js';

export const topicPath = topic => topic?.path?.length ? topic.path.map(p => p.name).join(' › ') : topic?.name ?? '';

export const statusBadge = status => h('span', { class: `badge status-${status.toLowerCase()}` }, fmt.words(status));

/** Priority 0–100 as a number and a bar (the bar's width is set through CSSOM, which the CSP allows). */
export function priority(value) {
  const fill = h('span');
  fill.style.width = `${Math.max(0, Math.min(100, value))}%`;
  return h('span', { class: 'priority', title: `priority ${fmt.number(value, 1)} of 100` }, fmt.number(value, 0), h('span', { class: 'bar', 'aria-hidden': 'true' }, fill));
}

/** Why the priority is what it is: the strongest terms' explanations. */
export function why(breakdown) {
  if (!breakdown?.terms?.length) return '';
  return [...breakdown.terms]
    .sort((a, b) => Math.abs(b.value * b.coefficient) - Math.abs(a.value * a.coefficient))
    .slice(0, 2)
    .map(t => t.explanation)
    .join(' · ');
}
