import type { Content, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { fastLayoutSupported } from './fast-table.ts';
import {
  type Column,
  dataTable,
  LONG_RENDER_ROWS,
  longRenders,
  officialDocument,
  PDF_FONTS,
  PDF_STYLES,
  renderPdf,
  renderPdfWithPdfmake,
  section,
} from './pdf.ts';
import { renderWithEngine } from './pdf-engine.ts';
import { pdfPageCount, pdfText, pdfWordBoxes } from './pdf-inspect.ts';
import { createLimiter } from './render-limit.ts';

const columns: Column[] = [
  { header: 'n.', width: 22, align: 'center' },
  { header: 'DESCRIZIONE', width: '*' },
  { header: 'PESO', width: 40, align: 'right' },
];

const longText = (n: number) =>
  Array.from({ length: n }, (_, i) => `parola${i} dell'attività di prova`).join(' ');

/** Rows of uneven height (some wrap, some have a second paragraph), so page breaks fall anywhere. */
function rows(count: number, tall = 0): TableCell[][] {
  return Array.from({ length: count }, (_, i): TableCell[] => [
    { text: String(i + 1), bold: i % 7 === 0 },
    i % 5 === 0
      ? { stack: [`Attività ${i + 1}`, { text: 'Personale del settore', italics: true, fontSize: 8 }] }
      : i % 11 === 0
        ? { text: longText(tall || 12) }
        : `Attività ${i + 1}`,
    String((i * 37) % 100),
  ]);
}

/** A document with a title page, a long landscape table, a breaking table and a closing section. */
const document = (tableRows: number, tall = 0) =>
  officialDocument({ organization: 'Comune di Prova', act: 'Allegato alla delibera n. 1', title: 'Prova' }, [
    { text: 'PIANO DI PROVA', style: 'title' },
    section('landscape', [
      { text: 'CALENDARIZZAZIONE', style: 'h1' },
      dataTable({ columns, rows: rows(tableRows) }),
    ]),
    section('portrait', [
      { text: 'DEFINIZIONI', style: 'h1' },
      dataTable({ columns, rows: rows(60, tall), breakRows: true }),
    ]),
    section('portrait', [{ text: 'Fine del documento.', style: 'paragraph' }] as Content[]),
  ]);

describe('the document engine', async () => {
  const reference = await renderPdfWithPdfmake(document(230, 400));
  const sliced = await renderWithEngine(document(230, 400), { fonts: PDF_FONTS, rowsPerSlice: 9 });

  it('puts every word where pdfmake puts it, across the seams of tables laid out in slices', () => {
    expect(pdfPageCount(sliced)).toBe(pdfPageCount(reference));
    expect(pdfPageCount(sliced)).toBeGreaterThan(8);
    expect(pdfWordBoxes(sliced)).toEqual(pdfWordBoxes(reference));
  });

  it('numbers every page out of the total, with the organisation and the act', () => {
    const pages = pdfPageCount(sliced);
    const text = pdfText(sliced);
    expect(text.match(/Pagina \d+ di \d+/g)).toHaveLength(pages);
    expect(text).toContain(`Pagina ${pages} di ${pages}`);
    expect(text.match(/Allegato alla delibera n\. 1/g)).toHaveLength(pages);
  });

  it('keeps answering other work while a long document renders', async () => {
    let answered = false;
    const rendering = renderPdf(document(LONG_RENDER_ROWS + 50));
    setImmediate(() => {
      answered = true;
    });
    const before = await Promise.race([
      rendering.then(() => 'render'),
      new Promise((r) => setImmediate(() => r('other'))),
    ]);
    expect(before).toBe('other');
    expect(answered).toBe(true);
    expect(pdfText(await rendering)).toContain(`${LONG_RENDER_ROWS + 50}`);
  });
});

/** Rows shaped like the plan's calendar: an objective row spanning every column, then its phases. */
function calendarRows(objectives: number): TableCell[][] {
  const out: TableCell[][] = [];
  for (let o = 1; o <= objectives; o++) {
    out.push([
      {
        // "OB1." and "1" are one word across two runs: pdfmake keeps them on one line.
        text: [{ text: `OB${o}.`, bold: true }, { text: '1', italics: true }, ` – Obiettivo ${o} di prova`],
        colSpan: 3,
        fillColor: '#E6ECF2',
      },
      { stack: [] },
      { stack: [] },
    ]);
    for (let p = 1; p <= 1 + (o % 4); p++)
      out.push([
        { text: String(p), alignment: 'center' },
        {
          stack: [
            o % 9 === 0
              ? `Fase ${p}: ${'parolaunicamoltolungasenzaspazi'.repeat(4)}`
              : `Fase ${p} dell'obiettivo ${o}`,
            o % 3 === 0
              ? ''
              : { text: `Personale del settore ${o}\nsecondo rigo`, fontSize: 8, italics: true },
          ],
        },
        o % 2 === 0 ? { text: 'X', bold: true, alignment: 'center' } : { stack: [] },
      ]);
  }
  return out;
}

const calendarColumns: Column[] = [
  { header: 'n.', width: 22, align: 'center' },
  { header: 'DESCRIZIONE', width: '*' },
  { header: 'MESE', width: 30, align: 'center' },
];

describe('long data tables laid out without pdfmake', async () => {
  const definition = () =>
    officialDocument({ organization: 'Comune di Prova', act: null, title: 'Calendario' }, [
      { text: 'PIANO', style: 'title' },
      section('landscape', [
        { text: 'CALENDARIZZAZIONE', style: 'h1' },
        { text: 'Attività previste', style: 'h3' },
        dataTable({ columns: calendarColumns, rows: calendarRows(120) }),
      ]),
    ]);
  const reference = await renderPdfWithPdfmake(definition());
  const fast = await renderWithEngine(definition(), { fonts: PDF_FONTS, rowsPerSlice: 20 });
  const withPdfmake = await renderWithEngine(definition(), {
    fonts: PDF_FONTS,
    rowsPerSlice: 20,
    fastTables: false,
  });

  it('put every word where pdfmake puts it: spanning rows, styled runs, empty lines, words wider than a column', () => {
    expect(pdfPageCount(fast)).toBe(pdfPageCount(reference));
    expect(pdfPageCount(fast)).toBeGreaterThan(5);
    expect(pdfWordBoxes(fast)).toEqual(pdfWordBoxes(reference));
    expect(pdfText(fast)).toContain('OB120.1 – Obiettivo 120 di prova');
  });

  it('draw the grid with one line per column and page, so the file is smaller', () => {
    expect(fast.length).toBeLessThan(withPdfmake.length * 0.9);
  });

  it('are used only for tables they lay out as pdfmake does', () => {
    const table = (rows: TableCell[][], breakRows = false) =>
      dataTable({ columns: calendarColumns, rows, breakRows });
    const styles = PDF_STYLES; // h3 has a margin, which a cell's style may not have here
    expect(fastLayoutSupported(table(calendarRows(3)), styles)).toBe(true);
    expect(fastLayoutSupported(table(calendarRows(3), true), styles)).toBe(false);
    const odd: TableCell[] = [
      { text: 'a', margin: [2, 2, 2, 2] },
      { text: 'b', rowSpan: 2 },
      { text: 'c', alignment: 'justify' },
      { text: 'd', style: 'h3' },
      { stack: [{ stack: ['nested'] }] },
      { table: { body: [['inner']] } },
      { text: [{ text: ['nested run'] }] },
    ];
    for (const cell of odd)
      expect(
        fastLayoutSupported(table([...calendarRows(1), [cell, '', '']]), styles),
        JSON.stringify(cell),
      ).toBe(false);
  });
});

describe('long renders', () => {
  it('run one at a time; the next waits, and a short document does not wait behind them', async () => {
    const first = renderPdf(document(LONG_RENDER_ROWS + 10));
    const second = renderPdf(document(LONG_RENDER_ROWS + 20));
    expect(longRenders.stats()).toEqual({ active: 1, waiting: 1 });
    const short = renderPdf(document(20));
    expect(longRenders.stats()).toEqual({ active: 1, waiting: 1 });
    expect(pdfText(await short)).toContain('CALENDARIZZAZIONE');
    const [a, b] = await Promise.all([first, second]);
    expect(pdfText(a)).toContain(`${LONG_RENDER_ROWS + 10}`);
    expect(pdfText(b)).toContain(`${LONG_RENDER_ROWS + 20}`);
    expect(longRenders.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it('start in the order they were asked for, and a failed one lets the next run', async () => {
    const limiter = createLimiter(1);
    const started: string[] = [];
    let finishFirst = () => {};
    const first = limiter.run(async () => {
      started.push('first');
      await new Promise<void>((resolve) => {
        finishFirst = resolve;
      });
      throw new Error('broken document');
    });
    const second = limiter.run(async () => started.push('second'));
    const third = limiter.run(async () => started.push('third'));
    expect(started).toEqual(['first']);
    finishFirst();
    await expect(first).rejects.toThrow('broken document');
    await Promise.all([second, third]);
    expect(started).toEqual(['first', 'second', 'third']);
  });
});
