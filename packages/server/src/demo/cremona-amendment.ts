import type { DecisionOutcome } from '@traguardo/domain/change-request/change-request.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { and, eq, inArray } from 'drizzle-orm';
import { createAmendment } from '../amendments/create-amendment.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../auth/actor.ts';
import { loadMemberships } from '../auth/session-store.ts';
import { decideChangeRequest } from '../change-requests/decide-change-request.ts';
import { validateChangeSet } from '../change-requests/validate-change-set.ts';
import type { Db } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { planVersions } from '../db/schema/plans.ts';
import { users } from '../db/schema/users.ts';
import { loadPlanDocument } from '../plans/load-plan-document.ts';

/**
 * Cremona's fifth amendment of its PEG 2019 (seed 002), replayed: the requests the import stored
 * as free text become structured requests, the Nucleo decides them as the seed says, and the
 * secretary adopts them as provvedimento n. 5, version 1. See docs/decisions/006-cremona-amendment.md.
 */
export const CREMONA_AMENDMENT = {
  number: 5,
  // Demo dates, in the seed's autumn: requests filed in October, decided by the Nucleo in November.
  filedFrom: new Date('2019-10-15T09:00:00Z'),
  decidedAt: new Date('2019-11-20T10:00:00Z'),
  // The seed does not name the Giunta's act: a demo number and date (the seed's requests run to autumn 2019).
  act: { body: 'Giunta Comunale', number: '245', date: '2019-11-27' },
} as const;

type SeedTarget =
  | { type: 'indicator'; code: string }
  | { type: 'objective' }
  /** A phase found by its title; the imported table has no phases, so it may be absent. */
  | { type: 'phase'; titleIncludes: string };

type SeedCase = {
  /** The indicator on whose row the seed writes the request. */
  row: string;
  objectiveCode: string;
  target: SeedTarget;
  changes: Record<string, unknown>;
  decision: { outcome: DecisionOutcome; changes?: Record<string, unknown> };
  /** The seed's own words, used when the import did not store the request. */
  seed: { requestText: string | null; reason: string | null; decisionNote: string };
};

export const CREMONA_CASES: SeedCase[] = [
  {
    row: '1613',
    objectiveCode: 'C117_0002',
    target: { type: 'indicator', code: '1613' },
    changes: {
      deadlineText:
        'Individuazione degli interventi di pubblica utilità entro fine anno; Accordo di Programma nel 2020',
    },
    decision: {
      outcome: 'accepted_with_changes',
      changes: {
        title: "Adozione in Giunta inerente l'individuazione degli interventi di pubblica utilità",
        target: 1,
        measurementDeadline: '2019-12-31',
        deadlineText: 'Entro fine anno',
      },
    },
    seed: {
      requestText:
        "Si chiede uno slittamento delle fasi per quanto riguarda la individuazione degli interventi di pubblica utilità a fine anno e l'Accordo di Programma al 2020.",
      reason:
        "In considerazione dei tempi richiesti dall'Azienda per l'acquisizione del sito di Pozzaglio e per dare seguito a quanto richiesto dal Consiglio comunale e considerata l'interruzione istituzionale dovuta alle elezioni, l'interlocuzione con la ditta Maschio è ripresa solo il 20/09/2019 con l'incontro alla presenza del sig. Sindaco.",
      decisionNote:
        "VIENE ACCOLTA LA RICHESTA DI RINVIARE L'INDIVIDUAZIONE DEGLI INTERVENTI DI PUBBLICA UTILITA' ENTRO FINE ANNO VIENE ACCOLTA LA RICHIESTA DI DEFINIRE L'ACCORDO DI PROGRAMMA AL 2020 CONSEGUENTEMENTE L'INDICATORE: ADOZIONE IN GIUNTA DELLA PROPOSTA DI ACCORDO DI PROGRAMMA VIENE MODIFICATO COME SEGUE: ADOZIONE IN GIUNTA INERENTE L'INDIVIDUAZIONE DEGLI INTERVENTI DI PUBBLICA UTILITA'. TARGET: FATTO",
    },
  },
  {
    row: '1389',
    objectiveCode: 'C77_0004',
    target: { type: 'objective' },
    changes: {
      periodText: "Preventivo 2020 con il Bilancio dell'Ente entro dicembre 2019; consuntivo 2019 nel 2020",
    },
    decision: {
      outcome: 'accepted_with_changes',
      changes: { weight: 5, periodText: 'Consuntivo 2018 entro fine anno; preventivo 2019 non redatto' },
    },
    seed: {
      requestText:
        "Si chiede l'approvazione del preventivo 2020 entro il dicembre 2019 contestualmente con il Bilancio dell'Ente nonché lo slittamento del consuntivo 2019 nel 2020.",
      reason:
        "A seguito dell'insediamento della nuova Giunta il nuovo Assessore alla partita ha chiesto che il Bilancio ambientale preventivo segua l'iter insieme al Bilancio dell'Ente. Considerati i tempi il Bilancio preventivo 2019 non verrà predisposto ma, avendo comunque a disposizione tutti i dati, si procederà al consuntivo 2019 nei primi mesi del 2020. Entro l'anno verrà presentato anche il consuntivo 2018.",
      decisionNote:
        "VIENE ACCOLTA LA RICHESTA DI RINVIARE L'APPROVAZIONE DEL BILANCIO AMBIENTALE CONSUNTIVO 2018 ENTRO FINE ANNO VIENE ACCOLTA LA RICHIESTA DI MANCATA REDAZIONE DEL PREVENTIVO 2019 IL PESO DELL'OBIETTIVO VIENE RIDOTTO DA 8 PUNTI A 5",
    },
  },
  {
    row: '1414',
    objectiveCode: 'C80_0003',
    target: { type: 'phase', titleIncludes: 'osservatori' },
    changes: { remove: true },
    decision: { outcome: 'accepted' },
    seed: {
      requestText:
        'Si chiede di togliere la fase: Convocazione degli Osservatori per la gestione delle principali problematiche ambientali (Osservatorio Tamoil, Osservatorio rifiuti, Osservatorio Aziende Arvedi)',
      reason:
        'Come da programma del Sindaco gli osservatori sono in fase di revisione. Eventualmente verranno riattivati nel 2020',
      decisionNote: 'VIENE ACCOLTA LA RICHESTA DI ELIMINAZIONE DELLA FASE OSSERVATORI AMBIENTALI',
    },
  },
  {
    row: '1011',
    objectiveCode: 'C50_0004',
    target: { type: 'indicator', code: '1011' },
    changes: {
      title: 'Numero visitatori',
      formula: 'Nr visitatori Museo Civico, Museo Archeologico e Museo di Storia Naturale',
      target: 50000,
      targetText: '50.000',
    },
    decision: { outcome: 'accepted' },
    seed: {
      requestText:
        'Il target 2019 per il Museo Civico, il Museo Archeologico e il Museo di Storia Naturale potrà essere riportato a 50.000 unità.',
      reason:
        'Il programma culturale 2019 prevedeva per il periodo autunnale la grande mostra su Orazio Gentileschi, nella sede del Museo Civico. La mostra è stata progettata sulla base del reciproco scambio di opere con il Kunsthistorisches Museum di Vienna e arricchita con altri prestiti da istituzioni e soggetti diversi sul territorio nazionale.',
      decisionNote:
        "VIENE ACCOLTA LA RICHIESTA DI VARIAZIONE DELL'INDICATORE: INCREMENTO DEI VISITATORI - TARGET PREVENTIVO +3% COME SEGUE: NUMERO VISITATORI: 50.000",
    },
  },
  {
    row: '1299',
    objectiveCode: 'C50_0004',
    target: { type: 'indicator', code: '1299' },
    changes: { target: 217 },
    decision: { outcome: 'accepted' },
    seed: {
      requestText:
        "Contestualmente, il target dell'utilizzo della Sala Mostre temporanee dovrebbe essere ridotto a 217",
      reason:
        "Nuove disposizioni regolamentari del MiBACT relative sia ai prestiti internazionali, sia a quelli entro il territorio italiano, ne hanno modificato la procedura, riportando in toto la funzione autorizzatoria a livello centrale (e non più delegando alle Soprintendenze territoriali). La nuova procedura richiede inoltre l'invio di documenti di trasporto e assicurativi all'atto stesso della richiesta, rendendone più complesso l'iter. Si è reso così necessario rimandare la mostra alla primavera del 2020. Si chiede pertanto di rimodulare l'indicatore \"Incremento dei visitatori\": difficilmente, sulla base dei dati storici, in mancanza di una mostra di grande attrattività il numero dei visitatori potrà essere incrementato rispetto al 2018",
      decisionNote:
        "VIENE ACCOLTA LA RICHIESTA DI VARIAZIONE DELL'INDICATORE: NR. GIORNI DI UTILIZZO DELLE NUOVE SALE PER MOSTRE TEMPORANEE - TARGET PREVENTIVO 247 COME SEGUE: NR. GIORNI DI UTILIZZO DELLE NUOVE SALE PER MOSTRE TEMPORANEE - TARGET PREVENTIVO 217",
    },
  },
  {
    row: '278',
    objectiveCode: 'C50_0005',
    target: { type: 'indicator', code: '278' },
    changes: { target: 78000 },
    decision: { outcome: 'accepted_with_changes', changes: { target: 78000, objective: { weight: 5 } } },
    seed: {
      requestText:
        'Si chiede pertanto di rimodulare il target dell\'indicatore "Partecipazione del pubblico alle iniziative", riportandolo da 91690 a 78000 fruitori',
      reason:
        "Il programma culturale 2019 prevedeva per il periodo autunnale la grande mostra su Orazio Gentileschi, nella sede del Museo Civico. La mostra è stata progettata sulla base del reciproco scambio di opere con il Kunsthistorisches Museum di Vienna e arricchita con altri prestiti da istituzioni e soggetti diversi sul territorio nazionale. Nuove disposizioni regolamentari del MiBACT relative sia ai prestiti internazionali, sia a quelli entro il territorio italiano, ne hanno modificato la procedura, riportando in toto la funzione autorizzatoria a livello centrale (e non più delegando alle Soprintendenze territoriali). La nuova procedura richiede inoltre l'invio di documenti di trasporto e assicurativi all'atto stesso della richiesta, rendendone più complesso l'iter. Si è reso così necessario rimandare la mostra alla primavera del 2020.",
      decisionNote:
        "VIENE ACCOLTA LA RICHESTA DI VARIAZIONE DELL'INDICATORE: PARTECIPAZIONE DEL PUBBLICO ALLE INIZIATIVE - TARGET PREVENTIVO 91.690 COME SEGUE: MANTENIMENTO DELL'INDICATORE - TARGET PREVENTIVO 78.000 IL PESO DELL'OBIETTIVO VIENE RIDOTTO DA 8 PUNTI A 5",
    },
  },
  {
    row: '1174',
    objectiveCode: 'C32_0014',
    target: { type: 'objective' },
    changes: {},
    decision: { outcome: 'rejected' },
    seed: {
      requestText: null,
      reason: null,
      decisionNote:
        "NON VENGONO ACCOLTE LE RICHIESTE DI VARIAZIONI DI FASI POICHE' RISULTA CHE LE MOTIVAZIONE RIPORTATE NON RISPETTANO QUANTO EFFETTIVAMENTE SI E' VERIFICATO IN FASE DI ESECUZIONE DELLE ATTIVITA'",
    },
  },
  {
    row: '1477',
    objectiveCode: 'C21_0007',
    target: { type: 'indicator', code: '1477' },
    changes: {
      formula: 'modifiche piano biennale/numero richieste pervenute * 100',
      target: 100,
      targetText: '100%',
    },
    decision: { outcome: 'accepted' },
    seed: {
      requestText:
        "Chiedo di modificare l'indicatore 2019-1477 da quantità a percentuale: numero modifiche piano biennale/numero richieste pervenute - Target 100%",
      reason:
        "Il semplice numero di modifiche non ha significato per l'unità di staff Provveditorato ed Economato, che ha invece il compito di recepire le richieste e modificare il piano. In assenza di richieste l'Economato non modifica il piano, ma la cosa non è negativa per l'Economato stesso.",
      decisionNote:
        "VIENE ACCOLTA LA RICHIESTA DI VARIAZIONE DELL'INDICATORE: NUMERO AGGIORNAMENTI E MODIFICHE DEL PIANO BIENNALE ESEGUITI - TARGET 4 COME SEGUE: MODIFICHE ACCOLTE - FORMULA MODIFICHE PIANO BIENNALE/NUMERO RICHIESTE PERVENUTE * 100 - TARGET 100%",
    },
  },
  {
    row: '1528',
    objectiveCode: 'C0136_0002',
    target: { type: 'indicator', code: '1528' },
    changes: { polarity: 'negative' },
    decision: { outcome: 'rejected' },
    seed: {
      requestText:
        "L'indicatore va letto in negativo. Inserendo zero, ovvero i ricorsi sino ad oggi pervenuti, non produce una percentuale del 100% di realizzazione del risultato.",
      reason: null,
      decisionNote:
        "LA NATURA DELL'INDICATORE È GIA NEGATIVA SE NON PERVERRANNO RICORSI LA RENDICONTAZIONE ANDRA' ESPLICITATA CON TARGET CONSUNTIVO 0,1 ANZICHE' 0 PER PROCEDURA INFORMATICA",
    },
  },
  {
    row: '1563',
    objectiveCode: 'C16_0011',
    target: { type: 'indicator', code: '1563' },
    changes: { measurementDeadline: '2020-03-31' },
    decision: {
      outcome: 'accepted_with_changes',
      changes: {
        replaceWith: { title: 'Definizione della scheda di rilevazione delle competenze' },
        objective: { weight: 5 },
      },
    },
    seed: {
      requestText:
        "L'obiettivo è stato rivalutato dalla nuova Giunta Comunale insediatasi dopo le elezioni amministrative. In relazione alle scelte adottate su proposta dell'Assessore alle Risorse Umane, il progetto di rilevazione delle competenze professionali di tutto il personale è stato spostato sul periodo decorrente dal 1° ottobre 2019 e la conclusione è ipotizzabile nell'arco del primo trimestre dell'anno 2020. A questo punto servirebbe adeguare l'elenco delle fasi e le date degli indicatori.",
      reason:
        "La nuova Amministrazione ha preliminarmente effettuato dei confronti politici e tecnici andando a costituire una Cabina di Regia ed un Gruppo Tecnico di riferimento per l'effettuazione dell'analisi delle competenze del personale.",
      decisionNote:
        "L'INDICATORE RILEVAZIONE DELLE COMPETENZE EFFETTUATE VIENE SOSTITUITO CON IL SEGUENTE: DEFINIZIONE DELLA SCHEDA DI RILEVAZIONE DELLE COMPETENZE  IL PESO DELL'OBIETTIVO VIENE RIDOTTO DA 8 PUNTI A 5",
    },
  },
  {
    row: '1595',
    objectiveCode: 'C17_0005',
    target: { type: 'indicator', code: '1595' },
    changes: { target: 5 },
    decision: { outcome: 'accepted' },
    seed: {
      requestText: 'Prego inserire target pari a n. 5 come da richiesta mail del 16 maggio 2019',
      reason: 'Senza target non è possibile fare confronti plausibili',
      decisionNote: 'SI ACCETTA LA RICHIESTA DI INSERIMENTO TARGET, PRECEDENTEMENTE CONVENUTO, E PARI A 5',
    },
  },
  {
    row: '1443',
    objectiveCode: 'C0129_0001',
    target: { type: 'indicator', code: '1443' },
    changes: { target: 200 },
    decision: { outcome: 'deferred' },
    seed: {
      requestText:
        'Variare in diminuzione il dato numerico relativo all\'indicatore "notifiche di verbali effettuate via PEC" da 2500 a 200',
      reason:
        "La procedura di notificazione via Pec con invii massivi di anagrafiche non è stata ancora perfezionata. Lo stato di avanzamento dei lavori con i numerosi soggetti pubblici e privati coinvolti è in dirittura d'arrivo ma si prevede che il programma di notifiche in forma massiva, vista la complessità del sistema e degli attori coinvolti, sarà operativo non prima della fine dell'anno in corso.",
      decisionNote: "SI VALUTERA' L'ESITO A CONSUNTIVO",
    },
  },
];

const ABSENT_PHASE_NOTE =
  ' (La fase non figura nel piano importato, che non riporta le fasi: la decisione è registrata senza modifiche da applicare.)';

async function actorOf(db: Db, userId: string): Promise<Actor> {
  const [user] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      isInstanceAdmin: users.isInstanceAdmin,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new Error(`demo user ${userId} not found`);
  return { ...user, memberships: await loadMemberships(db, userId) };
}

type Resolved = {
  targetType: 'indicator' | 'objective' | 'phase';
  targetId: string;
  targetCode: string;
  unitId: string | null;
};

/** Where the case's target is in the plan in force; null when the plan lacks it (the phase). */
function resolve(doc: PlanDocument, c: SeedCase): Resolved | null {
  const objective = doc.strategicLines.flatMap((l) => l.objectives).find((o) => o.code === c.objectiveCode);
  if (!objective) throw new Error(`objective ${c.objectiveCode} is not in the Cremona plan`);
  const unitId = objective.unit?.id ?? null;
  const target = c.target;
  if (target.type === 'objective')
    return { targetType: 'objective', targetId: objective.id, targetCode: objective.code, unitId };
  if (target.type === 'indicator') {
    const indicator = objective.indicators.find((i) => i.code === target.code);
    if (!indicator) throw new Error(`indicator ${target.code} is not in the Cremona plan`);
    return { targetType: 'indicator', targetId: indicator.id, targetCode: indicator.code, unitId };
  }
  const phase = objective.phases.find((p) => p.title.toLowerCase().includes(target.titleIncludes));
  return phase
    ? { targetType: 'phase', targetId: phase.id, targetCode: `${objective.code}/${phase.number}`, unitId }
    : null;
}

/**
 * Idempotent: nothing happens once version 1 exists. `managerUserIds` are the demo managers: each
 * request is filed by the one whose units include the objective's unit, else by the secretary.
 */
export async function seedCremonaAmendment(
  db: Db,
  options: {
    orgId: string;
    planId: string;
    secretaryUserId: string;
    managerUserIds: string[];
    evaluatorUserId: string;
  },
): Promise<void> {
  const [done] = await db
    .select({ id: planVersions.id })
    .from(planVersions)
    .where(and(eq(planVersions.planId, options.planId), eq(planVersions.version, 1)));
  if (done) return;
  const doc = await loadPlanDocument(db, options.planId);
  if (doc.currentVersion !== 0) return;

  const managers = await independentQueries(
    db,
    options.managerUserIds.map((id) => () => actorOf(db, id)),
  );
  const evaluator = await actorOf(db, options.evaluatorUserId);
  const secretary = await actorOf(db, options.secretaryUserId);
  const filerOf = (unitId: string | null) =>
    managers.find((m) => unitId && m.memberships.get(options.orgId)?.unitIds.includes(unitId))?.userId ??
    options.secretaryUserId;

  const existing = await db
    .select()
    .from(changeRequests)
    .where(
      and(eq(changeRequests.planId, options.planId), inArray(changeRequests.status, ['pending', 'decided'])),
    );
  const used = new Set<string>();
  const ids: string[] = [];
  for (const c of CREMONA_CASES) {
    const resolved = resolve(doc, c);
    // The import files a request on the indicator of its row or on the objective.
    const row =
      existing.find((r) => !used.has(r.id) && r.targetCode === c.row) ??
      existing.find((r) => !used.has(r.id) && r.targetCode === c.objectiveCode);
    const objective = doc.strategicLines.flatMap((l) => l.objectives).find((o) => o.code === c.objectiveCode);
    const target = resolved ?? {
      targetType: 'objective' as const,
      targetId: objective?.id ?? null,
      targetCode: c.objectiveCode,
      unitId: objective?.unit?.id ?? null,
    };
    const changes = resolved ? c.changes : {};
    if (Object.keys(changes).length > 0)
      await validateChangeSet(db, {
        doc,
        targetType: target.targetType,
        targetId: target.targetId,
        raw: changes,
      });
    const values = {
      requestedAt: new Date(CREMONA_AMENDMENT.filedFrom.getTime() + ids.length * 60_000),
      targetType: target.targetType,
      targetId: target.targetId,
      targetCode: target.targetCode,
      changes,
      remove: changes.remove === true,
      requestedBy: filerOf(target.unitId),
    };
    const id = await db.transaction(async (tx) => {
      const [written] = row
        ? await tx.update(changeRequests).set(values).where(eq(changeRequests.id, row.id)).returning()
        : await tx
            .insert(changeRequests)
            .values({
              ...values,
              planId: options.planId,
              requestText: c.seed.requestText,
              reason: c.seed.reason ?? c.seed.requestText ?? '',
              decisionNote: c.seed.decisionNote,
            })
            .returning();
      if (!written) throw new Error('change request not written');
      await recordAudit(tx, {
        orgId: options.orgId,
        actorUserId: values.requestedBy,
        action: 'change-request.file',
        entityType: 'change_request',
        entityId: written.id,
        before: row ?? null,
        after: written,
      });
      return written.id;
    });
    used.add(id);
    ids.push(id);

    const note = (row?.decisionNote ?? c.seed.decisionNote).trim();
    if (!resolved && c.decision.outcome === 'accepted') {
      // Nothing in the plan to change: the decision is recorded with its note, and applies nothing.
      await db
        .update(changeRequests)
        .set({
          status: 'decided',
          outcome: 'accepted',
          decisionNote: `${note}${ABSENT_PHASE_NOTE}`,
          decisionChanges: {},
          decidedBy: evaluator.userId,
          decidedAt: CREMONA_AMENDMENT.decidedAt,
        })
        .where(eq(changeRequests.id, id));
      continue;
    }
    await decideChangeRequest(db, {
      actor: evaluator,
      id,
      input: {
        outcome: c.decision.outcome,
        note,
        ...(c.decision.changes ? { changes: c.decision.changes } : {}),
      },
    });
  }

  await createAmendment(db, {
    actor: secretary,
    planId: options.planId,
    input: {
      actNumber: CREMONA_AMENDMENT.act.number,
      actDate: CREMONA_AMENDMENT.act.date,
      actBody: CREMONA_AMENDMENT.act.body,
      changeRequestIds: ids,
      number: CREMONA_AMENDMENT.number,
      baseVersion: 0,
    },
  });
}
