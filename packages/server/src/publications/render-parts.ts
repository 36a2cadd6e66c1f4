import { formatPercent } from '@traguardo/domain/format/italian';
import type { Inline, RichBlock } from '../documents/rich-text.ts';
import { html, type SafeHtml } from './html.ts';

/** An achievement as a small bar and its figure; the bar is decoration, the text says it. */
export function achievementCell(value: number | null): SafeHtml {
  if (value === null) return html`<abbr title="non rilevato">n.r.</abbr>`;
  const width = Math.max(0, Math.min(100, value)).toFixed(1);
  return html`<span class="tr-bar" aria-hidden="true"><span style="width:${width}%"></span></span>${formatPercent(value)}`;
}

const inline = (parts: Inline[]) =>
  parts.map((p) => {
    if (p.bold && p.italic) return html`<strong><em>${p.text}</em></strong>`;
    if (p.bold) return html`<strong>${p.text}</strong>`;
    if (p.italic) return html`<em>${p.text}</em>`;
    return html`${p.text}`;
  });

/** Rich text as HTML, headings placed under the page's own level. */
export function richTextHtml(blocks: RichBlock[], headingLevel: 3 | 4 = 3): SafeHtml {
  return html`${blocks.map((b) => {
    if (b.type === 'list') return html`<ul>${b.items.map((i) => html`<li>${inline(i)}</li>`)}</ul>`;
    if (b.type === 'paragraph') return html`<p>${inline(b.content)}</p>`;
    return heading(headingLevel + b.level - 1, inline(b.content));
  })}`;
}

function heading(level: number, content: SafeHtml[]): SafeHtml {
  if (level <= 3) return html`<h3>${content}</h3>`;
  if (level === 4) return html`<h4>${content}</h4>`;
  return html`<h5>${content}</h5>`;
}

/** A link to a document, its format said and the rest of its name for screen readers. */
export function documentLink(href: string, format: string, hidden: string): SafeHtml {
  return html`<a href="${href}">${format}<span class="visually-hidden"> ${hidden}</span></a>`;
}
