import type { Db } from '../../db/client.ts';
import { orgUnits, people } from '../../db/schema/organizations.ts';
import { indicators, objectives, plans, strategicLines } from '../../db/schema/plans.ts';
import { adoptForTest } from './adopt-for-test.ts';

/**
 * The Comune di Cremona's PEG 2019 as the seed's table gives it (4 lines, 12 objectives, 27
 * indicators), before the fifth amendment: what the tests of change requests replay. The table
 * has no objective weights; the Nucleo's decisions ("ridotto da 8 punti a 5") say they were 8.
 */
type Row = [
  code: string,
  title: string,
  formula: string,
  purpose: string,
  target: number,
  weight: number,
  extra?: { targetText?: string; binary?: boolean; polarity?: 'negative' },
];
type ObjectiveRow = {
  code: string;
  title: string;
  unit: string;
  responsible: string;
  kind?: 'management';
  indicators: Row[];
};

const done = { binary: true };

export const CREMONA_2019: { line: string; objectives: ObjectiveRow[] }[] = [
  {
    line: "Città che si prende cura dell'ambiente e che lavora nell'ottica area vasta",
    objectives: [
      {
        code: 'C117_0002',
        title:
          'Accordo di Programma per il recupero di area dismessa e riassetto urbanistico e viabilistico comparto cittadino',
        unit: 'Settore Sviluppo Lavoro, Area Omogenea ed Ambiente',
        responsible: 'Pesaro Mara',
        indicators: [
          [
            '1613',
            'Adozione in Giunta della proposta di Accordo di Programma',
            '1 = fatto 0 = non fatto',
            "Recuperare l'area dismessa mantenendo i livelli occupazionali",
            1,
            100,
            done,
          ],
        ],
      },
      {
        code: 'C77_0004',
        title: 'Bilancio ambientale consuntivo 2018 e preventivo 2019',
        unit: 'Settore Sviluppo Lavoro, Area Omogenea ed Ambiente',
        responsible: 'Pesaro Mara',
        indicators: [
          [
            '1389',
            'Numero visualizzazioni documento',
            'n. di accessi',
            'Quantificare il livello di interesse e di diffusione del documento.',
            200,
            20,
          ],
          [
            '1390',
            'Andamento degli indicatori',
            'n. di indicatori presidiati con trend positivo/n. totale di indicatori presidiati*100',
            'Valutare puntualmente gli esiti delle scelte in tema ambientale con particolare riferimento agli indicatori direttamente presidiati. Queste valutazioni saranno effettuate sul Bilancio consuntivo 2018.',
            90,
            40,
          ],
          [
            '1391',
            'Andamento macro aree del documento',
            'n. azioni realizzate /n. azioni previste*100 per ciascuna delle due macro aree realizzate nel 2018',
            'Valutare puntualmente la realizzazione delle azioni previste in due macro aree significative del Bilancio consuntivo 2018 ("Rifiuti" e "Informazione, educazione e partecipazione").',
            60,
            40,
          ],
        ],
      },
      {
        code: 'C80_0003',
        title: 'Gestione dei controlli sul territorio e monitoraggio dei siti contaminati',
        unit: 'Settore Sviluppo Lavoro, Area Omogenea ed Ambiente',
        responsible: 'Pesaro Mara',
        indicators: [
          [
            '1414',
            'Andamento istruttorie per bonifica amianto',
            'n. istruttorie di bonifica amianto concluse anno corrente - n. istruttorie concluse anno precedente/n. istruttorie avviate anno precedente*100',
            'Contribuire al censimento e alla bonifica dei manufatti in amianto presenti sul territorio comunale.',
            90,
            40,
          ],
          [
            '1415',
            'Numero corsi di aggiornamento GEV',
            'n. di corsi effettuati',
            'Formare ed aggiornare i volontari',
            3,
            30,
          ],
          [
            '1416',
            'Attività di controllo',
            'n. controlli effettuati/n. controlli programmati*100',
            'Contenere i fenomeni di degrado delle aree urbane.',
            90,
            30,
          ],
        ],
      },
    ],
  },
  {
    line: 'Città per una cultura fra memoria ed immaginazione',
    objectives: [
      {
        code: 'C50_0004',
        title:
          'Ulteriore sviluppo degli allestimenti permanenti nei Musei Civici, anche in relazione alle dotazioni multimediali',
        unit: 'Cultura Musei e City Branding',
        responsible: 'Quaglia Maurizia',
        indicators: [
          [
            '1011',
            'Incremento visitatori',
            '(Nr utenti anno di riferimento-nr utenti anno precedente)/utenti anno precedente) *100',
            "Monitorare l'attrattività delle nuove dotazioni nei Musei Civici, Archeologico e di Storia Naturale",
            3,
            40,
          ],
          [
            '1299',
            'Nr giorni di utilizzo delle nuove sale per mostre temporanee',
            'Nr giorni annuali di utilizzo con apertura al pubblico',
            "Monitorare l'efficacia della ridefinizione del percorso museale",
            247,
            30,
          ],
          [
            '1396',
            'Nr iniziative di promozione',
            'Nr eventi organizzati',
            "Monitoraggio dell'effettivo utilizzo delle nuove dotazioni per la promozione della fruizione dei musei",
            24,
            30,
          ],
        ],
      },
      {
        code: 'C50_0005',
        title:
          'Definizione, progettazione e realizzazione degli eventi e delle manifestazioni del programma "Cultura a Cremona 2019" - Programmazione di "Cultura a Cremona 2020"',
        unit: 'Cultura Musei e City Branding',
        responsible: 'Quaglia Maurizia',
        indicators: [
          [
            '278',
            'Partecipazione del pubblico alle iniziative',
            'Nr. visitatori musei e centro culturale, spettatori festival Acque dotte',
            'Monitoraggio a fini statistici della fruizione',
            91690,
            50,
            { targetText: '91.690' },
          ],
          [
            '349',
            'Sponsorizzazioni e contributi',
            'sponsorizzazioni accertate/impegni assunti %',
            'Verifica della sostenibilità economica dei progetti culturali',
            30,
            50,
          ],
        ],
      },
    ],
  },
  {
    line: 'Una pubblica amministrazione efficiente che costruisce partecipazione',
    objectives: [
      {
        code: 'C32_0014',
        title: 'Completamento piano di sicurezza informatica',
        unit: 'Area Segretario Generale',
        responsible: 'Di Girolamo Gabriella',
        indicators: [
          [
            '1174',
            'raggiungimento delle misure minime di sicurezza informatica',
            'misure minime di sicurezza adottate / misure minime di sicurezza richieste',
            "Attestare il raggiungimento delle misure minime per elevare la sicurezza informatica nei sistemi dell'ente.",
            45,
            40,
          ],
          [
            '1176',
            'numero postazioni di lavoro aggiornate',
            'numero postazioni di lavoro aggiornate / numero postazioni di lavoro da aggiornare',
            "Aggiornare le postazioni di lavoro come previsto nel Piano di Rinnovo delle postazioni di lavoro per elevare la sicurezza informatica dell'ente",
            100,
            30,
          ],
          [
            '1586',
            'Attestazione al nuovo dominio di rete delle postazioni di lavoro',
            'numero di postazioni di lavoro attestate al nuovo dominio di rete / numero di postazioni di lavoro del Comune di Cremona (circa 609)',
            'attestazione di tutte le postazioni di lavoro al nuovo dominio di rete',
            100,
            30,
          ],
        ],
      },
      {
        code: 'C21_0007',
        title:
          "Applicazione ed aggiornamento del Programma biennale per l'acquisto di beni e servizi con importo superiore ad € 40.000,00",
        unit: 'Unità di Staff Provveditorato ed Economato',
        responsible: 'Secchi Tania',
        indicators: [
          [
            '1477',
            'Numero aggiornamenti e modifiche del Piano biennale eseguiti',
            'Numero variazioni attuate del Piano Biennale',
            'Verificare la corretta programmazione degli acquisti dei vari settori contenendo il numero di variazioni del Piano',
            4,
            30,
          ],
          [
            '1479',
            'Percentuale di acquisti effettuati già previsti nel programma delle acquisizioni',
            "(n. acquisti realizzati, già previsti nel programma biennale delle acquisizioni / n. totale di acquisti realizzati nell'anno) x 100",
            "Misurare la capacità di programmazione dell'ente. Acquisizioni pianificate per tempo hanno maggiore probabilità di risultare più economiche e tempestive",
            80,
            30,
          ],
          [
            '1602',
            'Report a responsabile anticorruzione',
            '1=fatto 0=non fatto',
            'Adempimento di legge',
            1,
            20,
            done,
          ],
          [
            '1610',
            'Redazione programma biennale acquisti di forniture e servizi',
            '1=fatto 0=non fatto',
            'Programmare gli acquisti superiori ad € 40.000,00 + iva nel rispetto della norma',
            1,
            20,
            done,
          ],
        ],
      },
      {
        code: 'C0136_0002',
        title:
          "Piano del Fabbisogno 2019/2021: realizzazione del Piano Occupazionale relativo all'anno 2019.",
        unit: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
        responsible: 'Segalini Maurilio',
        indicators: [
          [
            '1528',
            'Ricorsi pervenuti sulle procedure occupazionali.',
            '(nr. ricorsi/ totale domande)*100',
            "Misura l'affidabilità delle procedure occupazionali bandite e realizzate.",
            1,
            20,
            { polarity: 'negative' },
          ],
          [
            '891',
            'Percentuale idonei inseriti in graduatoria',
            'N. candidati idonei su n. domande di partecipazione pervenute',
            'Misura la percentuale dei candidati dichiarati idonei alla fine delle procedure occupazionali bandite rispetto al numero di domande di partecipazione pervenute.',
            100,
            80,
          ],
        ],
      },
      {
        code: 'C16_0010',
        title:
          "Revisione dell'ordinamento professionale e attribuzione di nuovi profili aggiornati alle competenze dei dipendenti in servizio.",
        unit: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
        responsible: 'Segalini Maurilio',
        indicators: [
          [
            '1474',
            'Profili professionali revisionati.',
            "N. profili revisionati / N. profili presenti nell'Ente",
            "Misura la completezza dell'operazione programmata ed eseguita di revisione dei profili professionali utilizzati dal Comune di Cremona.",
            100,
            100,
          ],
        ],
      },
      {
        code: 'C16_0011',
        title: "Rilevazione delle competenze professionali possedute dal personale dell'Ente.",
        unit: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
        responsible: 'Segalini Maurilio',
        indicators: [
          [
            '1563',
            'Rilevazione delle competenze effettuata.',
            '1 fatto 0 non fatto',
            'Misura se effettivamente la rilevazione delle competenze professionali dei dipendenti è stata effettuata.',
            1,
            100,
            done,
          ],
        ],
      },
      {
        code: 'C17_0005',
        title:
          'Applicazione del Contratto Decentrato Integrativo sottoscritto presso il Comune di Cremona in data 10 dicembre 2018 in relazione al CCNL 2016/18.',
        unit: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
        responsible: 'Segalini Maurilio',
        indicators: [
          [
            '1564',
            'Nuovo CDI area Dirigenza',
            '1 fatto 0 non fatto',
            "Misura se effettivamente il CDI recepisce il nuovo CCNL dell'area della Dirigenza",
            1,
            60,
            done,
          ],
          [
            '1595',
            'Accordi Raggiunti',
            'nr. accordi raggiunti',
            'Misura il livello di relazioni sindacali',
            0,
            40,
          ],
        ],
      },
    ],
  },
  {
    line: 'Obiettivi Gestionali',
    objectives: [
      {
        code: 'C0129_0001',
        title:
          "Sviluppare sia dal punto di vista informatico che procedurale l'attività di notificazione dei verbali per violazioni amministrative attraverso Posta Elettronica Certificata",
        unit: 'Polizia Locale',
        responsible: 'Sforza Pierluigi',
        kind: 'management',
        indicators: [
          [
            '1443',
            'incidenza atti notificati con PEC',
            'n. atti notificati con PEC/n. di atti notificati',
            'Efficientamento in una logica di risparmio economico',
            20,
            50,
          ],
          [
            '1516',
            'Piena operatività del sistema entro il 31.12.2019',
            '1 Fatto 0 non fatto',
            'garantire la piena operatività del sistema entro il 31.12.2019',
            1,
            50,
            done,
          ],
        ],
      },
    ],
  },
];

export type CremonaPlan = {
  planId: string;
  unitIds: Map<string, string>;
  objectiveIds: Map<string, string>;
  indicatorIds: Map<string, string>;
};

/** Inserts the Cremona plan into an organisation and, with `adopt`, adopts it as version 0. */
export async function insertCremonaPlan(
  db: Db,
  orgId: string,
  options: { adopt?: { actNumber: string; actDate: string; userId: string | null } } = {},
): Promise<CremonaPlan> {
  const unitIds = new Map<string, string>();
  const personIds = new Map<string, string>();
  const objectiveIds = new Map<string, string>();
  const indicatorIds = new Map<string, string>();
  const [plan] = await db
    .insert(plans)
    .values({
      orgId,
      title: 'PEG/Piano della Performance 2019-2021',
      kind: 'peg',
      startYear: 2019,
      endYear: 2021,
    })
    .returning();
  if (!plan) throw new Error('no plan');
  let position = 0;
  for (const [lineIndex, line] of CREMONA_2019.entries()) {
    const [lineRow] = await db
      .insert(strategicLines)
      .values({ planId: plan.id, title: line.line, position: lineIndex })
      .returning();
    if (!lineRow) throw new Error('no line');
    for (const o of line.objectives) {
      let unitId = unitIds.get(o.unit);
      if (!unitId) {
        const [u] = await db.insert(orgUnits).values({ orgId, name: o.unit }).returning();
        if (!u) throw new Error('no unit');
        unitId = u.id;
        unitIds.set(o.unit, unitId);
      }
      let personId = personIds.get(o.responsible);
      if (!personId) {
        const [p] = await db
          .insert(people)
          .values({ orgId, name: o.responsible, category: 'dirigente', unitId })
          .returning();
        if (!p) throw new Error('no person');
        personId = p.id;
        personIds.set(o.responsible, personId);
      }
      const [objective] = await db
        .insert(objectives)
        .values({
          planId: plan.id,
          strategicLineId: lineRow.id,
          code: o.code,
          title: o.title,
          kind: o.kind ?? 'operational',
          unitId,
          responsiblePersonId: personId,
          weight: 8,
          position: position++,
        })
        .returning();
      if (!objective) throw new Error('no objective');
      objectiveIds.set(o.code, objective.id);
      const rows = await db
        .insert(indicators)
        .values(
          o.indicators.map(([code, title, formula, purpose, target, weight, extra], n) => ({
            planId: plan.id,
            objectiveId: objective.id,
            code,
            title,
            formula,
            purpose,
            target,
            targetText: extra?.targetText ?? null,
            weight,
            binary: extra?.binary ?? false,
            polarity: extra?.polarity ?? 'positive',
            measurementDeadline: '2019-12-31',
            position: n,
          })),
        )
        .returning();
      for (const r of rows) indicatorIds.set(r.code, r.id);
    }
  }
  if (options.adopt) await adoptForTest(db, { orgId, planId: plan.id, ...options.adopt });
  return { planId: plan.id, unitIds, objectiveIds, indicatorIds };
}
