import { createRequire } from 'node:module';
import type { Content, Style, StyleDictionary, TFontDictionary } from 'pdfmake/interfaces';

/**
 * Typed handles on the pdfmake 0.2 modules that `pdf-engine.ts` drives directly (layout builder,
 * font provider, the pdfkit fork). pdfmake's own `createPdfKitDocument` lays out the whole
 * document before it draws a page, which for a 2,800-page plan holds every line of every page in
 * memory at once (~1.5 GB); the engine lays out and draws it piece by piece with the same code.
 * Only what the engine touches is typed here.
 */

export type PageSize = { width: number; height: number; orientation: 'portrait' | 'landscape' };
export type Margins = { left: number; top: number; right: number; bottom: number };

export type Position = { pageNumber: number; top: number };

/** A font as pdfkit loaded it: its metrics in thousandths of the size. */
export type PdfFont = {
  ascender: number;
  widthOfString(text: string, size: number, features?: string[] | null): number;
  lineHeight(size: number, includeGap?: boolean): number;
};

export type Inline = {
  text: string;
  x: number;
  width: number;
  font: PdfFont;
  fontSize: number;
  color?: string;
  opacity?: number;
  characterSpacing?: number;
  fontFeatures?: string[];
  link?: string;
  sup?: boolean;
  sub?: boolean;
};

export type Line = {
  x: number;
  y: number;
  inlines: Inline[];
  getHeight(): number;
  getAscenderHeight(): number;
};

export type Vector = {
  type: 'rect' | 'line' | 'polyline' | 'ellipse' | 'path';
  x: number;
  y: number;
  w: number;
  h: number;
  r?: number;
  r1: number;
  r2: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  points: { x: number; y: number }[];
  closePath?: boolean;
  d: string;
  color?: string;
  lineColor?: string;
  lineWidth?: number;
  lineJoin?: string;
  lineCap?: string;
  dash?: { length: number; space?: number; phase?: number };
  fillOpacity?: number;
  strokeOpacity?: number;
};

export type PageItem =
  | { type: 'line'; item: Line }
  | { type: 'vector'; item: Vector }
  | { type: 'image' | 'svg' | 'beginClip' | 'endClip'; item: unknown };

export type LaidOutPage = { pageSize: PageSize; items: PageItem[] };

/** The pdfkit fork's document, with the internals the engine uses to end pages in its own order. */
export type KitPage = {
  content: KitRef;
  dictionary: KitRef & { data: { Contents: KitRef | KitRef[] } };
};
export type KitRef = { end(): void; write(chunk: string | Buffer): void };
export type KitDocument = {
  options: { size: [number, number] };
  page: KitPage;
  _font: PdfFont;
  addPage(options?: { size: [number, number] }): KitDocument;
  switchToPage(n: number): KitPage;
  bufferedPageRange(): { start: number; count: number };
  ref(data?: object): KitRef;
  on(event: 'data', listener: (chunk: Buffer) => void): KitDocument;
  on(event: 'end', listener: () => void): KitDocument;
  on(event: 'error', listener: (error: Error) => void): KitDocument;
  end(): void;
  opacity(value: number): KitDocument;
  fill(color?: string): KitDocument;
  fillColor(color: string, opacity?: number): KitDocument;
  fillOpacity(opacity: number): KitDocument;
  strokeOpacity(opacity: number): KitDocument;
  _fragment(text: string, x: number, y: number, options: object): void;
  strokeColor(color: string, opacity?: number): KitDocument;
  fillAndStroke(): KitDocument;
  stroke(): KitDocument;
  fontSize(size: number): KitDocument;
  text(text: string, x: number, y: number, options: object): KitDocument;
  lineWidth(width: number): KitDocument;
  dash(length: number, options: object): KitDocument;
  undash(): KitDocument;
  lineJoin(join: string): KitDocument;
  lineCap(cap: string): KitDocument;
  ellipse(x: number, y: number, r1: number, r2: number): KitDocument;
  roundedRect(x: number, y: number, w: number, h: number, r: number): KitDocument;
  rect(x: number, y: number, w: number, h: number): KitDocument;
  moveTo(x: number, y: number): KitDocument;
  lineTo(x: number, y: number): KitDocument;
  closePath(): KitDocument;
  path(d: string): KitDocument;
};

/** A node of the document definition after pdfmake measured and placed it. */
export type PlacedNode = { positions?: Position[] };

export type PageElementWriter = {
  context(): { pages: LaidOutPage[] };
  beginUnbreakableBlock(width: number, height: number): void;
  commitUnbreakableBlock(x: number, y: number): void;
};

export type LayoutBuilder = {
  pageMargins: Margins;
  tableLayouts: Record<string, object>;
  writer: PageElementWriter;
  docPreprocessor: { preprocessDocument(node: Content): Content };
  docMeasure: { measureDocument(node: Content): Content };
  tracker: unknown;
  linearNodeList: unknown[];
  registerTableLayouts(layouts: Record<string, object>): void;
  layoutDocument(
    content: Content,
    fontProvider: FontProvider,
    styles: StyleDictionary,
    defaultStyle: Style,
    background: undefined,
    header: undefined,
    footer: undefined,
    images: Record<string, never>,
    watermark: undefined,
    pageBreakBefore: undefined,
  ): LaidOutPage[];
  processNode(node: Content): void;
};

export type FontProvider = { provideFont(family: string, bold: boolean, italics: boolean): PdfFont };
type Measure = object;

const require = createRequire(import.meta.url);

export const pdfmake: {
  LayoutBuilder: new (
    pageSize: PageSize,
    margins: Margins,
    imageMeasure: Measure,
    svgMeasure: Measure,
  ) => LayoutBuilder;
  FontProvider: new (fonts: TFontDictionary, doc: KitDocument) => FontProvider;
  ImageMeasure: new (doc: KitDocument, images: Record<string, never>) => Measure;
  SVGMeasure: new () => Measure;
  DocPreprocessor: new () => LayoutBuilder['docPreprocessor'];
  DocMeasure: new (
    fontProvider: FontProvider,
    styles: StyleDictionary,
    defaultStyle: Style,
    imageMeasure: Measure,
    svgMeasure: Measure,
    tableLayouts: Record<string, object>,
    images: Record<string, never>,
  ) => LayoutBuilder['docMeasure'];
  DocumentContext: new (pageSize: PageSize, margins: Margins) => object;
  PageElementWriter: new (context: object, tracker: unknown) => PageElementWriter;
  textDecorator: {
    drawBackground(line: Line, x: number, y: number, patterns: object, doc: KitDocument): void;
    drawDecorations(line: Line, x: number, y: number, doc: KitDocument): void;
  };
  createPdfDocument(options: object): KitDocument;
  pageSizes: Record<string, [number, number]>;
} = {
  LayoutBuilder: require('pdfmake/src/layoutBuilder'),
  FontProvider: require('pdfmake/src/fontProvider'),
  ImageMeasure: require('pdfmake/src/imageMeasure'),
  SVGMeasure: require('pdfmake/src/svgMeasure'),
  DocPreprocessor: require('pdfmake/src/docPreprocessor'),
  DocMeasure: require('pdfmake/src/docMeasure'),
  DocumentContext: require('pdfmake/src/documentContext'),
  PageElementWriter: require('pdfmake/src/pageElementWriter'),
  textDecorator: require('pdfmake/src/textDecorator'),
  createPdfDocument: require('pdfmake/src/pdfKitEngine').createPdfDocument,
  pageSizes: require('pdfmake/src/standardPageSizes'),
};

const pdfmakeRequire = createRequire(require.resolve('pdfmake/package.json'));

/** pdfmake's Line (line.js) with its fitting rules: what the fast table layout builds. */
export type FittingLine = Line & {
  hasEnoughSpaceForInline(inline: Inline, next: Inline[]): boolean;
  addInline(inline: Inline): void;
  getAvailableWidth(): number;
  getWidth(): number;
};
export const pdfmakeLine: new (maxWidth: number) => FittingLine = require('pdfmake/src/line');

/** The Unicode line breaker pdfmake splits words with (a dependency of pdfmake's own). */
export const pdfmakeLineBreaker: new (
  text: string,
) => { nextBreak(): { position: number; required: boolean } | null } =
  pdfmakeRequire('@foliojs-fork/linebreak');

/** The table layouts pdfmake registers for every document (printer.js registerDefaultTableLayouts). */
export const DEFAULT_TABLE_LAYOUTS = {
  noBorders: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: (i: number) => (i && 4) || 0,
    paddingRight: (i: number, node: { table: { widths: unknown[] } }) =>
      i < node.table.widths.length - 1 ? 4 : 0,
  },
  headerLineOnly: {
    hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) => {
      if (i === 0 || i === node.table.body.length) return 0;
      return i === node.table.headerRows ? 2 : 0;
    },
    vLineWidth: () => 0,
    paddingLeft: (i: number) => (i === 0 ? 0 : 8),
    paddingRight: (i: number, node: { table: { widths: unknown[] } }) =>
      i === node.table.widths.length - 1 ? 0 : 8,
  },
  lightHorizontalLines: {
    hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) => {
      if (i === 0 || i === node.table.body.length) return 0;
      return i === node.table.headerRows ? 2 : 1;
    },
    vLineWidth: () => 0,
    hLineColor: (i: number) => (i === 1 ? 'black' : '#aaa'),
    paddingLeft: (i: number) => (i === 0 ? 0 : 8),
    paddingRight: (i: number, node: { table: { widths: unknown[] } }) =>
      i === node.table.widths.length - 1 ? 0 : 8,
  },
};
