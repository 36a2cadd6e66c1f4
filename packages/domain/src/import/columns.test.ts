import { describe, expect, it } from 'vitest';
import { neutralizeFormula, unneutralizeFormula } from './cell.ts';
import { COLUMNS, columnOfHeader, matchHeaders, repeatsHeader } from './columns.ts';

describe('header matching', () => {
  it.each([
    ['Codice Obiettivo', 'objectiveCode'],
    ['CODICE OBIETTIVO', 'objectiveCode'],
    ['codice  obiettivo ', 'objectiveCode'],
    ['CodiceObiettivo', 'objectiveCode'],
    ['Finalita Indicatore', 'purpose'],
    ['FINALITÀ INDICATORE', 'purpose'],
    ['Polarita', 'polarity'],
    ['Unità di Misura', 'unitOfMeasure'],
    ['Target atteso:', 'target'],
    ['Decisione Nucleo di Valutazione', 'decision'],
    ['Note', undefined],
  ])('%j is the column %s', (text, key) => {
    expect(columnOfHeader(text)).toBe(key);
  });

  it("finds the Cremona seed's header and says which required columns are missing", () => {
    const seedHeader =
      'Responsabile Settore\tSettore\tCodice Obiettivo\tTitolo Obiettivo\tDefinizione Obiettivo\tCodice Indicatore\tTitolo Indicatore\tFormula Indicatore\tFinalità Indicatore\tTarget Atteso\tPeso Indicatore\tRichiesta variazione\tMotivazione variazione\tDecisione Nucleo di Valutazione'.split(
        '\t',
      );
    const match = matchHeaders(seedHeader);
    expect(match.missing).toEqual([]);
    expect(match.index.objectiveCode).toBe(2);
    expect(match.index.decision).toBe(13);
    expect(matchHeaders(['Codice Obiettivo', 'Titolo Obiettivo']).missing).toEqual([
      'indicatorCode',
      'indicatorTitle',
    ]);
    expect(matchHeaders(['Codice Obiettivo', 'codice obiettivo']).duplicated).toEqual(['objectiveCode']);
  });

  it('recognises a repeated header row, not a data row', () => {
    const header = [
      COLUMNS.objectiveCode,
      COLUMNS.objectiveTitle,
      COLUMNS.indicatorCode,
      COLUMNS.indicatorTitle,
    ];
    const match = matchHeaders(header);
    expect(repeatsHeader(header, match)).toBe(true);
    expect(repeatsHeader(['C50_0004', 'Ulteriore sviluppo', '1011', 'Incremento visitatori'], match)).toBe(
      false,
    );
  });
});

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+39 0372', "'+39 0372"],
    ['- Variazioni ed integrazioni', "'- Variazioni ed integrazioni"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Incremento visitatori', 'Incremento visitatori'],
  ])('an export writes %j as %j and an import reads it back', (text, written) => {
    expect(neutralizeFormula(text)).toBe(written);
    expect(unneutralizeFormula(written)).toBe(text);
  });

  it("keeps a ' that an export did not add", () => {
    expect(unneutralizeFormula("'Tutto il personale'")).toBe("'Tutto il personale'");
  });
});
