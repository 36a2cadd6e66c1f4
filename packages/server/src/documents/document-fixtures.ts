/**
 * Test data shaped like the two seeds (used by the document, report and publication tests):
 * the Chieve plan (introduction, strategic objectives, six activities with calendar and
 * indicator) and a part of the Cremona PEG (lines, long definitions, formulas, weights).
 */
import { eq } from 'drizzle-orm';
import { buildOrg, buildPerson, buildUnit } from '../../test/factories.ts';
import type { Db } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';
import {
  acts,
  amendments,
  indicators,
  objectives,
  phases,
  plans,
  strategicLines,
} from '../db/schema/plans.ts';
import { freezePlanVersion } from '../plans/freeze-plan-version.ts';

export const CHIEVE_INTRODUCTION = `Il Piano della Performance è il documento programmatico che individua gli indirizzi e gli obiettivi strategici ed operativi dell'Amministrazione e definisce gli indicatori per la misurazione e la valutazione della performance dell'Ente nel suo complesso.

Il Piano delle Performance 2020 è inoltre stato elaborato distinguendo gli obiettivi in due categorie: **obiettivi strategici** (o di miglioramento) e **obiettivi operativi** (o di processo o di prodotto). Si individuano i seguenti obiettivi strategici:

- Chieve più sicura con il potenziamento del servizio di "pattugliamento della Polizia Locale e ampliamento del sistema di videosorveglianza";
- Completamento della pista ciclabile per Crema via Gattolino e via Capergnanica;
- Realizzazione progetti per concessione contributi ministeriali e Regionali.

Al raggiungimento del 100% degli obiettivi nel tempo atteso corrisponde un punteggio di 60 punti che va a sommarsi ai punteggi di massimo 40.`;

type IndicatorSeed = Partial<typeof indicators.$inferInsert> & { code: string; title: string };
type ObjectiveSeed = Partial<typeof objectives.$inferInsert> & {
  code: string;
  title: string;
  indicators?: IndicatorSeed[];
  phases?: { title: string; months: number[]; assignees: string[] }[];
};

async function insertObjectives(db: Db, planId: string, lineId: string, seeds: ObjectiveSeed[], from = 0) {
  const ids: Record<string, string> = {};
  let phaseNumber = 0;
  for (const [n, seed] of seeds.entries()) {
    const { indicators: inds = [], phases: phs = [], ...fields } = seed;
    const [o] = await db
      .insert(objectives)
      .values({ planId, strategicLineId: lineId, position: from + n, ...fields })
      .returning();
    if (!o) throw new Error('no objective');
    ids[o.code] = o.id;
    if (inds.length > 0)
      await db
        .insert(indicators)
        .values(inds.map((i, p) => ({ planId, objectiveId: o.id, position: p, ...i })));
    if (phs.length > 0)
      await db
        .insert(phases)
        .values(phs.map((ph) => ({ planId, objectiveId: o.id, number: ++phaseNumber, ...ph })));
  }
  return ids;
}

/** Adopts a draft as version 0 with its act (as POST /adopt does). */
export async function adoptPlan(db: Db, planId: string, act: { number: string; date: string }) {
  await db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, planId));
    if (!plan) throw new Error('no plan');
    const [a] = await tx
      .insert(acts)
      .values({ orgId: plan.orgId, planId, kind: 'adoption', number: act.number, date: act.date })
      .returning();
    if (!a) throw new Error('no act');
    await tx.update(plans).set({ status: 'adopted', currentVersion: 0 }).where(eq(plans.id, planId));
    await freezePlanVersion(tx, { planId, version: 0, actId: a.id, userId: null });
  });
}

/** An amendment that changes one indicator's target, making the next version. */
export async function amendIndicatorTarget(
  db: Db,
  options: { planId: string; indicatorId: string; target: number; act: { number: string; date: string } },
) {
  await db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, options.planId));
    if (!plan || plan.currentVersion === null) throw new Error('not adopted');
    const version = plan.currentVersion + 1;
    const [a] = await tx
      .insert(acts)
      .values({
        orgId: plan.orgId,
        planId: plan.id,
        kind: 'amendment',
        number: options.act.number,
        date: options.act.date,
      })
      .returning();
    if (!a) throw new Error('no act');
    await tx.insert(amendments).values({
      planId: plan.id,
      number: version,
      baseVersion: plan.currentVersion,
      version,
      actId: a.id,
    });
    await tx
      .update(indicators)
      .set({ target: options.target, targetText: null })
      .where(eq(indicators.id, options.indicatorId));
    await tx.update(plans).set({ currentVersion: version }).where(eq(plans.id, plan.id));
    await freezePlanVersion(tx, { planId: plan.id, version, actId: a.id, userId: null });
  });
}

export async function buildChievePlan(db: Db, options: { adopt?: boolean } = {}) {
  const org = await buildOrg(db, { name: `Comune di Chieve ${Math.random().toString(36).slice(2, 7)}` });
  await db.update(organizations).set({ province: 'Cremona' }).where(eq(organizations.id, org.id));
  const amministrativo = await buildUnit(db, org.id, { name: 'Amministrativo' });
  const demografico = await buildUnit(db, org.id, { name: 'Demografico' });
  await buildUnit(db, org.id, { name: 'Economico Finanziario' });
  await buildUnit(db, org.id, { name: 'Tecnico-Manutentivo' });
  const secretary = await buildPerson(db, org.id, {
    name: 'Giovanna Dott.ssa Cammara',
    category: 'segretario',
    jobTitle: 'Segretario Comunale',
  });
  const deLuca = await buildPerson(db, org.id, { name: 'DE LUCA Ida', unitId: demografico.id });
  const [plan] = await db
    .insert(plans)
    .values({
      orgId: org.id,
      title: 'Piano della Performance 2020',
      startYear: 2020,
      endYear: 2020,
      introduction: CHIEVE_INTRODUCTION,
    })
    .returning();
  if (!plan) throw new Error('no plan');
  const [line] = await db
    .insert(strategicLines)
    .values({ planId: plan.id, title: 'Obiettivi strategici 2020', position: 0 })
    .returning();
  if (!line) throw new Error('no line');
  const common = {
    kind: 'operational',
    unitId: amministrativo.id,
    weight: 10,
    periodText: '2° semestre 2020',
    humanResources: 'Tutto il personale',
    instrumentalResources: 'Strutture e mezzi attualmente in dotazione al settore',
    financialResources:
      "dotazione resa disponibile dall'Ente nel bilancio di esercizio 2020 e risorse aggiuntive",
  };
  const lateMonths = [7, 8, 9, 10, 11, 12];
  const ids = await insertObjectives(db, plan.id, line.id, [
    {
      code: 'S1',
      kind: 'strategic',
      weight: 10,
      unitId: amministrativo.id,
      title:
        'Chieve più sicura con il potenziamento del servizio di pattugliamento della Polizia Locale e ampliamento del sistema di videosorveglianza',
    },
    {
      code: 'S2',
      kind: 'strategic',
      weight: 10,
      title: 'Completamento della pista ciclabile per Crema via Gattolino e via Capergnanica',
    },
    {
      code: 'S3',
      kind: 'strategic',
      weight: 10,
      title: 'Realizzazione progetti per concessione contributi ministeriali e Regionali',
    },
    {
      ...common,
      code: 'OB1',
      allStaff: true,
      title:
        'TRASPARENZA: Inserimento ed aggiornamento dati e atti di propria competenza sul sito comunale in "AMMINISTRAZIONE TRASPARENTE"',
      phases: [
        {
          title:
            'TRASPARENZA: Inserimento ed aggiornamento dati e atti di propria competenza sul sito comunale in "AMMINISTRAZIONE TRASPARENTE" ai sensi del D.Lgs. 33/13 e del D.Lgs. N. 97/16',
          months: lateMonths,
          assignees: ['Tutto il Personale'],
        },
      ],
      indicators: [
        {
          code: '1',
          title: 'TRASPARENZA Trasmissione e/o pubblicazione dati nella sezione AMMINISTRAZIONE TRASPARENTE',
          target: 80,
          targetText: 'Almeno 80%',
          weight: 100,
          measurementDeadline: '2020-12-31',
        },
      ],
    },
    {
      ...common,
      code: 'OB2',
      title: 'Predisposizione apparato informatico ed avvio procedimento di delibere e determine in digitale',
      phases: [
        {
          title:
            'Predisposizione apparato informatico ed avvio procedimento di delibere e determine in digitale',
          months: lateMonths,
          assignees: ['Tutto il Personale'],
        },
      ],
      indicators: [
        {
          code: '2',
          title: 'Attivazione procedimento per predisposizione delibere e determine in formato digitale.',
          target: 80,
          targetText: 'Almeno 80%',
          weight: 100,
          measurementDeadline: '2020-12-31',
        },
      ],
    },
    {
      ...common,
      code: 'OB3',
      responsiblePersonId: secretary.id,
      humanResources: 'Segretario Comunale',
      title: 'Adozione Regolamento Incentivi Tecnici',
      phases: [
        {
          title: 'Adozione Regolamento Incentivi Tecnici',
          months: lateMonths,
          assignees: ['Segretario Comunale'],
        },
      ],
      indicators: [
        {
          code: '3',
          title: 'Predisposizione Regolamento Incentivi Tecnici',
          target: 100,
          targetText: '100%',
          weight: 100,
          measurementDeadline: '2020-12-31',
        },
      ],
    },
    {
      ...common,
      code: 'OB6',
      unitId: demografico.id,
      humanResources: 'DE LUCA Ida',
      title: 'Attività di Collaborazione con il Centro Estivo per emergenza covid-19',
      phases: [
        {
          title: 'Attività di Collaborazione con il Centro Estivo per emergenza covid-19',
          months: [5, 6, 7],
          assignees: ['DE LUCA Ida'],
        },
      ],
      indicators: [
        {
          code: '6',
          title: 'Attività Collaborazione distribuzione pasti per emergenza Covid-19',
          target: 100,
          targetText: '100%',
          weight: 100,
          measurementDeadline: '2020-08-31',
        },
      ],
    },
  ]);
  if (options.adopt !== false) await adoptPlan(db, plan.id, { number: '68', date: '2020-09-01' });
  return { org, plan, line, units: { amministrativo, demografico }, secretary, deLuca, objectiveIds: ids };
}

export async function buildCremonaPlan(db: Db, options: { adopt?: boolean } = {}) {
  const org = await buildOrg(db, { name: `Comune di Cremona ${Math.random().toString(36).slice(2, 7)}` });
  await db.update(organizations).set({ province: 'Cremona' }).where(eq(organizations.id, org.id));
  const cultura = await buildUnit(db, org.id, { name: 'Cultura Musei e City Branding' });
  const segreteria = await buildUnit(db, org.id, { name: 'Area Segretario Generale' });
  const personale = await buildUnit(db, org.id, {
    name: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
  });
  const quaglia = await buildPerson(db, org.id, { name: 'Quaglia Maurizia', category: 'dirigente' });
  const diGirolamo = await buildPerson(db, org.id, { name: 'Di Girolamo Gabriella', category: 'dirigente' });
  const segalini = await buildPerson(db, org.id, { name: 'Segalini Maurilio', category: 'dirigente' });
  const [plan] = await db
    .insert(plans)
    .values({
      orgId: org.id,
      kind: 'peg',
      title: 'Piano Esecutivo di Gestione/Piano della Performance 2019-2021',
      startYear: 2019,
      endYear: 2021,
    })
    .returning();
  if (!plan) throw new Error('no plan');
  const [cultureLine, paLine] = await db
    .insert(strategicLines)
    .values([
      { planId: plan.id, title: 'Città per una cultura fra memoria ed immaginazione', position: 0 },
      {
        planId: plan.id,
        title: 'Una pubblica amministrazione efficiente che costruisce partecipazione',
        position: 1,
      },
    ])
    .returning();
  if (!cultureLine || !paLine) throw new Error('no lines');
  const culture = await insertObjectives(db, plan.id, cultureLine.id, [
    {
      code: 'C50_0004',
      kind: 'strategic',
      weight: 8,
      unitId: cultura.id,
      responsiblePersonId: quaglia.id,
      title:
        'Ulteriore sviluppo degli allestimenti permanenti nei Musei Civici, anche in relazione alle dotazioni multimediali',
      definition:
        "Nell'ambito della programmazione dell'offerta culturale della città, un ruolo strategico è svolto dalle istituzioni museali, che devono diventare sempre più attrattive nei confronti dei diversi pubblici.",
      indicators: [
        {
          code: '1011',
          title: 'Incremento visitatori',
          formula: '(Nr utenti anno di riferimento-nr utenti anno precedente)/utenti anno precedente) *100',
          purpose: "Monitorare l'attrattività delle nuove dotazioni nei Musei Civici",
          target: 3,
          weight: 40,
        },
        {
          code: '1299',
          title: 'Nr giorni di utilizzo delle nuove sale per mostre temporanee',
          formula: 'Nr giorni annuali di utilizzo con apertura al pubblico',
          purpose: "Monitorare l'efficacia della ridefinizione del percorso museale",
          target: 247,
          weight: 30,
        },
        {
          code: '1396',
          title: 'Nr iniziative di promozione',
          formula: 'Nr eventi organizzati',
          purpose: "Monitoraggio dell'effettivo utilizzo delle nuove dotazioni",
          target: 24,
          weight: 30,
        },
      ],
    },
    {
      code: 'C50_0005',
      kind: 'strategic',
      weight: 8,
      unitId: cultura.id,
      responsiblePersonId: quaglia.id,
      title:
        'Definizione, progettazione e realizzazione degli eventi e delle manifestazioni del programma "Cultura a Cremona 2019"',
      definition:
        'La definizione puntuale e tempestiva della programmazione culturale annuale contribuisce a valorizzare il patrimonio museale e culturale.',
      indicators: [
        {
          code: '278',
          title: 'Partecipazione del pubblico alle iniziative',
          formula: 'Nr. visitatori musei e centro culturale, spettatori festival Acque dotte',
          purpose: 'Monitoraggio a fini statistici della fruizione',
          target: 91690,
          weight: 50,
        },
        {
          code: '349',
          title: 'Sponsorizzazioni e contributi',
          formula: 'sponsorizzazioni accertate/impegni assunti %',
          purpose: 'Verifica della sostenibilità economica dei progetti culturali',
          target: 30,
          weight: 50,
        },
      ],
    },
  ]);
  const pa = await insertObjectives(
    db,
    plan.id,
    paLine.id,
    [
      {
        code: 'C32_0014',
        kind: 'strategic',
        weight: 8,
        unitId: segreteria.id,
        responsiblePersonId: diGirolamo.id,
        title: 'Completamento piano di sicurezza informatica',
        definition:
          "Prosegue il piano di intervento per il rinnovo delle postazioni di lavoro dell'Ente, parte 2019, per il potenziamento della sicurezza informatica.",
        indicators: [
          {
            code: '1174',
            title: 'raggiungimento delle misure minime di sicurezza informatica',
            formula: 'misure minime di sicurezza adottate / misure minime di sicurezza richieste',
            purpose: 'Attestare il raggiungimento delle misure minime',
            target: 45,
            weight: 40,
          },
          {
            code: '1176',
            title: 'numero postazioni di lavoro aggiornate',
            formula: 'numero postazioni di lavoro aggiornate / numero postazioni di lavoro da aggiornare',
            purpose: 'Aggiornare le postazioni di lavoro',
            target: 100,
            weight: 30,
          },
          {
            code: '1586',
            title: 'Attestazione al nuovo dominio di rete delle postazioni di lavoro',
            formula:
              'numero di postazioni attestate / numero di postazioni del Comune di Cremona (circa 609)',
            purpose: 'attestazione di tutte le postazioni di lavoro al nuovo dominio di rete',
            target: 100,
            weight: 30,
          },
        ],
      },
      {
        code: 'C0136_0002',
        kind: 'operational',
        weight: 8,
        unitId: personale.id,
        responsiblePersonId: segalini.id,
        title:
          "Piano del Fabbisogno 2019/2021: realizzazione del Piano Occupazionale relativo all'anno 2019.",
        definition:
          "In relazione agli indirizzi espressi dalla Giunta Comunale con deliberazione n. 294 del 19 dicembre 2018, nell'anno 2019 saranno progettate e realizzate procedure occupazionali.",
        indicators: [
          {
            code: '1528',
            title: 'Ricorsi pervenuti sulle procedure occupazionali.',
            formula: '(nr. ricorsi/ totale domande)*100',
            purpose: "Misura l'affidabilità delle procedure occupazionali bandite e realizzate.",
            polarity: 'negative',
            target: 1,
            weight: 20,
          },
          {
            code: '891',
            title: 'Percentuale idonei inseriti in graduatoria',
            formula: 'N. candidati idonei su n. domande di partecipazione pervenute',
            purpose: 'Misura la percentuale dei candidati dichiarati idonei',
            target: 100,
            weight: 80,
          },
        ],
      },
    ],
    2,
  );
  if (options.adopt !== false) await adoptPlan(db, plan.id, { number: '112', date: '2019-04-10' });
  return {
    org,
    plan,
    units: { cultura, segreteria, personale },
    people: { quaglia, diGirolamo, segalini },
    objectiveIds: { ...culture, ...pa },
  };
}
