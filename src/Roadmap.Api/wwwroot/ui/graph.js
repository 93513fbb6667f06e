// A document's neighbourhood as a small SVG: the document in the middle, related documents around it, one line per relation.
import { fmt } from './dom.js';
import { href } from './router.js';

const NS = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return el;
}

const short = text => text.length > 18 ? text.slice(0, 17) + '…' : text;

/** neighbours: [{ type, outgoing, document: { key, designation } }]; at most 16 are drawn (the list below has all). */
export function neighbourhood(centre, neighbours) {
  // One node per related document, however many relations link it (replaces and replaced-by often come in pairs).
  const byKey = new Map();
  for (const n of neighbours) {
    const entry = byKey.get(n.document.key) ?? { document: n.document, type: n.type, labels: [] };
    entry.labels.push((n.outgoing ? '' : '← ') + fmt.words(n.type) + (n.outgoing ? ' →' : ''));
    byKey.set(n.document.key, entry);
  }
  const shown = [...byKey.values()].slice(0, 16);
  const width = 640;
  const height = shown.length > 8 ? 420 : 340;
  const cx = width / 2;
  const cy = height / 2;
  const rx = width / 2 - 90;
  const ry = height / 2 - 40;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'neighbourhood', role: 'img', 'aria-labelledby': 'graph-title' },
    s('title', { id: 'graph-title' }, `${centre.designation} and ${byKey.size} related document${byKey.size === 1 ? '' : 's'}`));
  const edges = s('g', { class: 'edges' });
  const nodes = s('g', { class: 'nodes' });
  shown.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(shown.length, 1) - Math.PI / 2;
    const x = cx + rx * Math.cos(angle);
    const y = cy + ry * Math.sin(angle);
    edges.append(s('line', { x1: cx, y1: cy, x2: x, y2: y, class: `edge rel-${n.type.toLowerCase()}` }));
    edges.append(s('text', { x: (cx + x) / 2, y: (cy + y) / 2 - 4, class: 'edge-label', 'text-anchor': 'middle' },
      n.labels.join(' · ')));
    const link = s('a', { href: href('doc', [n.document.key]), class: 'node' },
      s('title', {}, `${n.document.designation}: ${n.document.title ?? ''}`),
      s('rect', { x: x - 70, y: y - 14, width: 140, height: 28, rx: 6 }),
      s('text', { x, y: y + 5, 'text-anchor': 'middle' }, short(n.document.designation)));
    nodes.append(link);
  });
  nodes.append(s('g', { class: 'node centre' },
    s('rect', { x: cx - 80, y: cy - 16, width: 160, height: 32, rx: 8 }),
    s('text', { x: cx, y: cy + 5, 'text-anchor': 'middle' }, short(centre.designation))));
  svg.append(edges, nodes);
  return svg;
}
