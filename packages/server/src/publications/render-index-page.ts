import { formatDate } from '@traguardo/domain/format/italian';
import { html } from './html.ts';
import type { PublishedOrganization, PublishedPlanSummary } from './load-published.ts';
import { publicIndexPath, publicPlanPath } from './publication-content.ts';
import { renderLayout } from './render-layout.ts';

/** Amministrazione Trasparente › Performance of one organisation: its published plans. */
export function renderIndexPage(org: PublishedOrganization, plans: PublishedPlanSummary[]): string {
  const main = html`
<h1>Performance</h1>
<p class="lead">Sottosezione «Performance» di Amministrazione Trasparente del ${org.name}: il Piano della Performance con le sue variazioni, la Relazione sulla Performance validata dal Nucleo di Valutazione, l'ammontare complessivo dei premi e la loro distribuzione in forma aggregata (D.Lgs. 33/2013, art. 10 e 20).</p>
${
  plans.length === 0
    ? html`<p>Nessun piano è pubblicato.</p>`
    : html`<div class="table-responsive"><table class="table tr-table">
  <caption>Piani pubblicati</caption>
  <thead><tr><th scope="col">Piano</th><th scope="col">Anni</th><th scope="col">Versioni adottate</th><th scope="col">Relazione sulla Performance</th><th scope="col">Pubblicato il</th></tr></thead>
  <tbody>${plans.map(
    (p) => html`<tr>
    <th scope="row"><a href="${publicPlanPath(org.slug, p.planId)}">${p.title}</a></th>
    <td>${p.startYear === p.endYear ? p.startYear : `${p.startYear}-${p.endYear}`}</td>
    <td class="num">${p.versions}</td>
    <td>${p.reportValidated ? 'validata' : 'non ancora pubblicata'}</td>
    <td>${formatDate(p.publishedAt)}</td>
  </tr>`,
  )}</tbody>
</table></div>`
}`;
  return renderLayout({
    title: 'Performance',
    organization: { name: org.name, href: publicIndexPath(org.slug) },
    crumbs: [{ label: 'Performance' }],
    main,
  });
}
