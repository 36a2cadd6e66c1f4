import { describe, expect, it } from 'vitest';
import { parseInline, parseRichText, richTextToPlain, withoutLeadingHeading } from './rich-text.ts';

describe('the introduction’s rich text', () => {
  it('reads paragraphs, headings and lists as the Chieve introduction writes them', () => {
    const blocks = parseRichText(
      '## Premessa\n\nIl Piano della Performance è il documento\nprogrammatico.\n\n- Chieve più sicura;\n- Pista ciclabile\n  per Crema;\n\n### Verifica',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'heading']);
    expect(blocks[0]).toMatchObject({ level: 1 });
    expect(blocks[3]).toMatchObject({ level: 2 });
    expect(richTextToPlain(blocks)).toBe(
      'Premessa\n\nIl Piano della Performance è il documento programmatico.\n\n- Chieve più sicura;\n- Pista ciclabile per Crema;\n\nVerifica',
    );
  });

  it('marks bold and italic spans and leaves unmatched marks as text', () => {
    expect(parseInline('due categorie: **obiettivi strategici** e *operativi*, 5 * 3')).toEqual([
      { text: 'due categorie: ', bold: false, italic: false },
      { text: 'obiettivi strategici', bold: true, italic: false },
      { text: ' e ', bold: false, italic: false },
      { text: 'operativi', bold: false, italic: true },
      { text: ', 5 * 3', bold: false, italic: false },
    ]);
  });

  it('keeps markup as text: there is no HTML in the subset', () => {
    const [block] = parseRichText('<b>non grassetto</b> <script>x</script>');
    expect(block).toEqual({
      type: 'paragraph',
      content: [{ text: '<b>non grassetto</b> <script>x</script>', bold: false, italic: false }],
    });
  });

  it('drops a first heading that repeats the section title', () => {
    const blocks = parseRichText('## Premessa\n\nTesto.');
    expect(withoutLeadingHeading(blocks, 'Premessa').map((b) => b.type)).toEqual(['paragraph']);
    expect(withoutLeadingHeading(blocks, 'Altro')).toHaveLength(2);
  });

  it('reads nothing from an empty introduction', () => {
    expect(parseRichText(null)).toEqual([]);
    expect(parseRichText('  \n\n ')).toEqual([]);
  });
});
