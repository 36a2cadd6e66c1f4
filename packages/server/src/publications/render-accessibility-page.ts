import { html } from './html.ts';
import { renderLayout } from './render-layout.ts';

/** When the statement was last reviewed: change it with the statement. */
const STATEMENT_DATE = '23/11/2026';

/**
 * The accessibility statement (L. 4/2004 art. 3-quater; AgID guidelines, model of the statement):
 * status, what is not accessible and why, how it was assessed, feedback and enforcement.
 */
export function renderAccessibilityPage(): string {
  const main = html`
<h1>Dichiarazione di accessibilità</h1>
<p>Le amministrazioni che pubblicano con Traguardo le pagine «Amministrazione Trasparente › Performance» si impegnano a renderle accessibili, conformemente alla legge 9 gennaio 2004, n. 4 e alle Linee guida sull'accessibilità degli strumenti informatici dell'Agenzia per l'Italia Digitale (AgID).</p>
<p>La presente dichiarazione si applica alle pagine pubbliche della sottosezione Performance generate da Traguardo (indirizzi che iniziano con /trasparenza/).</p>

<h2>Stato di conformità</h2>
<p>Queste pagine sono <strong>parzialmente conformi</strong> ai requisiti previsti dall'allegato A alla norma UNI CEI EN 301549 (WCAG 2.1, livello AA), a causa dei casi di non conformità elencati di seguito.</p>

<h2>Contenuti non accessibili</h2>
<ul>
  <li>I documenti PDF generati automaticamente (piano, tabella PEG, Relazione) non sono «PDF marcati» (tagged PDF): la struttura di titoli e tabelle non è esposta alle tecnologie assistive. Gli stessi contenuti sono pubblicati in queste pagine in HTML accessibile e come dati aperti (CSV e JSON).</li>
  <li>I grafici a barre dei documenti PDF non hanno un testo alternativo: ogni valore è riportato in tabella accanto al grafico.</li>
</ul>

<h2>Redazione della dichiarazione</h2>
<p>La dichiarazione è stata redatta il ${STATEMENT_DATE} sulla base di un'autovalutazione: verifiche automatiche (axe-core) su ogni tipo di pagina pubblica, con esito senza violazioni gravi o critiche, e verifiche manuali della navigazione da tastiera, dell'ordine dei titoli, delle didascalie delle tabelle e della stampa.</p>
<p>Le pagine usano la lingua italiana dichiarata nel codice, un collegamento per saltare al contenuto, punti di riferimento (intestazione, navigazione, contenuto principale, piè di pagina), titoli in ordine gerarchico e tabelle con didascalia e intestazioni. Non usano script.</p>

<h2>Meccanismo di feedback</h2>
<p>Per segnalare un caso di mancata accessibilità o chiedere un contenuto in formato accessibile, scrivere all'ente che ha pubblicato la pagina, ai recapiti indicati nel suo sito istituzionale (sezione «Amministrazione Trasparente», sottosezione «Altri contenuti – Accessibilità e catalogo di dati, metadati e banche dati»). L'ente risponde entro 30 giorni.</p>

<h2>Procedura di attuazione</h2>
<p>In caso di risposta insoddisfacente o di mancata risposta, è possibile inviare una segnalazione al Difensore civico per il digitale istituito presso AgID, tramite il modulo disponibile sul sito <a href="https://form.agid.gov.it">form.agid.gov.it</a>.</p>`;
  return renderLayout({
    title: 'Dichiarazione di accessibilità',
    organization: null,
    crumbs: [{ label: 'Dichiarazione di accessibilità' }],
    main,
  });
}

export function renderNotFoundPage(): string {
  return renderLayout({
    title: 'Pagina non trovata',
    organization: null,
    crumbs: [{ label: 'Pagina non trovata' }],
    main: html`<h1>Pagina non trovata</h1><p>La pagina richiesta non esiste o non è più pubblicata.</p>`,
  });
}
