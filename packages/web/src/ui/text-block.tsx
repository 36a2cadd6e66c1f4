import { createElement, Fragment, type ReactNode } from 'react';

type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'paragraph'; text: string };

const HEADING = /^(#{1,6})\s+(.+)$/;
const BULLET = /^\s*[-*•]\s+(.+)$/;

/** The little structure plan texts carry: "## Premessa" headings, "- " bullets, paragraphs. */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = HEADING.exec(line.trim());
    const bullet = BULLET.exec(line);
    if (line.trim() === '') flush();
    else if (heading?.[1] && heading[2]) {
      flush();
      blocks.push({ kind: 'heading', depth: heading[1].length, text: heading[2].trim() });
    } else if (bullet?.[1]) {
      if (paragraph.length > 0) flush();
      list.push(bullet[1]);
    } else {
      if (list.length > 0) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** **bold** spans as <strong>; everything else as plain text (never HTML). */
function inline(text: string): ReactNode {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return parts.map((part, i) =>
    // Odd positions are the captured bold spans; the split order never changes.
    // biome-ignore lint/suspicious/noArrayIndexKey: static text split
    i % 2 === 1 ? <strong key={i}>{part}</strong> : <Fragment key={i}>{part}</Fragment>,
  );
}

/**
 * Long text as written in the plan (introduction, definition): paragraphs, bullet lists and headings
 * placed `headingLevel` deep in the page's outline. A leading heading equal to `title` is dropped,
 * since the page already shows it.
 */
export function TextBlock({
  text,
  className,
  headingLevel = 3,
  title,
}: {
  text: string;
  className?: string;
  headingLevel?: number;
  title?: string;
}) {
  const blocks = parseBlocks(text);
  const first = blocks[0];
  if (first?.kind === 'heading' && title && first.text.toLowerCase() === title.toLowerCase()) blocks.shift();
  const minDepth = Math.min(...blocks.flatMap((b) => (b.kind === 'heading' ? [b.depth] : [])));
  return (
    // Plan texts are Italian acts, whatever the interface language.
    <div className={className} lang="it">
      {blocks.map((block, i) => {
        // Blocks of a static text: their position is their identity.
        const key = i;
        if (block.kind === 'heading') {
          const level = Math.min(6, headingLevel + block.depth - minDepth);
          return createElement(`h${level}`, { key, className: 'h5 mt-4' }, inline(block.text));
        }
        if (block.kind === 'list')
          return (
            <ul key={key}>
              {block.items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: items of a static text
                <li key={j}>{inline(item)}</li>
              ))}
            </ul>
          );
        return (
          <p key={key} className="text-prewrap">
            {inline(block.text)}
          </p>
        );
      })}
    </div>
  );
}
