/** Test support: what a PDF says (pdftotext) and whether a page shows something (pdftoppm). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(pdf: Buffer, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'traguardo-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, pdf);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text in drawing order (-raw: pdfmake draws cell by cell, so a table cell reads whole), with
 * runs of whitespace collapsed so that wrapped lines still read as one phrase.
 */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString('utf8'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export function pdfPageCount(pdf: Buffer): number {
  const info = withFile(pdf, (path) => execFileSync('pdfinfo', [path]).toString('utf8'));
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Page size in points, e.g. to tell a landscape page (842 × 595) from a portrait one. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const info = withFile(pdf, (path) =>
    execFileSync('pdfinfo', ['-f', '1', '-l', '999', path]).toString('utf8'),
  );
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Math.round(Number(m[1])),
    height: Math.round(Number(m[2])),
  }));
}

/**
 * Renders one page in greys (PGM) and returns the share of its pixels that are not white:
 * a blank or broken page is ~0, a page of text and tables a few percent.
 */
export function pdfPageInk(pdf: Buffer, page: number): number {
  return withFile(pdf, (path, dir) => {
    const out = join(dir, 'page');
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '30',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      path,
      out,
    ]);
    const pgm = readFileSync(`${out}.pgm`);
    // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a PGM image');
    const pixels = pgm.subarray(header[0].length);
    let ink = 0;
    for (const p of pixels) if (p < 200) ink++;
    return ink / pixels.length;
  });
}

/**
 * Every word with its box and page (pdftotext -bbox), one per line: two renderings that agree
 * here put the same text in the same places on the same pages.
 */
export function pdfWordBoxes(pdf: Buffer): string[] {
  const html = withFile(pdf, (path) =>
    execFileSync('pdftotext', ['-bbox', path, '-'], { maxBuffer: 1 << 30 }).toString('utf8'),
  );
  return html
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('<page') || line.startsWith('<word'));
}
