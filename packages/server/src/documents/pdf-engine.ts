import { LRUCache } from 'lru-cache';
import type {
  Content,
  ContentTable,
  Style,
  StyleDictionary,
  TDocumentDefinitions,
  TFontDictionary,
} from 'pdfmake/interfaces';
import { FastTable, fastLayoutSupported } from './fast-table.ts';
import { collectContent, drawPage } from './pdf-draw.ts';
import {
  DEFAULT_TABLE_LAYOUTS,
  type KitDocument,
  type LaidOutPage,
  type LayoutBuilder,
  type Margins,
  type PageItem,
  type PageSize,
  type PlacedNode,
  pdfmake,
} from './pdfmake-internals.ts';

/**
 * Lays out and draws a pdfmake document definition a piece at a time, with pdfmake's own layout
 * code, so that the pages look exactly as `PdfPrinter.createPdfKitDocument` would draw them.
 *
 * Why: pdfmake lays out every page before drawing the first, so a 2,800-page plan held every
 * positioned line, cell border and style of the whole document at once (~1.5 GB) and spent a
 * third of its time collecting garbage. Here:
 * - each part of the content that starts on a new page (`pageBreak: 'before'`) is laid out alone;
 * - a long table is laid out a few hundred rows at a time: the pages of a slice are drawn except
 *   the last, and the next slice starts with the rows of that last page, under the repeated
 *   header, which is where pdfmake would have put them;
 * - the header and footer ("Pagina n di N" needs N) are laid out and drawn last, into a second
 *   content stream of each page; the page's own content is compressed and written as soon as the
 *   page is drawn.
 * Between pieces the engine yields to the event loop (`pause`), so other requests are answered
 * while a long document is built.
 */

/** Rows laid out at once: a few pages of the plan's tables. */
export const ROWS_PER_SLICE = 400;

export type EngineOptions = {
  fonts: TFontDictionary;
  /** Awaited between pieces of work; the server passes a yield to the event loop. */
  pause?: () => Promise<void>;
  /** Rows per slice of a long table (tests use small ones to exercise the seams). */
  rowsPerSlice?: number;
  /** Lay long data tables out with FastTable where it can (default); false: always with pdfmake. */
  fastTables?: boolean;
};

type Node = Exclude<Content, string | number | Content[]> & {
  pageBreak?: string;
  pageOrientation?: 'portrait' | 'landscape';
  stack?: Content[];
};

const orientationOf = (node: Content): 'portrait' | 'landscape' | undefined =>
  typeof node === 'object' && node !== null && !Array.isArray(node)
    ? (node as Node).pageOrientation
    : undefined;

function pageSizeFor(definition: TDocumentDefinitions, orientation: 'portrait' | 'landscape'): PageSize {
  const named = typeof definition.pageSize === 'string' ? definition.pageSize : 'A4';
  const [w, h] = pdfmake.pageSizes[named.toUpperCase()] ?? [595.28, 841.89];
  const landscape = orientation === 'landscape';
  return landscape
    ? { width: Math.max(w, h), height: Math.min(w, h), orientation }
    : { width: Math.min(w, h), height: Math.max(w, h), orientation };
}

function marginsOf(definition: TDocumentDefinitions): Margins {
  const m = definition.pageMargins ?? 40;
  if (typeof m === 'number') return { left: m, top: m, right: m, bottom: m };
  if (m.length === 2) return { left: m[0], top: m[1], right: m[0], bottom: m[1] };
  return { left: m[0], top: m[1], right: m[2], bottom: m[3] };
}

function metadata(definition: TDocumentDefinitions): Record<string, string> {
  const info: Record<string, string> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  const standard = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'];
  for (const [key, value] of Object.entries(definition.info ?? {})) {
    if (typeof value !== 'string' || !value) continue;
    const upper = key.charAt(0).toUpperCase() + key.slice(1);
    info[standard.includes(upper) ? upper : key.replace(/\s+/g, '')] = value;
  }
  return info;
}

/** Splits the content where pdfmake would start a new page anyway. */
function pagedParts(content: Content[]): Content[][] {
  const parts: Content[][] = [];
  for (const node of content) {
    const breaks = typeof node === 'object' && !Array.isArray(node) && (node as Node).pageBreak === 'before';
    if (breaks || parts.length === 0) parts.push([node]);
    else parts.at(-1)?.push(node);
  }
  return parts;
}

type SplitTable = {
  before: Content[];
  wrap: (table: Content) => Content[];
  table: ContentTable;
  /** The stack node the table is the last item of, if it is not directly in the part. */
  parent: Node | null;
};

const isTable = (node: Content | undefined): node is ContentTable =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && 'table' in node;

/**
 * A part that ends with a long table whose columns are fixed or '*' (so a slice of rows gets the
 * widths the whole table would), directly or as the last item of the part's last stack.
 */
function splitTable(part: Content[], rowsPerSlice: number): SplitTable | null {
  const last = part.at(-1);
  const before = part.slice(0, -1);
  let table: Content | undefined = last;
  let wrap = (t: Content): Content[] => [t];
  let parent: Node | null = null;
  if (!isTable(last) && typeof last === 'object' && last !== null && !Array.isArray(last)) {
    const node = last as Node;
    if (!Array.isArray(node.stack)) return null;
    const items = node.stack;
    table = items.at(-1);
    wrap = (t) => [{ ...node, stack: [...items.slice(0, -1), t] } as Content];
    parent = node;
  }
  if (!isTable(table)) return null;
  const headerRows = table.table.headerRows ?? 0;
  const widths = table.table.widths;
  if (headerRows === 0 || !Array.isArray(widths) || widths.some((w) => w === 'auto')) return null;
  if (table.table.body.length - headerRows <= rowsPerSlice * 1.5) return null;
  return { before, wrap, table, parent };
}

/** A table FastTable lays out as pdfmake would, in a part with no style of its own around it. */
function fastTableFits(split: SplitTable, styles: StyleDictionary, defaultStyle: Style): boolean {
  const parentPlain =
    split.parent === null ||
    Object.keys(split.parent).every((k) => k === 'stack' || k === 'pageBreak' || k === 'pageOrientation');
  return parentPlain && fastLayoutSupported(split.table, styles, defaultStyle);
}

const ROW_INDEXED = [
  'fillColor',
  'fillOpacity',
  'hLineWidth',
  'hLineColor',
  'hLineStyle',
  'paddingTop',
  'paddingBottom',
];

/** The table's layout for a slice whose first body row is row `offset` of the whole table. */
function shiftedLayout(layout: ContentTable['layout'], headerRows: number, offset: number) {
  if (typeof layout !== 'object' || layout === null || offset === 0) return layout;
  const shifted: Record<string, unknown> = { ...layout };
  for (const key of ROW_INDEXED) {
    const fn = (layout as Record<string, unknown>)[key];
    if (typeof fn === 'function')
      shifted[key] = (i: number, ...rest: unknown[]) => fn(i < headerRows ? i : i + offset, ...rest);
  }
  return shifted as ContentTable['layout'];
}

function pagesOf(nodes: unknown[]): { first: number; last: number } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const node of nodes) {
    const positions = (node as PlacedNode | null)?.positions;
    if (!positions) continue;
    for (const p of positions) {
      if (p.pageNumber < first) first = p.pageNumber;
      if (p.pageNumber > last) last = p.pageNumber;
    }
  }
  return last === 0 ? null : { first, last };
}

/**
 * Where pdfmake first tried to place each row: the page of its first position. A row kept whole
 * (dontBreakRows) that did not fit keeps the position of that try, on the page before the one it
 * is drawn on; the row after it is the first whose try is on the new page.
 */
function firstTriedOn(rows: unknown[][], from: number, to: number, page: number): number | null {
  for (let r = from + 1; r < to; r++) {
    const here = pagesOf(rows[r] ?? []);
    if (here && here.first >= page) return r;
  }
  return null;
}

/** The text of a page as "x,y,text" of each run of text, to tell whether two layouts agree. */
function pageText(page: LaidOutPage): string[] {
  const out: string[] = [];
  for (const item of page.items) {
    if (item.type !== 'line') continue;
    const line = item.item;
    for (const inline of line.inlines)
      out.push(`${Math.round((line.x + inline.x) * 100)},${Math.round(line.y * 100)},${inline.text}`);
  }
  return out;
}

/** Whether `next` (the first page of the next slice) shows all that `last` (the cut page) showed. */
function continues(last: LaidOutPage, next: LaidOutPage | undefined): boolean {
  if (!next) return false;
  const shown = new Set(pageText(next));
  return pageText(last).every((t) => shown.has(t));
}

export async function renderWithEngine(
  definition: TDocumentDefinitions,
  options: EngineOptions,
): Promise<Buffer> {
  const pause = options.pause ?? (async () => {});
  const rowsPerSlice = options.rowsPerSlice ?? ROWS_PER_SLICE;
  const margins = marginsOf(definition);
  const firstOrientation = definition.pageOrientation === 'landscape' ? 'landscape' : 'portrait';
  const firstSize = pageSizeFor(definition, firstOrientation);
  const doc = pdfmake.createPdfDocument({
    size: [firstSize.width, firstSize.height],
    pdfVersion: '1.3',
    tagged: false,
    displayTitle: false,
    compress: true,
    fontLayoutCache: true,
    // Pages stay open until their header and footer are drawn; their content is ended early.
    bufferPages: true,
    autoFirstPage: false,
    info: metadata(definition),
    font: null,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fontProvider = new pdfmake.FontProvider(options.fonts, doc);
  const imageMeasure = new pdfmake.ImageMeasure(doc, {});
  const svgMeasure = new pdfmake.SVGMeasure();
  const styles = definition.styles ?? {};
  const defaultStyle: Style = definition.defaultStyle ?? { fontSize: 12, font: 'Roboto' };
  const pageSizes: PageSize[] = [];
  let endContent = () => {};

  const builder = (size: PageSize): LayoutBuilder => {
    const b = new pdfmake.LayoutBuilder(size, margins, imageMeasure, svgMeasure);
    b.registerTableLayouts(DEFAULT_TABLE_LAYOUTS);
    return b;
  };
  const layout = (content: Content[], orientation: 'portrait' | 'landscape'): LaidOutPage[] =>
    builder(pageSizeFor(definition, orientation)).layoutDocument(
      content,
      fontProvider,
      styles,
      defaultStyle,
      undefined,
      undefined,
      undefined,
      {},
      undefined,
      undefined,
    );
  const draw = (pages: LaidOutPage[]) => {
    for (const page of pages) {
      if (pageSizes.length > 0) endContent();
      doc.options.size = [page.pageSize.width, page.pageSize.height];
      doc.addPage(doc.options);
      pageSizes.push(page.pageSize);
      const collected = collectContent(doc);
      endContent = () => {
        collected.flush();
        doc.page.content.end();
      };
      drawPage(page, doc, {});
    }
  };

  let orientation: 'portrait' | 'landscape' = firstOrientation;
  const content = Array.isArray(definition.content) ? definition.content : [definition.content];
  for (const part of pagedParts(content)) {
    // The page break that opens the part is the start of a fresh layout here.
    const [head, ...rest] = part;
    if (head === undefined) continue;
    orientation = pageSizes.length === 0 ? orientation : (orientationOf(head) ?? orientation);
    const opened: Content[] =
      typeof head === 'object' && !Array.isArray(head)
        ? [{ ...(head as Node), pageBreak: undefined } as Content, ...rest]
        : part;
    const split = splitTable(opened, rowsPerSlice);
    if (split && options.fastTables !== false && fastTableFits(split, styles, defaultStyle)) {
      orientation = await drawFastTable(split, orientation);
      continue;
    }
    if (!split) {
      const pages = layout(opened, orientation);
      draw(pages);
      orientation = pages.at(-1)?.pageSize.orientation ?? orientation;
      await pause();
      continue;
    }
    orientation = await drawLongTable(split, orientation);
  }

  /**
   * The content before the table is laid out by pdfmake, with a marker where the table starts;
   * the table is laid out from there by FastTable, a page at a time, each drawn when complete.
   */
  async function drawFastTable(split: SplitTable, start: 'portrait' | 'landscape') {
    const marker = { type: 'line', x1: 0, y1: 0, x2: 0, y2: 0, lineWidth: 0 };
    const pages = layout([...split.before, ...split.wrap({ canvas: [marker] } as Content)], start);
    const last = pages.at(-1);
    const index = last?.items.findIndex((item) => item.item === marker) ?? -1;
    if (!last || index < 0) throw new Error('The start of a table was not found in its layout');
    last.items.splice(index, 1);
    draw(pages.slice(0, -1));
    const size = last.pageSize;
    const table = new FastTable(split.table, size.width - margins.left - margins.right, {
      fontProvider,
      styles,
      defaultStyle,
    });
    await table.layoutInto({
      start: { page: last, y: marker.y1 },
      margins,
      newPage: () => ({ pageSize: size, items: [] }),
      pageDone: async (page) => {
        draw([page]);
        await pause();
      },
    });
    return size.orientation;
  }

  async function drawLongTable(split: SplitTable, start: 'portrait' | 'landscape') {
    const { table } = split;
    const headerRows = table.table.headerRows ?? 0;
    const header = table.table.body.slice(0, headerRows);
    const rows = table.table.body.slice(headerRows);
    const sliceOf = (from: number, to: number): ContentTable => ({
      ...table,
      table: {
        ...table.table,
        widths: [...(table.table.widths as [])],
        body: [...header, ...rows.slice(from, to)],
      },
      layout: shiftedLayout(table.layout, headerRows, from),
    });
    let from = 0;
    let to = Math.min(rows.length, rowsPerSlice);
    let pages = layout([...split.before, ...split.wrap(sliceOf(from, to))], start);
    while (to < rows.length) {
      // The last page may continue in the next slice: lay out again from the row that opens it,
      // keep that layout if it starts with what the cut page showed, and draw the pages before.
      const cut = pages[pages.length - 1] as LaidOutPage;
      const tried = pages.length > 1 ? firstTriedOn(rows, from, to, pages.length) : null;
      let restart: number | null = null;
      let next: LaidOutPage[] = [];
      for (const candidate of tried === null ? [] : [tried - 1, tried]) {
        if (candidate <= from) continue;
        next = layout(
          [sliceOf(candidate, Math.min(rows.length, candidate + rowsPerSlice))],
          cut.pageSize.orientation,
        );
        if (continues(cut, next[0])) {
          restart = candidate;
          break;
        }
      }
      if (restart === null) {
        // No clean seam in this slice (rows taller than a page?): take more rows at once.
        to = Math.min(rows.length, to + rowsPerSlice);
        pages = layout(
          from === 0 ? [...split.before, ...split.wrap(sliceOf(from, to))] : [sliceOf(from, to)],
          pages[0]?.pageSize.orientation ?? start,
        );
        continue;
      }
      draw(pages.slice(0, -1));
      // Drawn rows are done with: drop them (and their layout) from the definition too.
      for (let r = from; r < restart; r++) {
        rows[r] = [];
        table.table.body[headerRows + r] = [];
      }
      from = restart;
      to = Math.min(rows.length, restart + rowsPerSlice);
      pages = next;
      await pause();
    }
    draw(pages);
    return pages.at(-1)?.pageSize.orientation ?? start;
  }

  if (pageSizes.length === 0) draw(layout([''], orientation));
  endContent();
  drawRepeatables(definition, doc, pageSizes, (size) => {
    const b = builder(size);
    b.docPreprocessor = new pdfmake.DocPreprocessor();
    b.linearNodeList = [];
    b.docMeasure = new pdfmake.DocMeasure(
      fontProvider,
      styles,
      defaultStyle,
      imageMeasure,
      svgMeasure,
      b.tableLayouts,
      {},
    );
    return b;
  });
  doc.end();
  return done;
}

/** A key for a laid-out header or footer: null if the node holds functions (JSON would lose them). */
function cacheKey(node: Content, size: PageSize, area: string): string | null {
  let plain = true;
  const json = JSON.stringify(node, (_key, value) => {
    if (typeof value === 'function') plain = false;
    return value;
  });
  return plain ? `${area}|${size.width}x${size.height}|${json}` : null;
}

/**
 * The header and footer of every page, as pdfmake's addHeadersAndFooters lays them out, drawn into
 * a second content stream of the page (PDF readers concatenate a page's streams).
 */
function drawRepeatables(
  definition: TDocumentDefinitions,
  doc: KitDocument,
  pageSizes: PageSize[],
  builderFor: (size: PageSize) => LayoutBuilder,
) {
  const { header, footer } = definition;
  const count = pageSizes.length;
  const { start } = doc.bufferedPageRange();
  // The same node on pages of the same size lays out the same: the header of an official document
  // is laid out once per page size, not on each of 2,800 pages. A few recent layouts are kept, so
  // footers that number their page pass through without pushing the headers out.
  const kept = new LRUCache<string, PageItem[]>({ max: 16 });
  pageSizes.forEach((size, index) => {
    const page = doc.switchToPage(start + index);
    const stream = doc.ref();
    page.dictionary.data.Contents = [page.content, stream];
    page.content = stream;
    const collected = collectContent(doc);
    const state = {};
    for (const area of ['header', 'footer'] as const) {
      const make = area === 'header' ? header : footer;
      const node: Content | null | undefined =
        typeof make === 'function' ? make(index + 1, count, size) : make && JSON.parse(JSON.stringify(make));
      if (!node) continue;
      const key = cacheKey(node, size, area);
      let items = key === null ? undefined : kept.get(key);
      if (!items) {
        const b = builderFor(size);
        b.writer = new pdfmake.PageElementWriter(new pdfmake.DocumentContext(size, b.pageMargins), b.tracker);
        const m = b.pageMargins;
        b.writer.beginUnbreakableBlock(size.width, area === 'header' ? m.top : m.bottom);
        b.processNode(b.docMeasure.measureDocument(b.docPreprocessor.preprocessDocument(node)));
        b.writer.commitUnbreakableBlock(0, area === 'header' ? 0 : size.height - m.bottom);
        items = b.writer.context().pages[0]?.items ?? [];
        if (key !== null) kept.set(key, items);
      }
      drawPage({ pageSize: size, items }, doc, state);
    }
    collected.flush();
  });
}
