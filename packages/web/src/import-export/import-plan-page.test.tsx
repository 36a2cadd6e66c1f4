import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../i18n.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { ImportPlanPage } from './import-plan-page.tsx';

const ORG_ID = '6f1c1a52-0000-4000-8000-000000000002';
const PLAN_ID = '9a7b3c10-0000-4000-8000-000000000099';

/** The browser's XMLHttpRequest, the page's only way to upload: each test plays the server's part. */
class FakeXhr {
  static requests: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  statusText = '';
  responseText = '';
  upload: {
    onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
    onload: (() => void) | null;
  } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.requests.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }));
  }
  uploaded() {
    act(() => this.upload.onload?.());
  }
  /** The answer arrives; the page reads it on the next microtask, hence async. */
  async respond(status: number, body: unknown) {
    this.uploaded();
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(async () => this.onload?.());
  }
}

const me = {
  id: 'u1',
  email: 'segretario@cremona.demo',
  name: 'Segretario Generale',
  isInstanceAdmin: false,
  organizations: [
    {
      id: ORG_ID,
      name: 'Comune di Cremona',
      slug: 'cremona',
      roles: ['secretary'],
      unitIds: [],
      personId: null,
    },
  ],
};

beforeEach(() => {
  FakeXhr.requests = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith('/me')
        ? new Response(JSON.stringify(me), { headers: { 'Content-Type': 'application/json' } })
        : new Response('{}', { status: 404 }),
    ),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage() {
  renderRoutes(
    [
      { path: '/orgs/:orgId/plans/import', element: <ImportPlanPage /> },
      { path: '/plans/:planId', element: <h1>Piano importato</h1> },
    ],
    `/orgs/${ORG_ID}/plans/import`,
  );
}

/** A file of `size` bytes, without filling memory: the page only reads its name and size. */
function csv(name: string, size = 2048): File {
  const file = new File(['Codice Obiettivo;Titolo Obiettivo'], name, { type: 'text/csv' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

/** Fills the form as the secretary would and presses "Importa il piano"; returns the request sent. */
async function importFile(
  file: File | null,
  fields: { title?: string; year?: string; endYear?: string } = {},
) {
  fireEvent.change(await screen.findByLabelText(/^Titolo del piano/), {
    target: { value: fields.title ?? 'Piano Esecutivo di Gestione 2019-2021' },
  });
  fireEvent.change(screen.getByLabelText(/^Tipo di piano/), { target: { value: 'peg' } });
  fireEvent.change(screen.getByLabelText(/^Anno \*?$/), { target: { value: fields.year ?? '2019' } });
  fireEvent.change(screen.getByLabelText(/^Anno finale/), { target: { value: fields.endYear ?? '2021' } });
  if (file) fireEvent.change(screen.getByLabelText(/^File del piano/), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Importa il piano' }));
  return FakeXhr.requests.at(-1);
}

/** The cells of a table's body, row by row. */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

// The 422 the API gives for fixtures/broken-plan.csv (packages/server/src/import-export/import-plan.test.ts).
const brokenPlanErrors = [
  { row: 3, column: 'Target Atteso', message: 'not a number: "duecentoquarantasette"' },
  { row: 4, column: 'Codice Obiettivo', message: 'missing objective code' },
  { row: 6, column: 'Codice Indicatore', message: 'missing indicator code' },
  { row: 6, column: 'Peso Indicatore', message: 'not a number: "quaranta"' },
  { row: 7, column: 'Polarità', message: 'polarity must be "positiva" or "negativa", not "alta"' },
  { row: 9, column: 'Titolo Obiettivo', message: 'missing objective title' },
  { row: 9, column: 'Codice Indicatore', message: 'indicator 1011 is already at row 2' },
  {
    row: 10,
    column: 'Tipo Obiettivo',
    message: 'objective type must be strategico, operativo or gestionale, not "strategicissimo"',
  },
  { row: 10, column: 'Peso Obiettivo', message: 'must not be negative' },
];

describe('the import page', () => {
  it('sends the form as multipart to the organisation’s import address', async () => {
    renderPage();
    const xhr = await importFile(csv('cremona-peg-2019.csv'));
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe(`/api/v1/orgs/${ORG_ID}/plans/import`);
    const body = xhr?.body;
    if (!(body instanceof FormData)) throw new Error('the body is not multipart');
    expect(body.get('title')).toBe('Piano Esecutivo di Gestione 2019-2021');
    expect(body.get('kind')).toBe('peg');
    expect(body.get('year')).toBe('2019');
    expect(body.get('endYear')).toBe('2021');
    const file = body.get('file');
    expect(file instanceof File ? file.name : null).toBe('cremona-peg-2019.csv');
  });

  it('shows the upload’s progress on an accessible bar, then that the file is being processed', async () => {
    renderPage();
    const xhr = await importFile(csv('grande.xlsx', 4 * 1024 * 1024));
    xhr?.progress(1024 * 1024, 4 * 1024 * 1024);
    const bar = screen.getByRole('progressbar', { name: 'Caricamento del file' });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(screen.getByText('Caricamento del file in corso: 25% (1 MB di 4 MB)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importazione in corso…' })).toBeTruthy();
    xhr?.uploaded();
    expect(screen.getByRole('progressbar', { name: 'Importazione in elaborazione' })).toBeTruthy();
    expect(
      screen.getAllByText(/Importazione in elaborazione: controllo di ogni riga/).length,
    ).toBeGreaterThan(0);
  });

  it('lists every bad row of a refused file with row, column and reason in Italian, and says nothing was imported', async () => {
    renderPage();
    const xhr = await importFile(csv('broken-plan.csv'));
    await xhr?.respond(422, {
      type: 'https://traguardo.example/problems/422',
      title: 'Unprocessable content',
      status: 422,
      detail: '9 errors in 6 rows: nothing was imported',
      errors: brokenPlanErrors,
    });
    const heading = screen.getByRole('heading', { name: 'Nessun dato è stato importato' });
    expect(document.activeElement).toBe(heading);
    expect(
      screen.getByText('Il file contiene 9 errori, elencati qui sotto. Righe da correggere: 6.'),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Righe da correggere nel file broken-plan.csv' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Riga', 'Colonna', 'Motivo']);
    expect(bodyRows(table)).toEqual([
      ['3', 'Target Atteso', 'non è un numero: «duecentoquarantasette»'],
      ['4', 'Codice Obiettivo', 'manca il codice dell’obiettivo'],
      ['6', 'Codice Indicatore', 'manca il codice dell’indicatore'],
      ['6', 'Peso Indicatore', 'non è un numero: «quaranta»'],
      ['7', 'Polarità', 'la polarità deve essere «positiva» o «negativa», non «alta»'],
      ['9', 'Titolo Obiettivo', 'manca il titolo dell’obiettivo'],
      ['9', 'Codice Indicatore', 'l’indicatore 1011 compare già alla riga 2'],
      [
        '10',
        'Tipo Obiettivo',
        'il tipo di obiettivo deve essere strategico, operativo o gestionale, non «strategicissimo»',
      ],
      ['10', 'Peso Obiettivo', 'non può essere negativo'],
    ]);
    // The form stays, ready for the corrected file.
    expect(screen.getByRole('button', { name: 'Importa il piano' })).toBeTruthy();
  });

  it('keeps a reason it does not know in the API’s words, marked as English', async () => {
    renderPage();
    const xhr = await importFile(csv('strano.csv'));
    await xhr?.respond(422, {
      status: 422,
      detail: '1 error',
      errors: [{ row: 5, column: 'Settore', message: 'odd thing' }],
    });
    const cell = screen.getByRole('cell', { name: 'odd thing' });
    expect(cell.getAttribute('lang')).toBe('en');
  });

  it('summarises an imported plan with its counts and warnings and links to the new draft', async () => {
    renderPage();
    const xhr = await importFile(csv('cremona-peg-2019.csv'));
    await xhr?.respond(201, {
      planId: PLAN_ID,
      counts: { strategicLines: 4, objectives: 12, indicators: 27, units: 9, people: 9, changeRequests: 14 },
      created: { units: 0, people: 2 },
      warnings: [
        {
          row: 20,
          column: 'Peso Indicatore',
          message: 'indicator weights of objective C32_0014 add up to 90, not 100',
        },
      ],
    });
    const heading = await screen.findByRole('heading', { name: 'Piano importato' });
    expect(document.activeElement).toBe(heading);
    expect(
      screen.getByText('Il piano «Piano Esecutivo di Gestione 2019-2021» è stato creato come bozza.'),
    ).toBeTruthy();
    expect(bodyRows(screen.getByRole('table', { name: 'Dati importati' }))).toEqual([
      ['Linee strategiche', '4'],
      ['Obiettivi', '12'],
      ['Indicatori', '27'],
      ['Settori', '9tutti già presenti nell’ente'],
      ['Persone', '9di cui 2 nuove, aggiunte al personale'],
      ['Richieste di variazione', '14'],
    ]);
    expect(bodyRows(screen.getByRole('table', { name: 'Avvisi sul piano importato' }))).toEqual([
      ['20', 'Peso Indicatore', 'i pesi degli indicatori dell’obiettivo C32_0014 sommano a 90, non a 100'],
    ]);
    expect(screen.getByRole('link', { name: 'Apri il piano importato' }).getAttribute('href')).toBe(
      `/plans/${PLAN_ID}`,
    );
    expect(screen.queryByRole('button', { name: 'Importa il piano' })).toBeNull();
  });

  it('checks the form before sending anything: the error summary takes the focus and names each field', async () => {
    renderPage();
    await importFile(null, { title: '', year: '19', endYear: '' });
    expect(FakeXhr.requests).toHaveLength(0);
    const summary = screen.getByTestId('import-form-errors');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Indicare il titolo del piano (almeno 2 caratteri, al massimo 500).',
      'Indicare l’anno del piano con quattro cifre, tra 2000 e 2100.',
      'Scegliere il file del piano da importare.',
    ]);
    expect(screen.getByLabelText(/^Titolo del piano/).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file that is not a spreadsheet or is over 20 MB before uploading it', async () => {
    renderPage();
    await importFile(new File(['%PDF'], 'delibera.pdf', { type: 'application/pdf' }));
    expect(
      screen.getByRole('link', { name: 'Il file deve essere in formato .xlsx, .xls, .ods, .csv o .tsv.' }),
    ).toBeTruthy();
    await importFile(csv('enorme.xlsx', 21 * 1024 * 1024));
    expect(screen.getByRole('link', { name: /^Il file pesa 21 MB: il limite è 20 MB\./ })).toBeTruthy();
    expect(FakeXhr.requests).toHaveLength(0);
  });

  it('says in Italian when the server refuses the file as too large', async () => {
    renderPage();
    const xhr = await importFile(csv('piano.xlsx'));
    await xhr?.respond(413, {
      status: 413,
      title: 'Payload too large',
      detail: 'the file is larger than 20 MB',
    });
    expect(screen.getByRole('heading', { name: 'Nessun dato è stato importato' })).toBeTruthy();
    expect(
      screen.getByText(
        'Il file supera la dimensione massima di 20 MB. Dividere il piano in più file o salvarlo senza immagini.',
      ),
    ).toBeTruthy();
  });

  it('marks the fields the server refused on a 400', async () => {
    renderPage();
    const xhr = await importFile(csv('piano.csv'));
    await xhr?.respond(400, {
      status: 400,
      detail: 'endYear: must not be before year',
      errors: [{ field: 'endYear', message: 'endYear: must not be before year' }],
    });
    expect(
      screen.getByText('Alcuni dati del modulo non sono validi: controllare i campi indicati e riprovare.'),
    ).toBeTruthy();
    expect(screen.getByLabelText(/^Anno finale/).getAttribute('aria-invalid')).toBe('true');
  });

  it('names a file the server could not read, in Italian', async () => {
    renderPage();
    const xhr = await importFile(csv('foto.xlsx'));
    await xhr?.respond(422, {
      status: 422,
      detail: 'the file is not a spreadsheet: send .xlsx, .xls, .ods, .csv or .tsv',
    });
    expect(
      screen.getByText('Il file non è un foglio di calcolo: usare un file .xlsx, .xls, .ods, .csv o .tsv.'),
    ).toBeTruthy();
  });

  it('lets the secretary cancel an upload on its way, and says the file was not imported', async () => {
    renderPage();
    const xhr = await importFile(csv('grande.xlsx', 8 * 1024 * 1024));
    xhr?.progress(1024 * 1024, 8 * 1024 * 1024);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Annulla il caricamento' })));
    expect(
      screen.getAllByText('Caricamento annullato: il file non è stato importato.').length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Importa il piano' })).toBeTruthy();
  });

  it('speaks English when the interface is in English', async () => {
    await changeLanguage('en');
    try {
      renderPage();
      fireEvent.change(await screen.findByLabelText(/^Plan title/), { target: { value: 'PEG 2019' } });
      fireEvent.change(screen.getByLabelText(/^Plan file/), { target: { files: [csv('broken-plan.csv')] } });
      fireEvent.click(screen.getByRole('button', { name: 'Import the plan' }));
      await FakeXhr.requests
        .at(-1)
        ?.respond(422, { status: 422, detail: '2 errors', errors: brokenPlanErrors.slice(0, 2) });
      expect(screen.getByRole('heading', { name: 'Nothing has been imported' })).toBeTruthy();
      expect(
        bodyRows(screen.getByRole('table', { name: 'Rows to fix in the file broken-plan.csv' })),
      ).toEqual([
        ['3', 'Target Atteso', 'not a number: “duecentoquarantasette”'],
        ['4', 'Codice Obiettivo', 'the objective code is missing'],
      ]);
    } finally {
      await changeLanguage('it');
    }
  });
});
