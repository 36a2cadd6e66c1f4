import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PdfPrinter from 'pdfmake';
import type {
  Content,
  ContentTable,
  PageOrientation,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
  TFontDictionary,
} from 'pdfmake/interfaces';
import { renderWithEngine } from './pdf-engine.ts';
import { createLimiter } from './render-limit.ts';
import type { RichBlock } from './rich-text.ts';

/**
 * The shared pdfmake setup of every Traguardo document (plan, PEG table, Relazione, variation
 * document, evaluation sheet): A4, Titillium Web (the font of the Italian PA, shipped by
 * bootstrap-italia, so no download), the organisation and the act on every page, page numbers.
 *
 *   const definition = officialDocument({ organization, act, title }, [ ...content ]);
 *   const pdf = await renderPdf(definition);   // Buffer
 *
 * Helpers build the recurring pieces: dataTable (header repeated on each page), landscape /
 * portrait sections, barChart (vector bars, no browser), richTextContent, heading styles.
 */

const fontsDir = join(
  dirname(createRequire(import.meta.url).resolve('bootstrap-italia/package.json')),
  'dist/fonts/Titillium_Web',
);
const font = (variant: string) => join(fontsDir, `titillium-web-v10-latin-ext_latin-${variant}.ttf`);

export const PDF_FONTS: TFontDictionary = {
  Titillium: {
    normal: font('regular'),
    bold: font('700'),
    italics: font('italic'),
    bolditalics: font('700italic'),
  },
};

/** Bootstrap Italia's primary blue and greys, readable in print. */
export const PDF_COLORS = {
  primary: '#0066CC',
  text: '#1A1A1A',
  muted: '#5C6F82',
  headerFill: '#E6ECF2',
  zebraFill: '#F5F7FA',
  track: '#E3E6EA',
} as const;

export const PDF_STYLES: StyleDictionary = {
  title: { fontSize: 22, bold: true, color: PDF_COLORS.primary, alignment: 'center' },
  subtitle: { fontSize: 14, alignment: 'center', color: PDF_COLORS.text },
  h1: { fontSize: 15, bold: true, color: PDF_COLORS.primary, margin: [0, 14, 0, 6] },
  h2: { fontSize: 12.5, bold: true, color: PDF_COLORS.text, margin: [0, 10, 0, 4] },
  h3: { fontSize: 11, bold: true, color: PDF_COLORS.text, margin: [0, 8, 0, 3] },
  paragraph: { margin: [0, 0, 0, 6], alignment: 'justify', lineHeight: 1.15 },
  label: { bold: true },
  muted: { color: PDF_COLORS.muted, fontSize: 8.5 },
  tableHeader: { bold: true, fontSize: 8.5, color: PDF_COLORS.text },
  tableCell: { fontSize: 8.5 },
};

export type DocumentFrame = {
  /** "Comune di Chieve": printed on every page. */
  organization: string;
  /** The adopting act, on every page: "Allegato alla delibera G.C. n. 68 del 01/09/2020". */
  act: string | null;
  /** The document's title, in the metadata and the footer. */
  title: string;
  /** Orientation of the first page (sections may switch). Default portrait. */
  orientation?: PageOrientation;
};

const MARGIN_X = 40;

/** A4 document with the header (organisation, act) and footer (title, "Pagina n di N") on each page. */
export function officialDocument(frame: DocumentFrame, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: frame.orientation ?? 'portrait',
    pageMargins: [MARGIN_X, 62, MARGIN_X, 48],
    info: { title: frame.title, author: frame.organization, creator: 'Traguardo', producer: 'Traguardo' },
    defaultStyle: { font: 'Titillium', fontSize: 10, color: PDF_COLORS.text },
    styles: PDF_STYLES,
    header: (_page, _count, pageSize) => ({
      margin: [MARGIN_X, 22, MARGIN_X, 0],
      stack: [
        {
          columns: [
            { text: frame.organization, bold: true, fontSize: 9.5, color: PDF_COLORS.primary, width: '*' },
            { text: frame.act ?? '', italics: true, fontSize: 8.5, alignment: 'right', width: 'auto' },
          ],
        },
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 4,
              x2: pageSize.width - 2 * MARGIN_X,
              y2: 4,
              lineWidth: 0.6,
              lineColor: PDF_COLORS.primary,
            },
          ],
        },
      ],
    }),
    footer: (page, count) => ({
      margin: [MARGIN_X, 18, MARGIN_X, 0],
      columns: [
        { text: frame.title, fontSize: 8, color: PDF_COLORS.muted, width: '*' },
        {
          text: `Pagina ${page} di ${count}`,
          fontSize: 8,
          color: PDF_COLORS.muted,
          alignment: 'right',
          width: 'auto',
        },
      ],
    }),
    content,
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A document with more table rows than this is a long render: one at a time per process. */
export const LONG_RENDER_ROWS = 2000;
export const longRenders = createLimiter(1);

/** Table rows in the content, counted up to `limit`. */
function tableRows(node: Content, limit: number): number {
  if (typeof node !== 'object' || node === null) return 0;
  if (Array.isArray(node)) {
    let n = 0;
    for (const item of node) {
      n += tableRows(item, limit - n);
      if (n >= limit) break;
    }
    return n;
  }
  if ('table' in node) return node.table?.body.length ?? 0;
  if ('stack' in node) return tableRows(node.stack ?? [], limit);
  if ('columns' in node) return tableRows(node.columns ?? [], limit);
  return 0;
}

/**
 * Renders a document definition to PDF bytes, a part at a time (pdf-engine.ts), yielding to the
 * event loop between parts so that the server keeps answering while a long document is built.
 * Long documents wait for each other (`longRenders`); short ones (the Chieve plan, a report) do
 * not wait behind them (`queued: false`: the caller already holds the turn). The definition is
 * consumed: its nodes are laid out in place.
 */
export function renderPdf(
  definition: TDocumentDefinitions,
  options: { queued?: boolean } = {},
): Promise<Buffer> {
  const render = () => renderWithEngine(definition, { fonts: PDF_FONTS, pause: yieldToEventLoop });
  const long = tableRows(definition.content, LONG_RENDER_ROWS + 1) > LONG_RENDER_ROWS;
  return long && options.queued !== false ? longRenders.run(render) : render();
}

/** pdfmake's own printer, whole document at once: the reference the engine is tested against. */
export function renderPdfWithPdfmake(definition: TDocumentDefinitions): Promise<Buffer> {
  const doc = new PdfPrinter(PDF_FONTS).createPdfKitDocument(definition);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Content that starts on a new page in the given orientation (wide tables go landscape). */
export function section(orientation: PageOrientation, content: Content[]): Content {
  return { stack: content, pageBreak: 'before', pageOrientation: orientation };
}

export type Column = {
  header: string;
  /** A pdfmake width: number (pt), '*' or 'auto'. */
  width: number | '*' | 'auto';
  align?: 'left' | 'center' | 'right';
};

/**
 * A table whose header row repeats on every page it spans; rows never split across pages
 * unless `breakRows` (long texts, as the PEG's definitions, need to).
 */
export function dataTable(options: {
  columns: Column[];
  rows: TableCell[][];
  fontSize?: number;
  breakRows?: boolean;
}): ContentTable {
  const fontSize = options.fontSize ?? 8.5;
  return {
    // Set on the table so that every cell inherits them unless it says otherwise: pdfmake resolves
    // a cell's own style properties one by one, which for a table of 20,000 rows is most of its work.
    fontSize,
    alignment: 'left',
    table: {
      headerRows: 1,
      dontBreakRows: !options.breakRows,
      widths: options.columns.map((c) => c.width),
      body: [
        options.columns.map((c) => ({
          text: c.header,
          style: 'tableHeader',
          fontSize,
          alignment: c.align ?? 'left',
        })),
        ...options.rows.map((row) =>
          row.map((cell, i): TableCell => {
            const align = options.columns[i]?.align ?? 'left';
            if (typeof cell === 'string' || typeof cell === 'number')
              return align === 'left' ? String(cell) : { text: String(cell), alignment: align };
            return cell;
          }),
        ),
      ],
    },
    layout: DATA_TABLE_LAYOUT,
  };
}

/**
 * Shared by every data table, and defined out of dataTable on purpose: closures made inside it
 * would keep its `options` (every row of the table) alive as long as the document definition.
 */
const DATA_TABLE_LAYOUT: ContentTable['layout'] = {
  fillColor: (row: number) =>
    row === 0 ? PDF_COLORS.headerFill : row % 2 === 0 ? PDF_COLORS.zebraFill : null,
  hLineWidth: () => 0.4,
  vLineWidth: () => 0.4,
  hLineColor: () => '#B1B9C2',
  vLineColor: () => '#B1B9C2',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export type Bar = { label: string; value: number | null; caption?: string };

/**
 * Horizontal bars on a 0–100 scale, drawn with vector primitives (readable in print, no browser).
 * A null value (not measured) draws no bar and says so.
 */
export function barChart(bars: Bar[], options: { width?: number; labelWidth?: number } = {}): Content {
  const width = options.width ?? 250;
  const height = 9;
  const scale: Content = {
    canvas: [0, 25, 50, 75, 100].map((tick) => ({
      type: 'line',
      x1: (width * tick) / 100,
      y1: 0,
      x2: (width * tick) / 100,
      y2: 4,
      lineWidth: 0.5,
      lineColor: PDF_COLORS.muted,
    })),
  };
  const rows: TableCell[][] = bars.map((bar) => {
    const value = bar.value === null ? null : Math.max(0, Math.min(100, bar.value));
    return [
      { text: bar.label, fontSize: 8.5 },
      {
        canvas: [
          { type: 'rect', x: 0, y: 1, w: width, h: height, color: PDF_COLORS.track },
          ...(value === null || value === 0
            ? []
            : [
                {
                  type: 'rect' as const,
                  x: 0,
                  y: 1,
                  w: (width * value) / 100,
                  h: height,
                  color: PDF_COLORS.primary,
                },
              ]),
        ],
      },
      { text: bar.caption ?? '', fontSize: 8.5, alignment: 'right', noWrap: true },
    ];
  });
  return {
    table: {
      widths: [options.labelWidth ?? 170, width, 'auto'],
      body: [
        [
          '',
          {
            stack: [
              {
                columns: ['0%', '25%', '50%', '75%', '100%'].map((t, i) => ({
                  text: t,
                  fontSize: 7,
                  color: PDF_COLORS.muted,
                  alignment: i === 0 ? 'left' : i === 4 ? 'right' : 'center',
                })),
              },
              scale,
            ],
          },
          '',
        ],
        ...rows,
      ],
    },
    layout: 'noBorders',
    margin: [0, 4, 0, 10],
  };
}

/** The introduction (and any commentary) as pdfmake paragraphs, headings and lists. */
export function richTextContent(blocks: RichBlock[]): Content[] {
  const inline = (parts: { text: string; bold: boolean; italic: boolean }[]) =>
    // Only marks that are there: an explicit `bold: false` would undo a heading's bold style.
    parts.map((p) => ({
      text: p.text,
      ...(p.bold ? { bold: true } : {}),
      ...(p.italic ? { italics: true } : {}),
    }));
  return blocks.map((b): Content => {
    if (b.type === 'heading') return { text: inline(b.content), style: `h${Math.min(3, b.level)}` };
    if (b.type === 'list')
      return { ul: b.items.map((item) => ({ text: inline(item) })), margin: [10, 0, 0, 6] };
    return { text: inline(b.content), style: 'paragraph' };
  });
}
