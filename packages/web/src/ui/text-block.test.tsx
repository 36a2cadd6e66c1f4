import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBlocks, TextBlock } from './text-block.tsx';

afterEach(cleanup);

const chieve = `## Premessa

Il Piano della Performance è il documento programmatico.
Si individuano i seguenti **obiettivi strategici**:

- Chieve più sicura;
- Completamento della pista ciclabile;

## Verifica grado di raggiungimento degli obiettivi

L'accertamento avrà luogo in corso di esercizio.`;

describe('plan texts', () => {
  it('reads headings, paragraphs and bullet lists', () => {
    expect(parseBlocks(chieve).map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list',
      'heading',
      'paragraph',
    ]);
  });

  it('renders bold as strong and never as HTML', () => {
    const { container } = render(<TextBlock text={'Gli **obiettivi** <script>alert(1)</script>'} />);
    expect(container.querySelector('strong')?.textContent).toBe('obiettivi');
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>');
  });

  it('drops a leading heading that repeats the section title and nests the others under it', () => {
    const { container } = render(<TextBlock text={chieve} title="Premessa" headingLevel={3} />);
    expect(Array.from(container.querySelectorAll('h3'), (h) => h.textContent)).toEqual([
      'Verifica grado di raggiungimento degli obiettivi',
    ]);
    expect(container.querySelectorAll('li')).toHaveLength(2);
  });
});
