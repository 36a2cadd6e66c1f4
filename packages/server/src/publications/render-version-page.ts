import {
  formatDate,
  formatDeadline,
  formatNumber,
  formatTarget,
  MONTH_NAMES,
} from '@traguardo/domain/format/italian';
import type { Objective, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { describeVersion, OBJECTIVE_KIND_LABELS, planYears } from '../documents/plan-source.ts';
import { parseRichText, withoutLeadingHeading } from '../documents/rich-text.ts';
import { html, type SafeHtml } from './html.ts';
import { type PublicationContent, publicIndexPath, publicPlanPath } from './publication-content.ts';
import { renderLayout } from './render-layout.ts';
import { documentLink, richTextHtml } from './render-parts.ts';

const months = (list: number[]) =>
  [...list]
    .sort((a, b) => a - b)
    .map((m) => MONTH_NAMES[m - 1])
    .join(', ');

function objectivePart(o: Objective): SafeHtml {
  const resources: [string, string | null][] = [
    ['Tipo', OBJECTIVE_KIND_LABELS[o.kind]],
    ['Settore', o.unit?.name ?? null],
    ['Responsabile', o.responsible?.name ?? null],
    ['Peso', o.weight === null ? null : `${formatNumber(o.weight)} punti`],
    [
      'Periodo',
      o.periodText ??
        (o.periodStart && o.periodEnd
          ? `dal ${formatDate(o.periodStart)} al ${formatDate(o.periodEnd)}`
          : null),
    ],
    ['Risorse umane', o.humanResources ?? (o.allStaff ? 'Tutto il personale' : null)],
    ['Risorse strumentali', o.instrumentalResources],
    ['Risorse finanziarie', o.financialResources],
  ];
  // Columns nobody filled in (Chieve writes no formula) are left out rather than shown empty.
  const formulas = o.indicators.some((i) => i.formula);
  const purposes = o.indicators.some((i) => i.purpose);
  return html`<article class="tr-objective" aria-labelledby="ob-${o.id}">
  <h3 id="ob-${o.id}">${o.code} – ${o.title}</h3>
  ${o.definition ? html`<p>${o.definition}</p>` : ''}
  <dl class="tr-facts">${resources
    .filter((r): r is [string, string] => r[1] !== null && r[1] !== '')
    .map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
  ${
    o.indicators.length === 0
      ? ''
      : html`<div class="table-responsive"><table class="table tr-table">
    <caption>Indicatori dell'obiettivo ${o.code}</caption>
    <thead><tr><th scope="col">Codice</th><th scope="col">Indicatore</th>${formulas ? html`<th scope="col">Formula</th>` : ''}${purposes ? html`<th scope="col">Finalità</th>` : ''}<th scope="col">Tempistica di rilevazione</th><th scope="col" class="num">Valore da raggiungere</th><th scope="col" class="num">Peso</th></tr></thead>
    <tbody>${o.indicators.map(
      (i) =>
        html`<tr><th scope="row">${i.code}</th><td>${i.title}</td>${formulas ? html`<td>${i.formula ?? ''}</td>` : ''}${purposes ? html`<td>${i.purpose ?? ''}</td>` : ''}<td>${formatDeadline(i)}</td><td class="num">${formatTarget(i)}</td><td class="num">${i.weight === null ? '' : formatNumber(i.weight)}</td></tr>`,
    )}</tbody>
  </table></div>`
  }
  ${
    o.phases.length === 0
      ? ''
      : html`<div class="table-responsive"><table class="table tr-table">
    <caption>Attività previste (calendarizzazione) dell'obiettivo ${o.code}</caption>
    <thead><tr><th scope="col">n.</th><th scope="col">Attività</th><th scope="col">Chi</th><th scope="col">Mesi previsti</th></tr></thead>
    <tbody>${o.phases.map(
      (p) =>
        html`<tr><th scope="row">${p.number}</th><td>${p.title}</td><td>${p.assignees.join(', ')}</td><td>${months(p.months)}</td></tr>`,
    )}</tbody>
  </table></div>`
  }
</article>`;
}

function planBody(doc: PlanDocument): SafeHtml {
  const intro = withoutLeadingHeading(parseRichText(doc.introduction), 'Premessa');
  return html`
${intro.length > 0 ? html`<section class="tr-section" aria-labelledby="premessa"><h2 id="premessa">Premessa</h2>${richTextHtml(intro)}</section>` : ''}
${doc.strategicLines.map(
  (l) => html`<section class="tr-section" aria-labelledby="linea-${l.id}">
  <h2 id="linea-${l.id}">${l.code ? `${l.code} – ` : ''}${l.title}</h2>
  ${l.description ? html`<p>${l.description}</p>` : ''}
  ${l.objectives.length === 0 ? html`<p>Nessun obiettivo.</p>` : l.objectives.map(objectivePart)}
</section>`,
)}`;
}

/** One adopted version of the plan, whole, as HTML: lines, objectives, indicators, activities. */
export function renderVersionPage(content: PublicationContent, document: PlanDocument): string | null {
  const version = document.version ?? -1;
  const v = content.versions.find((x) => x.version === version);
  if (!v) return null;
  const { organization: org, plan } = content;
  const path = `${publicPlanPath(org.slug, plan.id)}/versioni/${version}`;
  const title = `${plan.title} – ${describeVersion(document)}`;
  const main = html`
<h1>${plan.title}</h1>
<p class="lead">${describeVersion(document)}${v.act ? ` – deliberazione ${v.act.body} n. ${v.act.number} del ${formatDate(v.act.date)}` : ''}. Anno ${planYears(plan)}.</p>
<p class="tr-docs">${documentLink(`${path}/piano.pdf`, 'Piano in PDF', `versione ${version}`)}
${documentLink(`${path}/peg.pdf`, 'Tabella PEG in PDF', `versione ${version}`)}
${documentLink(`${path}/dati-aperti.csv`, 'Dati aperti CSV', `versione ${version}`)}
${documentLink(`${path}/dati-aperti.json`, 'Dati aperti JSON', `versione ${version}`)}</p>
${planBody(document)}`;
  return renderLayout({
    title,
    organization: { name: org.name, href: publicIndexPath(org.slug) },
    crumbs: [
      { label: 'Performance', href: publicIndexPath(org.slug) },
      { label: plan.title, href: publicPlanPath(org.slug, plan.id) },
      { label: `Versione ${version}` },
    ],
    main,
  });
}
