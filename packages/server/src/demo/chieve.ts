import { CreateIndicatorSchema, CreateObjectiveSchema } from '@traguardo/domain/plan/plan-authoring.schema';
import type { PersonCategory } from '@traguardo/domain/plan/units-people.schema';
import { and, eq, sql } from 'drizzle-orm';
import { adoptPlan } from '../authoring/adopt-plan.ts';
import { createIndicator } from '../authoring/create-indicator.ts';
import { createObjective } from '../authoring/create-objective.ts';
import { createPhase } from '../authoring/create-phase.ts';
import { createPlan } from '../authoring/create-plan.ts';
import { createStrategicLine } from '../authoring/create-strategic-line.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { organizations, orgUnits, people } from '../db/schema/organizations.ts';
import { plans } from '../db/schema/plans.ts';
import { AppError } from '../errors/app-error.ts';
import { createOrg } from '../orgs/create-org.ts';

/**
 * The Comune di Chieve's Piano della Performance 2020 (seed 000), built through the authoring
 * use-cases and adopted through the adoption use-case. The choices the seed leaves open are in
 * docs/decisions/005-chieve-demo-data.md.
 */

// The seed's PREMESSA and the paragraphs after it, in the Markdown subset introductions use.
export const CHIEVE_INTRODUCTION = `## Premessa

Il Piano della Performance è il documento programmatico che individua gli indirizzi e gli obiettivi strategici ed operativi dell'Amministrazione e definisce gli indicatori per la misurazione e la valutazione della performance dell'Ente nel suo complesso, degli ambiti di responsabilità in cui si articola l'attività del Comune e dei dipendenti.

Le indicazioni programmatiche e operative contenute nel Piano sono definite con lo scopo di indirizzare l'attività gestionale delle unità organizzative al raggiungimento degli obiettivi definiti dagli organi politici, promuovendo lo sviluppo di logiche di gestione per obiettivi e di responsabilizzazione sui risultati.

Inoltre, perseguendo l'obiettivo generale di ottimizzare la produttività del lavoro pubblico e di garantire l'efficienza e la trasparenza delle pubbliche amministrazioni, il Piano 2019 mira a valutare la performance con riferimento all'amministrazione nella sua globalità.

Il Piano delle Performance 2020 è inoltre, stato elaborato distinguendo gli obiettivi da assegnare in due distinte categorie: **obiettivi strategici** (o di miglioramento), ossia di maggiore rilevanza strategica per l'Amministrazione Comunale, direttamente derivati dagli indirizzi di governo e **obiettivi operativi** (o di processo o di prodotto), legati all'attività amministrativa ordinaria e più in particolare alle competenze istituzionali ed alla attribuzioni riferite ai singoli settori organizzativi. Si individuano i seguenti obiettivi strategici:

- Chieve più sicura con il potenziamento del servizio di "pattugliamento della Polizia Locale e ampliamento del sistema di videosorveglianza";
- Completamento della pista ciclabile per Crema via Gattolino e via Capergnanica in collaborazione con i Comuni di Crema e Capergnanica;
- Realizzazione progetti per concessione contributi ministeriali e Regionali.

La valutazione del raggiungimento degli obiettivi, per i titolari di posizione organizzativa viene dunque effettuata tenendo conto del grado e dei tempi di conseguimento degli stessi. Al raggiungimento del 100% degli obiettivi nel tempo atteso corrisponde un punteggio di 60 punti che va a sommarsi ai punteggi di massimo 40 come individuati e misurati nel Regolamento per la misurazione e la valutazione della performance. Per i restanti dipendenti si procede secondo la scheda di valutazione di cui al predetto regolamento.

La struttura organizzativa del Comune, approvata con deliberazione di Giunta Comunale n. 70 del 14.07.2008, si articola in quattro distinti Settori: "Amministrativo", "Economico Finanziario", "Demografico", "Tecnico-Manutentivo".

Gli obiettivi vengono individuati ed assegnati ai quattro Settori che al loro vertice non presentano un Responsabile di Posizione Organizzativa.

Il raggiungimento degli obiettivi individuati dal Piano delle Performance 2020 costituisce elemento di valutazione della performance di detti dipendenti rilevante ai fini della corresponsione dell'indennità di risultato per la corrispondente annualità, alla stregua dei criteri e modalità individuati nel "Sistema di misurazione e valutazione del personale" vigente.

## Verifica grado di raggiungimento degli obiettivi

L'accertamento del grado di raggiungimento degli obiettivi avrà luogo, in corso di esercizio ed a consuntivo, mediante verifica da parte del Segretario Comunale e della Giunta, alla stregua degli indicatori sopra individuati.

Assumeranno rilevanza il rispetto delle scadenze fissate rispetto ai singoli adempimenti, il grado di completezza delle informazioni fornite agli Amministratori ed il livello di soddisfacimento dell'utenza in ordine ai servizi resi, ove si tratti di obiettivi rivolti all'esterno.`;

export const CHIEVE = {
  name: 'Comune di Chieve',
  slug: 'comune-di-chieve',
  province: 'Cremona',
  units: ['Amministrativo', 'Economico Finanziario', 'Demografico', 'Tecnico-Manutentivo'],
  plan: {
    title: 'Piano della Performance 2020',
    kind: 'performance_plan',
    startYear: 2020,
    endYear: 2020,
  },
  adoption: { actNumber: '68', actDate: '2020-09-01', actBody: 'Giunta Comunale' },
} as const;

type Unit = (typeof CHIEVE.units)[number];
type PersonKey = 'segretario' | 'deLuca';

const PEOPLE: Record<
  PersonKey,
  { name: string; category: PersonCategory; jobTitle: string; unit: Unit | null }
> = {
  segretario: {
    name: 'Giovanna Cammara',
    category: 'segretario',
    jobTitle: 'Segretario Comunale',
    unit: null,
  },
  deLuca: { name: 'Ida De Luca', category: 'dipendente', jobTitle: 'Dipendente', unit: 'Demografico' },
};

const STRATEGIC: { code: string; title: string; unit: Unit }[] = [
  {
    code: 'S1',
    title:
      'Chieve più sicura con il potenziamento del servizio di "pattugliamento della Polizia Locale e ampliamento del sistema di videosorveglianza"',
    unit: 'Amministrativo',
  },
  {
    code: 'S2',
    title:
      'Completamento della pista ciclabile per Crema via Gattolino e via Capergnanica in collaborazione con i Comuni di Crema e Capergnanica',
    unit: 'Tecnico-Manutentivo',
  },
  {
    code: 'S3',
    title: 'Realizzazione progetti per concessione contributi ministeriali e Regionali',
    unit: 'Economico Finanziario',
  },
];

type Doer = 'Tutto il Personale' | 'Segretario Comunale' | 'DE LUCA Ida';

const SECOND_HALF = [7, 8, 9, 10, 11, 12];

/** The six activities of "Specifici obiettivi anno 2020", each with its phase and its indicator. */
const ACTIVITIES: {
  n: number;
  title: string;
  doer: Doer;
  unit: Unit;
  months: number[];
  indicator: string;
  deadline: string;
  atLeast80: boolean;
}[] = [
  {
    n: 1,
    title:
      'TRASPARENZA: Inserimento ed aggiornamento dati e atti di propria competenza sul sito comunale in "AMMINISTRAZIONE TRASPARENTE" ai sensi del D.Lgs. 33/13 e del D.Lgs. N. 97/16',
    doer: 'Tutto il Personale',
    unit: 'Amministrativo',
    months: SECOND_HALF,
    indicator:
      "TRASPARENZA: Trasmissione e/o pubblicazione dati nella sezione AMMINISTRAZIONE TRASPARENTE come previsto dalle linee guida recanti indicazioni sull'attuazione degli obblighi di pubblicità, trasparenza e diffusione di informazioni contenute nel d.lgs. 33/2013 come modificato dal d.lgs. 97/2016 allegato alla Delibera ANAC N.1310.2016.",
    deadline: '2020-12-31',
    atLeast80: true,
  },
  {
    n: 2,
    title: 'Predisposizione apparato informatico ed avvio procedimento di delibere e determine in digitale',
    doer: 'Tutto il Personale',
    unit: 'Amministrativo',
    months: SECOND_HALF,
    indicator: 'Attivazione procedimento per predisposizione delibere e determine in formato digitale.',
    deadline: '2020-12-31',
    atLeast80: true,
  },
  {
    n: 3,
    title: 'Adozione Regolamento Incentivi Tecnici',
    doer: 'Segretario Comunale',
    unit: 'Amministrativo',
    months: SECOND_HALF,
    indicator: 'Predisposizione Regolamento Incentivi Tecnici',
    deadline: '2020-12-31',
    atLeast80: false,
  },
  {
    n: 4,
    title: 'Adozione Regolamento in materia di accesso civico e accesso generalizzato.',
    doer: 'Segretario Comunale',
    unit: 'Amministrativo',
    months: SECOND_HALF,
    indicator: 'Predisposizione Regolamento in materia di accesso civico e accesso generalizzato.',
    deadline: '2020-12-31',
    atLeast80: false,
  },
  {
    n: 5,
    title:
      'Gestione delle Risorse Umane. Avvio e conclusione della contrattazione integrativa decentrata anno 2020, in qualità di Presidente della delegazione trattante di parte pubblica.',
    doer: 'Segretario Comunale',
    unit: 'Economico Finanziario',
    months: SECOND_HALF,
    indicator: 'Avvio e Conclusione Contrattazione decentrata',
    deadline: '2020-12-31',
    atLeast80: false,
  },
  {
    n: 6,
    title: 'Attività di Collaborazione con il Centro Estivo per emergenza covid-19',
    doer: 'DE LUCA Ida',
    unit: 'Demografico',
    months: [5, 6, 7],
    indicator: 'Attività Collaborazione distribuzione pasti per emergenza Covid-19',
    deadline: '2020-08-31',
    atLeast80: false,
  },
];

const RESOURCES = {
  humanResources: 'Tutto il personale',
  instrumentalResources: 'Strutture e mezzi attualmente in dotazione al settore',
  financialResources:
    "dotazione resa disponibile dall'Ente nel bilancio di esercizio 2020 e risorse aggiuntive",
};

/**
 * Builds the Chieve demo when missing and returns its ids. Idempotent: an existing organisation,
 * its units and people are matched by name, an existing plan of that title is left as it is.
 */
export async function seedChieve(
  db: Db,
  options: { actorUserId: string | null },
): Promise<{ orgId: string; planId: string }> {
  const orgId = await ensureOrg(db, options.actorUserId);
  const existing = await findPlan(db, orgId);
  if (existing) return { orgId, planId: existing };
  const planId = await db.transaction(async (tx) => {
    const units = await ensureUnits(tx, orgId);
    const staff = await ensurePeople(tx, orgId, units);
    return buildPlan(tx, { orgId, units, staff, actorUserId: options.actorUserId });
  });
  return { orgId, planId };
}

async function findPlan(db: DbOrTx, orgId: string): Promise<string | undefined> {
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.title, CHIEVE.plan.title)));
  return plan?.id;
}

async function ensureOrg(db: Db, actorUserId: string | null): Promise<string> {
  const find = async () =>
    (
      await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, CHIEVE.slug))
    )[0];
  const existing = await find();
  if (existing) return existing.id;
  try {
    const org = await createOrg(db, {
      name: CHIEVE.name,
      slug: CHIEVE.slug,
      kind: 'comune',
      province: CHIEVE.province,
      introduction: CHIEVE_INTRODUCTION,
      actorUserId,
    });
    return org.id;
  } catch (error) {
    // Another process created it in the meantime.
    const raced = error instanceof AppError && error.code === 'conflict' ? await find() : undefined;
    if (!raced) throw error;
    return raced.id;
  }
}

async function ensureUnits(tx: DbOrTx, orgId: string): Promise<Record<Unit, string>> {
  const byName = async () =>
    new Map(
      (await tx.select().from(orgUnits).where(eq(orgUnits.orgId, orgId))).map((u) => [
        u.name.toLowerCase(),
        u.id,
      ]),
    );
  const found = await byName();
  const missing = CHIEVE.units.filter((name) => !found.has(name.toLowerCase()));
  if (missing.length > 0) await tx.insert(orgUnits).values(missing.map((name) => ({ orgId, name })));
  const all = missing.length > 0 ? await byName() : found;
  const id = (name: Unit) => all.get(name.toLowerCase()) ?? '';
  return {
    Amministrativo: id('Amministrativo'),
    'Economico Finanziario': id('Economico Finanziario'),
    Demografico: id('Demografico'),
    'Tecnico-Manutentivo': id('Tecnico-Manutentivo'),
  };
}

async function ensurePeople(
  tx: DbOrTx,
  orgId: string,
  units: Record<Unit, string>,
): Promise<Record<PersonKey, string>> {
  const ids: Partial<Record<PersonKey, string>> = {};
  for (const key of ['segretario', 'deLuca'] as const) {
    const p = PEOPLE[key];
    const [found] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, orgId), sql`lower(${people.name}) = lower(${p.name})`));
    const [row] = found
      ? [found]
      : await tx
          .insert(people)
          .values({
            orgId,
            name: p.name,
            category: p.category,
            jobTitle: p.jobTitle,
            unitId: p.unit ? units[p.unit] : null,
          })
          .returning({ id: people.id });
    ids[key] = row?.id;
  }
  const { segretario, deLuca } = ids;
  if (!segretario || !deLuca) throw new Error('Chieve: people not created');
  return { segretario, deLuca };
}

async function buildPlan(
  tx: DbOrTx,
  context: {
    orgId: string;
    units: Record<Unit, string>;
    staff: Record<PersonKey, string>;
    actorUserId: string | null;
  },
): Promise<string> {
  const { orgId, units, staff, actorUserId } = context;
  const plan = await createPlan(tx, {
    orgId,
    input: { ...CHIEVE.plan, introduction: CHIEVE_INTRODUCTION },
    actorUserId,
  });
  const strategicLine = await createStrategicLine(tx, {
    planId: plan.id,
    input: { title: 'Obiettivi strategici' },
    actorUserId,
  });
  const activitiesLine = await createStrategicLine(tx, {
    planId: plan.id,
    input: { title: 'Specifici obiettivi anno 2020', description: '2° semestre 2020' },
    actorUserId,
  });

  for (const s of STRATEGIC)
    await createObjective(tx, {
      planId: plan.id,
      input: CreateObjectiveSchema.parse({
        code: s.code,
        title: s.title,
        kind: 'strategic',
        strategicLineId: strategicLine.id,
        unitId: units[s.unit],
      }),
      actorUserId,
    });

  for (const a of ACTIVITIES) {
    const objective = await createObjective(tx, {
      planId: plan.id,
      input: CreateObjectiveSchema.parse({
        code: String(a.n),
        title: a.title,
        kind: 'operational',
        strategicLineId: activitiesLine.id,
        unitId: units[a.unit],
        responsiblePersonId: a.doer === 'Segretario Comunale' ? staff.segretario : null,
        allStaff: a.doer === 'Tutto il Personale',
        assigneeIds: a.doer === 'DE LUCA Ida' ? [staff.deLuca] : [],
        periodText: '2° semestre 2020',
        // The calendar gives the dates: July to December, or May to July for the summer centre.
        periodStart: `2020-${String(Math.min(...a.months)).padStart(2, '0')}-01`,
        periodEnd: lastDayOf2020(Math.max(...a.months)),
        ...RESOURCES,
      }),
      actorUserId,
    });
    await createPhase(tx, {
      objectiveId: objective.id,
      input: { number: a.n, title: a.title, assignees: [a.doer], months: a.months },
      actorUserId,
    });
    await createIndicator(tx, {
      objectiveId: objective.id,
      input: CreateIndicatorSchema.parse({
        code: String(a.n),
        title: a.indicator,
        polarity: 'positive',
        unitOfMeasure: '%',
        target: a.atLeast80 ? 80 : 100,
        targetText: a.atLeast80 ? 'Almeno 80%' : '100%',
        weight: 100,
        measurementDeadline: a.deadline,
        deadlineText: a.deadline.split('-').reverse().join('/'),
      }),
      actorUserId,
    });
  }

  // The seed has no indicators for the strategic objectives and no responsible where it says
  // "Tutto il Personale": the Segretario adopted it knowing, hence the confirmed warnings.
  await adoptPlan(tx, {
    planId: plan.id,
    input: { ...CHIEVE.adoption, confirmWarnings: true },
    actorUserId,
  });
  return plan.id;
}

function lastDayOf2020(month: number): string {
  const day = new Date(Date.UTC(2020, month, 0)).getUTCDate();
  return `2020-${String(month).padStart(2, '0')}-${day}`;
}
