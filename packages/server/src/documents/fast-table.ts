import type { ContentTable, Style, StyleDictionary } from 'pdfmake/interfaces';
import {
  type FittingLine,
  type FontProvider,
  type Inline,
  type LaidOutPage,
  type PageItem,
  type PdfFont,
  pdfmakeLine,
  pdfmakeLineBreaker,
  type Vector,
} from './pdfmake-internals.ts';

/**
 * Lays out a long data table (dataTable in pdf.ts: a header row, rows kept whole, cells of plain or
 * styled text) the way pdfmake 0.2 would, without pdfmake's general machinery.
 *
 * Why: the large plan's calendar and indicator tables (32,500 rows, 340,000 cells) took ~12 s of its
 * ~21 s PDF in pdfmake's measuring and layout, which resolves 22 style properties for every word,
 * keeps a layout record on every node and allocates ~9 GB on the way (a quarter of the render was
 * garbage collection). Here a cell's style is resolved once, its words are measured with the same
 * font metrics and broken into lines with pdfmake's own line breaker and `Line`, and rows are placed
 * with pdfmake's arithmetic (paddings, line widths, the header repeated on each page, a row that
 * does not fit moved whole to the next page), so every word lands where pdfmake puts it (tested
 * word by word against pdfmake in pdf-engine.test.ts). The grid is drawn with one line per column
 * and page instead of one per cell and row, which halves the drawing.
 *
 * Only what the documents' data tables use is supported (`fastLayoutSupported`); any other table
 * goes through pdfmake.
 */

type Alignment = 'left' | 'center' | 'right';

type TextStyle = {
  font: string;
  fontSize: number;
  bold: boolean;
  italics: boolean;
  color: string;
  alignment: Alignment;
  lineHeight: number;
};

const STYLE_KEYS = new Set(['font', 'fontSize', 'bold', 'italics', 'color', 'alignment', 'lineHeight']);
const CELL_KEYS = new Set([...STYLE_KEYS, 'text', 'stack', 'style', 'colSpan', 'fillColor']);
const PARAGRAPH_KEYS = new Set([...STYLE_KEYS, 'text', 'style']);
const RUN_KEYS = new Set(['font', 'fontSize', 'bold', 'italics', 'color', 'text', 'style']);
const TABLE_NODE_KEYS = new Set([...STYLE_KEYS, 'table', 'layout']);
const LAYOUT_KEYS = [
  'fillColor',
  'hLineWidth',
  'vLineWidth',
  'hLineColor',
  'vLineColor',
  'paddingLeft',
  'paddingRight',
  'paddingTop',
  'paddingBottom',
] as const;

type TableLayout = {
  fillColor: (row: number, node: unknown, column: number) => string | null;
  hLineWidth: (i: number, node: unknown) => number;
  vLineWidth: (i: number, node: unknown) => number;
  hLineColor: (i: number, node: unknown, column: number) => string;
  vLineColor: (i: number, node: unknown, row: number) => string;
  paddingLeft: (i: number, node: unknown) => number;
  paddingRight: (i: number, node: unknown) => number;
  paddingTop: (i: number, node: unknown) => number;
  paddingBottom: (i: number, node: unknown) => number;
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' || typeof v === 'number';
const only = (node: Obj, keys: Set<string>) => Object.keys(node).every((k) => keys.has(k));

function namedStylesOk(style: unknown, styles: StyleDictionary): boolean {
  if (style === undefined) return true;
  const names = Array.isArray(style) ? style : [style];
  return names.every((name) => {
    const s = typeof name === 'string' ? styles[name] : undefined;
    return isObj(s) && only(s, STYLE_KEYS) && s.alignment !== 'justify';
  });
}

function styleOk(node: Obj, keys: Set<string>, styles: StyleDictionary): boolean {
  return only(node, keys) && node.alignment !== 'justify' && namedStylesOk(node.style, styles);
}

function runOk(run: unknown, styles: StyleDictionary): boolean {
  return isText(run) || (isObj(run) && isText(run.text) && styleOk(run, RUN_KEYS, styles));
}

function textOk(text: unknown, styles: StyleDictionary): boolean {
  return isText(text) || (Array.isArray(text) && text.every((run) => runOk(run, styles)));
}

function cellOk(cell: unknown, styles: StyleDictionary): boolean {
  if (isText(cell)) return true;
  if (!isObj(cell) || !styleOk(cell, CELL_KEYS, styles)) return false;
  if (cell.colSpan !== undefined && !(Number.isInteger(cell.colSpan) && (cell.colSpan as number) >= 1))
    return false;
  if (cell.text !== undefined) return cell.stack === undefined && textOk(cell.text, styles);
  return (
    Array.isArray(cell.stack) &&
    cell.stack.every(
      (p) => isText(p) || (isObj(p) && styleOk(p, PARAGRAPH_KEYS, styles) && textOk(p.text, styles)),
    )
  );
}

/** Whether FastTable lays this table out exactly as pdfmake would; otherwise pdfmake does. */
export function fastLayoutSupported(
  table: ContentTable,
  styles: StyleDictionary,
  defaultStyle: Style = {},
): boolean {
  const node = table as unknown as Obj;
  if (!only(defaultStyle as Obj, STYLE_KEYS) || defaultStyle.alignment === 'justify') return false;
  const { widths, body, headerRows, dontBreakRows } = table.table;
  if (!only(node, TABLE_NODE_KEYS) || node.alignment === 'justify' || !namedStylesOk(node.style, styles))
    return false;
  if (headerRows !== 1 || dontBreakRows !== true || !Array.isArray(widths) || body.length < 2) return false;
  if (Object.keys(table.table).some((k) => !['widths', 'body', 'headerRows', 'dontBreakRows'].includes(k)))
    return false;
  if (!widths.every((w) => typeof w === 'number' || w === '*')) return false;
  const layout = table.layout;
  if (!isObj(layout) || !only(layout, new Set(LAYOUT_KEYS))) return false;
  if (!LAYOUT_KEYS.every((k) => typeof layout[k] === 'function')) return false;
  return body.every((row) => {
    if (!Array.isArray(row) || row.length !== widths.length) return false;
    for (let c = 0; c < row.length; ) {
      const cell = row[c];
      if (!cellOk(cell, styles)) return false;
      c += isObj(cell) && typeof cell.colSpan === 'number' ? cell.colSpan : 1;
    }
    return true;
  });
}

const LEADING = /^(\s)+/;
const TRAILING = /(\s)+$/;

type Word = { text: string; lineEnd?: boolean };

/** pdfmake's splitWords (textTools.js): the break opportunities of Unicode line breaking. */
function splitWords(value: string): Word[] {
  const text = value.replace(/\t/g, '    ');
  if (text.length === 0) return [{ text: '' }];
  const words: Word[] = [];
  const breaker = new pdfmakeLineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const word = text.slice(last, bk.position);
    if (bk.required || /\r?\n$|\r$/.test(word))
      words.push({ text: word.replace(/\r?\n$|\r$/, ''), lineEnd: true });
    else words.push({ text: word });
    last = bk.position;
  }
  return words;
}

type FastInline = Inline & {
  height: number;
  leadingCut: number;
  trailingCut: number;
  alignment: Alignment;
  lineEnd?: boolean;
  noNewLine?: boolean;
};

export type FastTableOptions = {
  fontProvider: FontProvider;
  styles: StyleDictionary;
  defaultStyle: Style;
};

export class FastTable {
  private readonly layout: TableLayout;
  private readonly node: ContentTable;
  private readonly widths: number[] = [];
  /** Left edge of each column's block (line, padding, content, padding), from the table's left. */
  private readonly blockLefts: number[] = [];
  /** pdfmake's gaps: from the end of one column's content to the start of the next one's. */
  private readonly gaps: number[] = [];
  private readonly tableStyle: TextStyle;
  private readonly fonts = new Map<string, PdfFont>();
  private readonly widthCache = new Map<string, number>();

  constructor(
    table: ContentTable,
    availableWidth: number,
    private readonly options: FastTableOptions,
  ) {
    this.node = table;
    this.layout = table.layout as unknown as TableLayout;
    const columns = table.table.widths as (number | '*')[];
    const L = this.layout;
    let prevRightPadding = 0;
    let total = 0;
    for (let i = 0; i < columns.length; i++) {
      const gap = prevRightPadding + L.vLineWidth(i, table) + L.paddingLeft(i, table);
      this.gaps.push(gap);
      total += gap;
      prevRightPadding = L.paddingRight(i, table);
    }
    total += prevRightPadding + L.vLineWidth(columns.length, table);
    // ColumnCalculator.buildColumnWidths, for fixed and star columns.
    let remaining = availableWidth - total;
    for (const w of columns) if (typeof w === 'number') remaining -= w;
    const stars = columns.filter((w) => w === '*').length;
    const starSize = stars > 0 ? remaining / stars : 0;
    let left = 0;
    for (let i = 0; i < columns.length; i++) {
      const w = columns[i];
      this.widths.push(typeof w === 'number' ? w : starSize);
      this.blockLefts.push(left);
      left +=
        L.paddingLeft(i, table) +
        L.paddingRight(i, table) +
        L.vLineWidth(i, table) +
        (this.widths[i] as number);
    }
    this.blockLefts.push(left);
    const base = options.defaultStyle;
    this.tableStyle = this.resolve(
      {
        font: base.font ?? 'Roboto',
        fontSize: base.fontSize ?? 12,
        bold: base.bold ?? false,
        italics: base.italics ?? false,
        color: (base.color as string | undefined) ?? 'black',
        alignment: (base.alignment as Alignment | undefined) ?? 'left',
        lineHeight: base.lineHeight ?? 1,
      },
      table as unknown as Obj,
    );
  }

  private resolve(inherited: TextStyle, node: Obj): TextStyle {
    const style: TextStyle = { ...inherited };
    const names = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
    for (const name of names) Object.assign(style, this.options.styles[name as string]);
    for (const key of STYLE_KEYS)
      if (node[key] !== undefined && node[key] !== null) Object.assign(style, { [key]: node[key] });
    return style;
  }

  private font(style: TextStyle): PdfFont {
    const key = `${style.font}|${style.bold}|${style.italics}`;
    let font = this.fonts.get(key);
    if (!font) {
      font = this.options.fontProvider.provideFont(style.font, style.bold, style.italics);
      this.fonts.set(key, font);
    }
    return font;
  }

  private widthOf(text: string, font: PdfFont, fontKey: string, size: number): number {
    if (text.length === 0) return 0;
    const key = `${fontKey}|${size}|${text}`;
    let width = this.widthCache.get(key);
    if (width === undefined) {
      width = font.widthOfString(text, size, null);
      if (this.widthCache.size > 50_000) this.widthCache.clear();
      this.widthCache.set(key, width);
    }
    return width;
  }

  /** pdfmake's normalizeTextArray + measure for one paragraph: its words as measured inlines. */
  private inlines(text: unknown, paragraph: TextStyle): FastInline[] {
    const runs = Array.isArray(text) ? text : [text];
    const out: FastInline[] = [];
    let lastWord: string | null = null;
    runs.forEach((run, i) => {
      const style = isObj(run) ? this.resolve(paragraph, run) : paragraph;
      const words = splitWords(String(isObj(run) ? run.text : run));
      if (lastWord !== null && words.length > 0) {
        const first = words[0]?.lineEnd ? null : (words[0]?.text ?? null);
        if (first !== null && splitWords(lastWord + first).length === 1) {
          const previous = out[out.length - 1];
          if (previous) previous.noNewLine = true;
        }
      }
      const font = this.font(style);
      const fontKey = `${style.font}|${style.bold}|${style.italics}`;
      const height = font.lineHeight(style.fontSize) * style.lineHeight;
      for (const word of words) {
        const leading = word.text.match(LEADING);
        const trailing = word.text.match(TRAILING);
        const inline: FastInline = {
          text: word.text,
          x: 0,
          width: this.widthOf(word.text, font, fontKey, style.fontSize),
          height,
          leadingCut: leading ? this.widthOf(leading[0], font, fontKey, style.fontSize) : 0,
          trailingCut: trailing ? this.widthOf(trailing[0], font, fontKey, style.fontSize) : 0,
          alignment: style.alignment,
          font,
          fontSize: style.fontSize,
          color: style.color,
          characterSpacing: 0,
          opacity: 1,
        };
        if (word.lineEnd) inline.lineEnd = true;
        out.push(inline);
      }
      const lastOfRun = words[words.length - 1];
      lastWord = i + 1 < runs.length && lastOfRun && !lastOfRun.lineEnd ? lastOfRun.text : null;
    });
    return out;
  }

  /** pdfmake's buildNextLine, repeated: the paragraph's lines in a column `width` wide. */
  private lines(inlines: FastInline[], width: number): FittingLine[] {
    const lines: FittingLine[] = [];
    while (inlines.length > 0) {
      const line = new pdfmakeLine(width);
      let forceContinue = false;
      while (
        inlines.length > 0 &&
        (forceContinue ||
          line.hasEnoughSpaceForInline(
            inlines[0] as FastInline,
            inlines[0]?.noNewLine ? inlines.slice(1) : [],
          ))
      ) {
        const inline = inlines.shift() as FastInline;
        let hardWrap = false;
        if (inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
          const fit = this.maxFit(inline, line.getAvailableWidth());
          if (fit < inline.text.length) {
            const rest: FastInline = { ...inline, text: inline.text.substring(fit) };
            inline.text = inline.text.substring(0, fit);
            rest.width = this.measure(rest);
            inline.width = this.measure(inline);
            inlines.unshift(rest);
            hardWrap = true;
          }
        }
        line.addInline(inline);
        forceContinue = !!inline.noNewLine && !hardWrap;
      }
      lines.push(line);
    }
    return lines;
  }

  private measure(inline: FastInline): number {
    return inline.font.widthOfString(inline.text, inline.fontSize, null);
  }

  private maxFit(inline: FastInline, maxWidth: number): number {
    let low = 1;
    let high = inline.text.length;
    let best = 1;
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      const w = this.measure({ ...inline, text: inline.text.substring(0, mid) });
      if (w <= maxWidth) {
        best = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return best;
  }

  /** A cell's lines, positioned from its content's top-left corner; and their height. */
  private cellLines(cell: unknown, width: number): { lines: FittingLine[]; height: number } {
    const cellStyle = isObj(cell) ? this.resolve(this.tableStyle, cell) : this.tableStyle;
    const paragraphs: { text: unknown; style: TextStyle }[] = [];
    if (!isObj(cell)) paragraphs.push({ text: cell, style: cellStyle });
    else if (cell.text !== undefined) paragraphs.push({ text: cell.text, style: cellStyle });
    else
      for (const p of cell.stack as unknown[])
        paragraphs.push(
          isObj(p) ? { text: p.text, style: this.resolve(cellStyle, p) } : { text: p, style: cellStyle },
        );
    const lines: FittingLine[] = [];
    let y = 0;
    for (const p of paragraphs) {
      for (const line of this.lines(this.inlines(p.text, p.style), width)) {
        // ElementWriter.alignLine
        const alignment = (line.inlines[0] as FastInline | undefined)?.alignment;
        const free = width - line.getWidth();
        line.x = alignment === 'right' ? free : alignment === 'center' ? free / 2 : 0;
        line.y = y;
        y += line.getHeight();
        lines.push(line);
      }
    }
    return { lines, height: y };
  }

  /** Lays out row `r` (of the whole body) as pdfmake's unbreakable row block, from y = 0. */
  private rowBlock(r: number): RowBlock {
    const row = this.node.table.body[r] as unknown[];
    const L = this.layout;
    const t = this.node;
    const top = L.paddingTop(r, t);
    const items: PageItem[] = [];
    const spans: Span[] = [];
    let content = 0;
    const cells: { lines: FittingLine[]; x: number }[] = [];
    let x = 0;
    let lastWidth = 0;
    for (let c = 0; c < row.length; ) {
      const cell = row[c];
      const span = isObj(cell) && typeof cell.colSpan === 'number' ? cell.colSpan : 1;
      let width = this.widths[c] as number;
      for (let k = 1; k < span; k++) width += (this.widths[c + k] as number) + (this.gaps[c + k] as number);
      x = x + lastWidth + (this.gaps[c] as number);
      lastWidth = width;
      const laid = this.cellLines(cell, width);
      content = Math.max(content, laid.height);
      cells.push({ lines: laid.lines, x });
      spans.push({
        from: c,
        to: c + span,
        fill: (isObj(cell) && (cell.fillColor as string | undefined)) || L.fillColor(r, t, c),
      });
      c += span;
    }
    const bottomLine = L.hLineWidth(r + 1, t);
    const end = top + content + L.paddingBottom(r, t);
    for (const cell of cells)
      for (const line of cell.lines) {
        line.x += cell.x;
        line.y += top;
        items.push({ type: 'line', item: line });
      }
    return { row: r, items, spans, end, height: end + bottomLine };
  }

  /**
   * Lays the rows out onto pages: the table starts at `start.y` of `start.page` (pdfmake's
   * position after the content before it); `newPage` opens the next page; `pageDone` is called
   * with each page once it is complete (the last one included).
   */
  async layoutInto(options: {
    start: { page: LaidOutPage; y: number };
    margins: { left: number; top: number; bottom: number };
    newPage: () => LaidOutPage;
    pageDone: (page: LaidOutPage) => Promise<void> | void;
  }): Promise<void> {
    const { margins } = options;
    const t = this.node;
    const L = this.layout;
    const rows = t.table.body;
    const header = this.rowBlock(0);
    const lineTop = L.hLineWidth(0, t);
    const headerHeight = lineTop + header.height;
    let page = options.start.page;
    const bottom = page.pageSize.height - margins.bottom;
    let y = options.start.y;
    let placed: Placed[] = [];

    const finishPage = async () => {
      this.drawGrid(page, placed, margins.left);
      await options.pageDone(page);
      placed = [];
    };
    const place = (block: RowBlock, at: number) => {
      placed.push({ block, y: at });
      for (const item of block.items) {
        const line = item.item as FittingLine;
        line.x += margins.left;
        line.y += at;
        page.items.push(item);
      }
    };
    const placeHeader = (at: number) => {
      const copy = this.rowBlock(0);
      place(copy, at + lineTop);
      return at + headerHeight;
    };

    // The header block (top line, header row, the line under it) is kept whole.
    if (headerHeight > bottom - y) {
      await finishPage();
      page = options.newPage();
      y = margins.top;
    }
    place(header, y + lineTop);
    y += headerHeight;
    for (let r = 1; r < rows.length; r++) {
      const block = this.rowBlock(r);
      if (block.height > bottom - y) {
        await finishPage();
        page = options.newPage();
        y = placeHeader(margins.top);
      }
      place(block, y);
      y += block.height;
      // Laid out and placed: the definition's row is done with.
      rows[r] = [];
    }
    await finishPage();
  }

  /** Fills, the lines between rows, and one line per column edge for each run of rows without a span over it. */
  private drawGrid(page: LaidOutPage, placed: Placed[], left: number) {
    const t = this.node;
    const L = this.layout;
    const background: PageItem[] = [];
    const lines: PageItem[] = [];
    const hLine = (i: number, y: number) => {
      const width = L.hLineWidth(i, t);
      if (!width) return;
      lines.push(
        vector({
          type: 'line',
          x1: left + (this.blockLefts[0] as number),
          x2: left + (this.blockLefts[this.blockLefts.length - 1] as number),
          y1: y + width / 2,
          y2: y + width / 2,
          lineWidth: width,
          lineColor: L.hLineColor(i, t, 0),
        }),
      );
    };
    const first = placed[0];
    if (!first) return;
    if (first.block.row === 0) hLine(0, first.y - L.hLineWidth(0, t));
    for (const { block, y } of placed) {
      const topY = y - (block.row === 0 ? L.hLineWidth(0, t) : 0);
      for (const { from, to, fill } of block.spans) {
        if (!fill) continue;
        const x1 = left + (this.blockLefts[from] as number) + L.vLineWidth(from, t);
        const x2 = left + (this.blockLefts[to] as number) + L.vLineWidth(to, t) / 2;
        background.push(
          vector({
            type: 'rect',
            x: x1,
            y: topY,
            w: x2 - x1,
            h: y + block.height - topY,
            lineWidth: 0,
            color: fill,
          }),
        );
      }
      hLine(block.row + 1, y + block.end);
    }
    // Vertical lines: column edge c is drawn where no span of a row covers it.
    const columns = this.widths.length;
    for (let c = 0; c <= columns; c++) {
      const width = L.vLineWidth(c, t);
      if (!width) continue;
      let runStart: number | null = null;
      let runEnd = 0;
      let color = '';
      const flush = () => {
        if (runStart === null) return;
        const x = left + (this.blockLefts[c] as number) + width / 2;
        lines.push(
          vector({
            type: 'line',
            x1: x,
            x2: x,
            y1: runStart,
            y2: runEnd,
            lineWidth: width,
            lineColor: color,
          }),
        );
        runStart = null;
      };
      for (const { block, y } of placed) {
        const covered = block.spans.some(({ from, to }) => from < c && c < to);
        const rowColor = L.vLineColor(c, t, block.row);
        if (covered || (runStart !== null && rowColor !== color)) flush();
        if (covered) continue;
        if (runStart === null) {
          runStart = y - (block.row === 0 ? L.hLineWidth(0, t) : 0);
          color = rowColor;
        }
        runEnd = y + block.height;
      }
      flush();
    }
    // Backgrounds first (under the text, as pdfmake inserts them), the grid last.
    page.items.unshift(...background);
    page.items.push(...lines);
  }
}

/** A page item for a line or a rectangle (Vector types every shape's fields; these use a few). */
const vector = (shape: Partial<Vector> & Pick<Vector, 'type'>): PageItem => ({
  type: 'vector',
  item: shape as Vector,
});

type RowBlock = {
  row: number;
  items: PageItem[];
  spans: Span[];
  /** From the block's top (the row's top padding) to the end of its bottom padding. */
  end: number;
  /** `end` plus the line under the row: what pdfmake checks against the page's room. */
  height: number;
};

/** A cell: its first column, the column after its last (colSpan), its background. */
type Span = { from: number; to: number; fill: string | null };

type Placed = { block: RowBlock; y: number };
