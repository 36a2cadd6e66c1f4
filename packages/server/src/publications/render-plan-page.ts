import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import {
  describeAct,
  formatCents,
  formatDate,
  formatNumber,
  formatPercent,
} from '@traguardo/domain/format/italian';
import { PLAN_KIND_LABELS, planYears } from '../documents/plan-source.ts';
import { parseRichText } from '../documents/rich-text.ts';
import { OUTCOME_LABELS } from '../reports/report-source.ts';
import type { BonusAggregate, GroupAggregate } from './bonus-aggregate.ts';
import { html, type SafeHtml } from './html.ts';
import type { PublicationContent } from './publication-content.ts';
import { publicIndexPath, publicPlanPath } from './publication-content.ts';
import { renderLayout } from './render-layout.ts';
import { achievementCell, documentLink, richTextHtml } from './render-parts.ts';

const versionLabel = (v: number) => (v === 0 ? 'Versione 0 (adozione)' : `Versione ${v} (${v}° variazione)`);

/** The plan's page: versions with acts and documents, changes, Relazione, bonus in aggregate. */
export function renderPlanPage(content: PublicationContent, publishedAt: string): string {
  const { organization: org, plan } = content;
  const base = publicPlanPath(org.slug, plan.id);
  const main = html`
<h1>${plan.title}</h1>
<p class="lead">${PLAN_KIND_LABELS[plan.kind]} – ${planYears(plan)}. Pubblicato il ${formatDate(publishedAt)}.</p>
<nav class="tr-toc" aria-label="Sezioni della pagina">
  <ul class="list-inline">
    <li class="list-inline-item"><a href="#piano">Piano e versioni</a></li>
    <li class="list-inline-item"><a href="#variazioni">Variazioni</a></li>
    <li class="list-inline-item"><a href="#relazione">Relazione sulla Performance</a></li>
    <li class="list-inline-item"><a href="#premi">Premi</a></li>
  </ul>
</nav>
${versionsSection(content, base)}
${changesSection(content)}
${reportSection(content, base)}
${bonusSection(content.bonus)}`;
  return renderLayout({
    title: plan.title,
    organization: { name: org.name, href: publicIndexPath(org.slug) },
    crumbs: [{ label: 'Performance', href: publicIndexPath(org.slug) }, { label: plan.title }],
    main,
  });
}

function versionsSection(content: PublicationContent, base: string): SafeHtml {
  return html`
<section class="tr-section" id="piano" aria-labelledby="piano-titolo">
  <h2 id="piano-titolo">Piano della Performance</h2>
  <p>Il piano come adottato dalla Giunta e ogni sua variazione, ciascuna con il proprio atto. Ogni versione è consultabile come pagina, in PDF e come dati aperti.</p>
  <div class="table-responsive">
  <table class="table tr-table">
    <caption>Versioni adottate del piano</caption>
    <thead><tr><th scope="col">Versione</th><th scope="col">Atto</th><th scope="col">Obiettivi</th><th scope="col">Indicatori</th><th scope="col">Documenti</th></tr></thead>
    <tbody>
    ${content.versions.map((v) => {
      const name = `del piano, versione ${v.version}`;
      const path = `${base}/versioni/${v.version}`;
      return html`<tr>
        <th scope="row"><a href="${path}">${versionLabel(v.version)}</a></th>
        <td>${v.act ? `${v.act.body} n. ${v.act.number} del ${formatDate(v.act.date)}` : '–'}</td>
        <td class="num">${v.counts.objectives}</td>
        <td class="num">${v.counts.indicators}</td>
        <td class="tr-docs">
          ${documentLink(`${path}/piano.pdf`, 'PDF', name)}
          ${documentLink(`${path}/peg.pdf`, 'Tabella PEG (PDF)', name)}
          ${documentLink(`${path}/dati-aperti.csv`, 'Dati aperti CSV', name)}
          ${documentLink(`${path}/dati-aperti.json`, 'JSON', `dati aperti ${name}`)}
        </td>
      </tr>`;
    })}
    </tbody>
  </table>
  </div>
</section>`;
}

function changesSection(content: PublicationContent): SafeHtml {
  const amendments = content.versions.filter((v) => v.kind === 'amendment');
  return html`
<section class="tr-section" id="variazioni" aria-labelledby="variazioni-titolo">
  <h2 id="variazioni-titolo">Variazioni al piano</h2>
  ${
    amendments.length === 0
      ? html`<p>Il piano non ha avuto variazioni.</p>`
      : html`<p>${amendments.length === 1 ? 'Un provvedimento di variazione' : `${amendments.length} provvedimenti di variazione`}: ${amendments.map(
          (v, i) =>
            html`${i > 0 ? '; ' : ''}n. ${v.version}${v.act ? ` (${describeAct(v.act)?.replace('Allegato alla ', '')})` : ''}`,
        )}.</p>`
  }
  ${
    content.changes.length === 0
      ? ''
      : html`<div class="table-responsive"><table class="table tr-table">
    <caption>Richieste di variazione adottate e decisioni del Nucleo di Valutazione</caption>
    <thead><tr><th scope="col">Variazione</th><th scope="col">Oggetto</th><th scope="col">Richiesta</th><th scope="col">Motivazione</th><th scope="col">Decisione del Nucleo</th></tr></thead>
    <tbody>${content.changes.map(
      (c) => html`<tr>
      <td>${c.version === null ? '' : `n. ${c.version}`}</td>
      <td>${c.targetCode ?? c.targetType}</td>
      <td>${c.request}</td>
      <td>${c.reason}</td>
      <td>${OUTCOME_LABELS[c.outcome ?? ''] ?? ''}${c.decisionNote ? html`: ${c.decisionNote}` : ''}</td>
    </tr>`,
    )}</tbody>
  </table></div>`
  }
</section>`;
}

function figureRows(rows: { name: string; achievement: number | null; measured: number; total: number }[]) {
  return rows.map(
    (r) =>
      html`<tr><th scope="row">${r.name}</th><td class="num">${achievementCell(r.achievement)}</td><td class="num">${r.measured} su ${r.total}</td></tr>`,
  );
}

function resultsTables(a: PlanAchievement): SafeHtml {
  const head = (first: string) =>
    html`<thead><tr><th scope="col">${first}</th><th scope="col" class="num">Grado di raggiungimento</th><th scope="col" class="num">Obiettivi misurati</th></tr></thead>`;
  return html`
  <p>Grado di raggiungimento complessivo del piano: <span class="tr-figure">${formatPercent(a.plan.achievement)}</span> (${a.plan.measured} obiettivi misurati su ${a.plan.total}).</p>
  <div class="table-responsive"><table class="table tr-table">
    <caption>Grado di raggiungimento per linea strategica</caption>${head('Linea strategica')}
    <tbody>${figureRows(a.strategicLines.map((l) => ({ ...l, name: l.title })))}</tbody>
  </table></div>
  <div class="table-responsive"><table class="table tr-table">
    <caption>Grado di raggiungimento per settore</caption>${head('Settore')}
    <tbody>${figureRows(a.units)}</tbody>
  </table></div>
  <div class="table-responsive"><table class="table tr-table">
    <caption>Grado di raggiungimento per obiettivo</caption>
    <thead><tr><th scope="col">Codice</th><th scope="col">Obiettivo</th><th scope="col">Settore</th><th scope="col" class="num">Peso</th><th scope="col" class="num">Grado di raggiungimento</th><th scope="col" class="num">Indicatori misurati</th></tr></thead>
    <tbody>${a.objectives.map(
      (o) =>
        html`<tr><th scope="row">${o.code}</th><td>${o.title}</td><td>${o.unit?.name ?? ''}</td><td class="num">${o.weight === null ? '–' : formatNumber(o.weight)}</td><td class="num">${achievementCell(o.achievement)}</td><td class="num">${o.measured} su ${o.total}</td></tr>`,
    )}</tbody>
  </table></div>
  <p class="small"><abbr title="non rilevato">n.r.</abbr> = non rilevato: nessuna misurazione.</p>`;
}

function reportSection(content: PublicationContent, base: string): SafeHtml {
  const report = content.report;
  return html`
<section class="tr-section" id="relazione" aria-labelledby="relazione-titolo">
  <h2 id="relazione-titolo">Relazione sulla Performance</h2>
  ${
    report === null
      ? html`<p>La Relazione sulla Performance sarà pubblicata dopo la validazione del Nucleo di Valutazione.</p>`
      : html`
  <p>Validata dal Nucleo di Valutazione il ${formatDate(report.validatedAt)}.</p>
  <p class="tr-docs">${documentLink(`${base}/relazione.pdf`, 'Relazione in PDF', 'sulla Performance')}
  ${documentLink(`${base}/relazione.xlsx`, 'Tabelle dei risultati (Excel)', 'della Relazione')}</p>
  ${richTextHtml(parseRichText(report.commentary))}
  ${report.achievement ? resultsTables(report.achievement) : html`<p>Nessun risultato misurato.</p>`}`
  }
</section>`;
}

function groupPart(g: GroupAggregate): SafeHtml {
  if (g.withheld)
    return html`<h3>${g.label}</h3><p>Valutati: ${g.evaluated}. La distribuzione non è pubblicata: in un gruppo di meno di tre persone il dato aggregato renderebbe identificabili i singoli.</p>`;
  return html`<h3>${g.label}</h3>
  <dl class="tr-facts">
    <dt>Valutati</dt><dd>${g.evaluated}</dd>
    <dt>Con premio</dt><dd>${g.withBonus ?? 'non ancora determinati'}</dd>
    <dt>Premi complessivi</dt><dd>${g.totalBonusCents === null ? 'non ancora determinati' : formatCents(g.totalBonusCents)}</dd>
    <dt>Premio medio</dt><dd>${g.averageBonusCents === null ? '–' : formatCents(g.averageBonusCents)}</dd>
    <dt>Grado di differenziazione</dt><dd>${g.bandsUsed ?? 0} fasce di punteggio utilizzate su ${g.bands.length}; ${formatPercent(g.topBandPercent, '–')} nella fascia più alta</dd>
  </dl>
  <div class="table-responsive"><table class="table tr-table">
    <caption>Distribuzione per fascia di punteggio – ${g.label}</caption>
    <thead><tr><th scope="col">Fascia di punteggio</th><th scope="col" class="num">Persone</th><th scope="col" class="num">Quota</th></tr></thead>
    <tbody>${g.bands.map(
      (b) =>
        html`<tr><th scope="row">${b.label}</th><td class="num">${b.count}</td><td class="num">${formatPercent(b.percent)}</td></tr>`,
    )}</tbody>
  </table></div>`;
}

function bonusSection(bonus: BonusAggregate | null): SafeHtml {
  return html`
<section class="tr-section" id="premi" aria-labelledby="premi-titolo">
  <h2 id="premi-titolo">Premi collegati alla performance</h2>
  ${
    bonus === null
      ? html`<p>I dati sui premi saranno pubblicati al termine della valutazione.</p>`
      : html`
  <div class="table-responsive"><table class="table tr-table">
    <caption>Ammontare complessivo dei premi</caption>
    <thead><tr><th scope="col">Voce</th><th scope="col" class="num">Importo</th></tr></thead>
    <tbody>
      <tr><th scope="row">Stanziato</th><td class="num">${bonus.fundCents === null ? 'non ancora determinato' : formatCents(bonus.fundCents)}</td></tr>
      <tr><th scope="row">Distribuito</th><td class="num">${bonus.distributedCents === null ? 'non ancora determinato' : formatCents(bonus.distributedCents)}</td></tr>
      <tr><th scope="row">Effettivamente erogato</th><td class="num">${bonus.paid ? html`${formatCents(bonus.distributedCents)} (il ${formatDate(bonus.paidAt)})` : 'non ancora erogato'}</td></tr>
    </tbody>
  </table></div>
  <p>Distribuzione dei premi in forma aggregata, separatamente per dirigenti e personale (D.Lgs. 33/2013, art. 20): nessun dato riferito a singole persone.</p>
  ${bonus.groups.map(groupPart)}`
  }
</section>`;
}
