import {
  type Inline,
  type KitDocument,
  type LaidOutPage,
  type Line,
  pdfmake,
  type Vector,
} from './pdfmake-internals.ts';

/**
 * Draws one laid-out pdfmake page with pdfkit: the drawing half of pdfmake 0.2's printer.js
 * (renderLine, renderVector), for what Traguardo's documents contain (text, lines, rectangles;
 * no images, SVG, links or clipping: those throw, so that a new kind of content is not silently lost).
 *
 * Unlike printer.js it does not repeat graphics state the stream already has (pdfmake set the
 * colour, opacity and line style again before every word and every cell border: half of the
 * drawing time and of the stream), and it collects a page's operators as strings, written to
 * pdfkit at once (`collectContent`), instead of one Buffer per operator.
 */

/** What the current content stream has set; unknown (undefined) at the start of each stream. */
export type DrawState = {
  fill?: string;
  stroke?: string;
  fillOpacity?: number;
  strokeOpacity?: number;
  lineWidth?: number;
  dash?: string;
  join?: string;
  cap?: string;
};

/**
 * Makes the current page's content stream collect operators in memory; `flush` writes them to
 * the stream as one chunk (call it before the stream ends).
 */
export function collectContent(doc: KitDocument): { flush: () => void } {
  const stream = doc.page.content;
  const write = stream.write.bind(stream);
  const parts: string[] = [];
  stream.write = (chunk: string | Buffer) => {
    if (typeof chunk === 'string') parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  function flush() {
    if (parts.length === 0) return;
    // pdfkit ends each operator string with a newline; the same bytes, in one Buffer.
    write(Buffer.from(`${parts.join('\n')}\n`, 'binary'));
    parts.length = 0;
  }
  return { flush };
}

export function drawPage(page: LaidOutPage, doc: KitDocument, state: DrawState) {
  for (const item of page.items) {
    if (item.type === 'line') drawLine(item.item, doc, state);
    else if (item.type === 'vector') drawVector(item.item, doc, state);
    else throw new Error(`PDF content of type ${item.type} is not supported by the document engine`);
  }
}

function setFill(doc: KitDocument, state: DrawState, color: string, opacity: number) {
  if (state.fill !== color) {
    doc.fillColor(color);
    state.fill = color;
  }
  if (state.fillOpacity !== opacity) {
    doc.fillOpacity(opacity);
    state.fillOpacity = opacity;
  }
}

function setStroke(doc: KitDocument, state: DrawState, color: string, opacity: number) {
  if (state.stroke !== color) {
    doc.strokeColor(color);
    state.stroke = color;
  }
  if (state.strokeOpacity !== opacity) {
    doc.strokeOpacity(opacity);
    state.strokeOpacity = opacity;
  }
}

function drawLine(line: Line, doc: KitDocument, state: DrawState) {
  const x = line.x || 0;
  const y = line.y || 0;
  const lineHeight = line.getHeight();
  const descent = lineHeight - line.getAscenderHeight();
  pdfmake.textDecorator.drawBackground(line, x, y, {}, doc);
  const inlines = line.inlines;
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i] as Inline;
    // Words that follow each other in one style are one run of text: pdfkit places the glyphs
    // of a run as it would the words one by one, with one text object instead of one per word.
    // Only after a space: pieces of one word ("e/" "o") would be kerned together in a run.
    let text = inline.text;
    let width = inline.width;
    while (
      i + 1 < inlines.length &&
      text.endsWith(' ') &&
      continuesRun(inline, inlines[i + 1] as Inline, width)
    ) {
      const next = inlines[++i] as Inline;
      text += next.text;
      width += next.width;
    }
    const shiftToBaseline = lineHeight - (inline.font.ascender / 1000) * inline.fontSize - descent;
    let shiftedY = y + shiftToBaseline;
    if (inline.sup) shiftedY -= inline.fontSize * 0.75;
    if (inline.sub) shiftedY += inline.fontSize * 0.35;
    const opacity = typeof inline.opacity === 'number' ? inline.opacity : 1;
    if (state.fillOpacity !== opacity || state.strokeOpacity !== opacity) {
      doc.opacity(opacity);
      state.fillOpacity = opacity;
      state.strokeOpacity = opacity;
    }
    setFill(doc, state, inline.color || 'black', opacity);
    doc._font = inline.font;
    doc.fontSize(inline.fontSize);
    // What doc.text() ends in for one unbroken line, without its option handling and re-measuring.
    doc._fragment(text, x + inline.x, shiftedY, {
      lineBreak: false,
      textWidth: width,
      characterSpacing: inline.characterSpacing,
      wordCount: 1,
      link: inline.link,
      ...(inline.fontFeatures ? { features: inline.fontFeatures } : {}),
    });
  }
  pdfmake.textDecorator.drawDecorations(line, x, y, doc);
}

/** Whether `next` is drawn right after `first`'s run (of `width` so far), in the same style. */
function continuesRun(first: Inline, next: Inline, width: number): boolean {
  return (
    next.font === first.font &&
    next.fontSize === first.fontSize &&
    next.color === first.color &&
    next.opacity === first.opacity &&
    !next.characterSpacing &&
    !first.characterSpacing &&
    !first.link &&
    !next.link &&
    !first.fontFeatures &&
    !next.fontFeatures &&
    !first.sup &&
    !first.sub &&
    !next.sup &&
    !next.sub &&
    Math.abs(next.x - (first.x + width)) < 1e-9
  );
}

function drawVector(vector: Vector, doc: KitDocument, state: DrawState) {
  const lineWidth = vector.lineWidth || 1;
  if (state.lineWidth !== lineWidth) {
    doc.lineWidth(lineWidth);
    state.lineWidth = lineWidth;
  }
  const dash = vector.dash
    ? `${vector.dash.length} ${vector.dash.space || vector.dash.length} ${vector.dash.phase || 0}`
    : '';
  if (state.dash !== dash) {
    if (vector.dash)
      doc.dash(vector.dash.length, {
        space: vector.dash.space || vector.dash.length,
        phase: vector.dash.phase || 0,
      });
    else doc.undash();
    state.dash = dash;
  }
  const join = vector.lineJoin || 'miter';
  if (state.join !== join) {
    doc.lineJoin(join);
    state.join = join;
  }
  const cap = vector.lineCap || 'butt';
  if (state.cap !== cap) {
    doc.lineCap(cap);
    state.cap = cap;
  }
  switch (vector.type) {
    case 'ellipse':
      doc.ellipse(vector.x, vector.y, vector.r1, vector.r2);
      break;
    case 'rect':
      if (vector.r) doc.roundedRect(vector.x, vector.y, vector.w, vector.h, vector.r);
      else doc.rect(vector.x, vector.y, vector.w, vector.h);
      break;
    case 'line':
      doc.moveTo(vector.x1, vector.y1);
      doc.lineTo(vector.x2, vector.y2);
      break;
    case 'polyline': {
      const [p1, ...others] = vector.points;
      if (!p1) break;
      doc.moveTo(p1.x, p1.y);
      for (const p of others) doc.lineTo(p.x, p.y);
      const pn = others.at(-1);
      if (pn && (vector.closePath || (p1.x === pn.x && p1.y === pn.y))) doc.closePath();
      break;
    }
    case 'path':
      doc.path(vector.d);
      break;
  }
  const fillOpacity = typeof vector.fillOpacity === 'number' ? vector.fillOpacity : 1;
  const strokeOpacity = typeof vector.strokeOpacity === 'number' ? vector.strokeOpacity : 1;
  if (vector.color && vector.lineColor) {
    setFill(doc, state, vector.color, fillOpacity);
    setStroke(doc, state, vector.lineColor, strokeOpacity);
    doc.fillAndStroke();
  } else if (vector.color) {
    setFill(doc, state, vector.color, fillOpacity);
    doc.fill();
  } else {
    setStroke(doc, state, vector.lineColor || 'black', strokeOpacity);
    doc.stroke();
  }
}
