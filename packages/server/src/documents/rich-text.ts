/**
 * The introduction's rich text: a small, safe Markdown subset (paragraphs, `#` headings,
 * `-` lists, **bold**, *italic*). It is stored as text and parsed here into a neutral structure
 * that the PDF and the HTML pages render themselves, so no markup from users reaches a page raw.
 */

export type Inline = { text: string; bold: boolean; italic: boolean };
export type RichBlock =
  /** level: 1 for the outermost heading of the text, whatever its number of #. */
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] };

const LIST_ITEM = /^\s*[-*•]\s+/;
const HEADING = /^(#{1,6})\s+/;

export function parseRichText(source: string | null | undefined): RichBlock[] {
  if (!source) return [];
  const blocks: RichBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list.length > 0) blocks.push({ type: 'list', items: list.map(parseInline) });
    list = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      const level = heading[1]?.length ?? 1;
      blocks.push({ type: 'heading', level, content: parseInline(line.slice(heading[0].length)) });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flushParagraph();
      list.push(line.replace(LIST_ITEM, ''));
      continue;
    }
    // A continuation line of a list item stays with it; otherwise it is paragraph text.
    if (list.length > 0) list[list.length - 1] = `${list[list.length - 1]} ${line}`;
    else paragraph.push(line);
  }
  flushParagraph();
  flushList();
  // "## Premessa" as the first heading of a text is its top level.
  const top = Math.min(...blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : [])));
  return blocks.map((b) => (b.type === 'heading' ? { ...b, level: b.level - top + 1 } : b));
}

/** `**bold**`, `*italic*` and `_italic_`; unmatched markers stay as text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|(?<![\p{L}\d])_([^_]+)_(?![\p{L}\d])/gu;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), bold: false, italic: false });
    if (m[1] !== undefined) out.push({ text: m[1], bold: true, italic: false });
    else out.push({ text: m[2] ?? m[3] ?? '', bold: false, italic: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), bold: false, italic: false });
  return out;
}

/** The plain text, for open data and search. */
export function richTextToPlain(blocks: RichBlock[]): string {
  const inline = (c: Inline[]) => c.map((i) => i.text).join('');
  return blocks
    .map((b) => (b.type === 'list' ? b.items.map((i) => `- ${inline(i)}`).join('\n') : inline(b.content)))
    .join('\n\n');
}

/** Drops a first heading that repeats the title the page or section already shows ("Premessa"). */
export function withoutLeadingHeading(blocks: RichBlock[], title: string): RichBlock[] {
  const first = blocks[0];
  if (first?.type !== 'heading') return blocks;
  const text = first.content
    .map((i) => i.text)
    .join('')
    .trim()
    .toLowerCase();
  return text === title.toLowerCase() ? blocks.slice(1) : blocks;
}
