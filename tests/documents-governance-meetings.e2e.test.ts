import { BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

/*
 * Issue 14, governance meetings and Akson: the facts of documents 002 and 004 that the API
 * could not reach before, asserted through the gateway with the documents' own values
 * (typed from the seed text, not read from the transcribed JSON).
 */

const MEETING = `query($id: ID!) {
  meeting(id: $id) {
    id number date endDate location sourceKind knownOnlyByReference
    council { id name }
    agenda { id }
    mentions { document line text note }
  }
}`;

const ITEM = `query($id: ID!) {
  agendaItem(id: $id) {
    number title
    sections { position heading page points }
    consultation {
      deadline deadlinePrinted submissionDeadline submissionDeadlinePrinted
      responsesReceived assignment challenges focusAreas questions
      respondentGroups { name respondents }
    }
    referencedMeetings { id date endDate sourceKind knownOnlyByReference }
  }
}`;

describe.each(BACKENDS)('governance meetings and Akson through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'doc_gov_meet');
  });
  afterAll(() => stack?.stop());

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await stack.query(query, variables);
    expect(errors).toBeUndefined();
    return data;
  };
  const meeting = async (id: string) => (await ok(MEETING, { id })).meeting;
  const item = async (id: string) => (await ok(ITEM, { id })).agendaItem;

  describe('document 002 (Nasjonalt e-helseråd 5/22, 21.09.2022)', () => {
    it('33/22: the consultation on digital security with its deadlines, questions and respondents', async () => {
      const sak = await item('33-22');
      expect(sak.number).toBe('33/22');
      const c = sak.consultation;
      expect(c).toMatchObject({
        deadline: '2022-09-09',
        deadlinePrinted: '9.9',
        submissionDeadline: '2022-10-15',
        submissionDeadlinePrinted: '15.10',
        responsesReceived: 25,
      });
      expect(c.assignment).toMatch(
        /^Direktoratet skal, som erstatning for Strategi for digital sikkerhet i helse- og omsorgssektoren, utarbeide et innspill om digital sikkerhet/,
      );
      expect(c.assignment).toMatch(/innarbeider høringsinnspill\.$/);
      expect(c.focusAreas).toEqual([
        'Kompetanse og sikkerhetskultur',
        'Planverk og øvelser',
        'Etterlevelse og oppfølging',
        'Ny teknologi og digitale verdikjeder',
        'Støtte til mindre virksomheter',
        'Videreutvikling av eksisterende nasjonale virkemidler',
      ]);
      expect(c.challenges).toHaveLength(6);
      expect(c.challenges[0]).toBe('Sektoren står overfor et skjerpet digitalt trusselbilde');
      expect(c.challenges).toContain('Udekket kompetansebehov');
      expect(c.challenges).toContain('Uklare roller og ansvar');
      expect(c.questions).toHaveLength(4);
      expect(c.questions[1]).toBe(
        'Er beskrivelsen av utfordringsbildet (kapittel 3) i tilstrekkelig grad dekkende for den reelle situasjonen?',
      );
      expect(c.respondentGroups.map((g: any) => [g.name, g.respondents.length])).toEqual([
        ['STATLIG ETAT, OMBUD ELLER FAGRÅD', 6],
        ['KOMMUNE, KS', 8],
        ['RHF/HELSEFORETAK', 4],
        ['FAG- OG INTERESSEORGANISASJONER', 6],
      ]);
      expect(c.respondentGroups[0].respondents).toContain(
        'Nasjonal kommunikasjonsmyndighet (Nkom)',
      );
      expect(c.respondentGroups[2].respondents).toEqual([
        'Helse Midt-Norge RHF',
        'Helse Nord RHF',
        'Helse Sør-Øst RHF',
        'Helse Vest RHF',
      ]);
    });

    it('33/22: its slides, verbatim and in printed order', async () => {
      const { sections } = await item('33-22');
      expect(sections.map((s: any) => [s.heading, s.page])).toEqual([
        ['Innspill til stortingsmelding om helseberedskap', 29],
        ['Oppsummering av høringssvar', 35],
        ['Beskrivelse av pågående initiativer og tiltak', 36],
        ['Beskrivelse av utfordringsbildet', 37],
        ['Beskrivelse av mål', null],
        ['Beskrivelse av innsatsområder og tiltak', 39],
        ['Beskrivelse av innsatsområder og tiltak (forts.)', 40],
        ['Beskrivelse av innsatsområder og tiltak (forts.)', 41],
        ['Videre prosess', null],
      ]);
      expect(sections.map((s: any) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(sections[0].points).toEqual([
        'En stortingsmelding om helseberedskap legges frem våren 2023.',
        'Få mer oppmerksomhet og raskere utvikling på området',
        'Økt trusselnivået etter Russlands invasjon av Ukraina',
        'Unngå duplisering, færre antall dokumenter',
        'Innspillet er sendt på høring med frist 9.9',
        'Frist til HOD: 15.10',
        'Høringsside på ehelse.no',
      ]);
      expect(sections[1].points[0]).toBe('Mottatt 25 høringssvar');
      expect(sections[2].points).toContain('NIS-direktivet (NIS 2)');
      expect(sections[8].points).toContain('Vår frist for oversendelse til HOD er 15.10');
      expect(sections[8].points.at(-1)).toBe(
        'HOD har nylig publisert: Melding til Stortinget om helseberedskap - invitasjon til å gi skriftlige innspill, med høringsfrist: 24.10.2022',
      );
    });

    it('34/22: the study of a health technology scheme, its slides and discussion questions', async () => {
      const sak = await item('34-22');
      expect(sak.title).toBe('Utredning av en helseteknologiordning');
      expect(sak.consultation).toBeNull();
      const { sections } = sak;
      expect(sections.map((s: any) => s.heading)).toEqual([
        'Hurdalsplattformen',
        'Bedre journalløsninger og velferdsteknologi til kommunene',
        'Hva vet vi om dagens situasjon?',
        'Foreløpige innspill',
        'Organisering utredning av helseteknologiordning',
        null,
        'Drøfting',
      ]);
      expect(sections[0]).toMatchObject({
        page: 46,
        points: [
          'Etablere en helseteknologiordning som støtter innføring av ny teknologi i helsetjenesten og videreføre Nasjonalt velferdsteknologiprogram slik at vi får et kompetanseløft for velferdsteknologi i norske kommuner.',
        ],
      });
      expect(sections[1].points).toContain('Tilleggsoppdrag #10 til TB 2022');
      expect(sections[3].page).toBe(49);
      expect(sections[3].points).toHaveLength(8);
      expect(sections[4].points[0]).toBe(
        'Utredningsteam: Direktoratet for e-helse, KS, Helsedirektoratet',
      );
      expect(sections[5].points).toContain('NUFA 26. – 27.10');
      expect(sections[6]).toEqual({
        position: 7,
        heading: 'Drøfting',
        page: 54,
        points: [
          '1. Har nasjonalt e-helseråd innspill til prosess og involvering av aktører i arbeidet?',
          '2. Hva er problemet, og hva vil vi oppnå?',
          '3. Hvilke virkemidler er relevante?',
        ],
      });
    });

    it('the next meeting: 2 December 2022 at Radisson Blu, Gardermoen, announced only', async () => {
      const next = await meeting('nasjonalt-e-helserad-2022-12-02');
      expect(next).toMatchObject({
        number: null,
        date: '2022-12-02',
        endDate: null,
        location: 'Radisson Blu, Gardermoen',
        sourceKind: 'ANNOUNCED',
        knownOnlyByReference: true,
        council: { id: 'nasjonalt-e-helserad', name: 'Nasjonalt e-helseråd' },
        agenda: [],
      });
      expect(next.mentions).toContainEqual(
        expect.objectContaining({
          document: '002',
          line: 2066,
          text: 'Neste møte i Nasjonalt e-helseråd er 2. desember på Radisson Blu, Gardermoen',
        }),
      );
      // Reachable like the other meetings: from its body and from the root connection.
      const { council } = await ok(`{
        council(id: "nasjonalt-e-helserad") {
          meetingsConnection(first: 10) { edges { node { id number date location knownOnlyByReference } } }
        }
      }`);
      expect(council.meetingsConnection.edges.map((e: any) => e.node)).toEqual([
        {
          id: 'nasjonalt-e-helserad-5-22',
          number: '5/22',
          date: '2022-09-21',
          location: 'Trondheim',
          knownOnlyByReference: false,
        },
        {
          id: 'nasjonalt-e-helserad-2022-12-02',
          number: null,
          date: '2022-12-02',
          location: 'Radisson Blu, Gardermoen',
          knownOnlyByReference: true,
        },
      ]);
    });

    it('NUFA 26.–27.10.2022: a two-day meeting with an end date, planned in 34/22’s timeline', async () => {
      const nufa = await meeting('nufa-2022-10-26');
      expect(nufa).toMatchObject({
        date: '2022-10-26',
        endDate: '2022-10-27',
        sourceKind: 'ANNOUNCED',
        knownOnlyByReference: true,
        council: { id: 'nufa' },
      });
      expect(nufa.mentions).toEqual([
        expect.objectContaining({ document: '002', line: 1146, text: 'NUFA 26. – 27.10' }),
      ]);
      const { referencedMeetings } = await item('34-22');
      expect(referencedMeetings.map((m: any) => m.id)).toEqual([
        'nuit-2022-09-14',
        'nufa-2022-10-26',
        'nuit-2022-11-17',
        'nasjonalt-e-helserad-2022-12-02',
      ]);
    });

    it('meetings known from 5/22’s papers point back at the items that mention them', async () => {
      const june = await meeting('nasjonalt-e-helsestyre-2022-06-08');
      expect(june).toMatchObject({ sourceKind: 'REFERENCED', knownOnlyByReference: true });
      expect(june.mentions[0]).toMatchObject({
        document: '002',
        line: 450,
        text: '31/22 Godkjenning av referatet fra møtet 8. juni 2022 i Nasjonalt e-helsestyre',
      });
      const { referencedMeetings } = await item('35-22');
      expect(referencedMeetings).toEqual([
        {
          id: 'nuit-2022-09-14',
          date: '2022-09-14',
          endDate: null,
          sourceKind: 'REFERENCED',
          knownOnlyByReference: true,
        },
      ]);
      const own = await meeting('nasjonalt-e-helserad-5-22');
      expect(own).toMatchObject({ sourceKind: 'RECORDED', knownOnlyByReference: false });
      expect(own.mentions).toEqual([]);
    });
  });

  describe('document 004 (Nasjonalt e-helsestyre 3/19, 19.06.2019)', () => {
    it('18/19 approves the minutes of 22.03.2019: a meeting known only by that reference', async () => {
      const { referencedMeetings } = await item('18-19');
      expect(referencedMeetings.map((m: any) => [m.id, m.date, m.sourceKind])).toEqual([
        ['nasjonalt-e-helsestyre-2019-03-22', '2019-03-22', 'REFERENCED'],
      ]);
      const march = await meeting('nasjonalt-e-helsestyre-2019-03-22');
      expect(march).toMatchObject({
        number: null,
        council: { id: 'nasjonalt-e-helsestyre' },
        knownOnlyByReference: true,
        agenda: [],
      });
      expect(march.mentions.map((m: any) => [m.document, m.line, m.text])).toEqual([
        ['004', 20, 'Godkjenning av referat fra møtet 22.03.2019'],
        ['004', 51, 'Godkjenning av referat fra møtet 22. mars 2019'],
        ['004', 55, 'Nasjonalt e-helsestyre godkjenner referat fra møtet 22. mars 2019.'],
      ]);
    });

    it('NUIT 21.11.2018 (22/19) and NUIT 27.05.2019 (21/19), linked from the items that cite them', async () => {
      const november = await meeting('nuit-2018-11-21');
      expect(november).toMatchObject({
        date: '2018-11-21',
        sourceKind: 'REFERENCED',
        council: { id: 'nuit' },
      });
      expect(november.mentions[0]).toMatchObject({
        document: '004',
        line: 921,
        text: 'I NUIT-møtet 21. november 2018 ga utvalget sin tilslutning til den foreslåtte planen for e-helse.',
      });
      expect((await item('22-19')).referencedMeetings.map((m: any) => m.id)).toEqual([
        'nuit-2018-11-21',
      ]);

      const may = await meeting('nuit-2019-05-27');
      expect(may).toMatchObject({ date: '2019-05-27', sourceKind: 'REFERENCED' });
      expect(may.mentions[0].line).toBe(902);
      expect(may.mentions[0].text).toContain('følger opp NUITs vedtak 27.mai');
      // 004 prints "NUIFs"; the mention says so in its note.
      expect(may.mentions[0].note).toContain('NUIFs');
      expect((await item('21-19')).referencedMeetings.map((m: any) => m.id)).toEqual([
        'nuit-2019-05-27',
      ]);
    });

    it('Akson: the additional tasks from HOD and the requirements on dependencies', async () => {
      const { aksonAssessment: akson } = await ok(`{
        aksonAssessment {
          id title assignment assignmentDate
          agendaItem { id number title }
          milestonePlan { id }
          additionalTasks { number text highlighted }
          dependencyRequirements { number text highlighted }
        }
      }`);
      expect(akson).toMatchObject({
        id: 'akson',
        assignmentDate: '2019-04-26',
        agendaItem: { id: '20-19', number: '20/19', title: 'Akson' },
        milestonePlan: { id: 'akson' },
      });
      expect(akson.assignment).toBe(
        'Oppdrag fra Helse- og omsorgsdepartementet (26. april 2019) om å gjennomføre et forprosjekt for tiltak knyttet til helhetlig samhandling og felles kommunal journal.',
      );
      expect(akson.additionalTasks.map((t: any) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(akson.additionalTasks[1]).toEqual({
        number: 2,
        text: 'Gi innspill til lovarbeid for å sikre rettsgrunnlag for felles journalløsning og samhandlingsløsning.',
        highlighted: ['lovarbeid'],
      });
      expect(akson.additionalTasks[7].text).toBe(
        'Inngå intensjonsavtaler med kommuner som representerer omkring halvparten av befolkningen utenfor Midt-Norge. Intensjonsavtalene bør inkludere gevinstrealisering, finansieringsprinsipper og prinsipper for risikodeling.',
      );
      expect(akson.additionalTasks[6].highlighted).toEqual(['deltakelse fra fastleger']);
      expect(akson.dependencyRequirements.map((t: any) => t.number)).toEqual([1, 2, 3]);
      expect(akson.dependencyRequirements[0].highlighted).toEqual([
        'viktigste avhengighetene',
        'programorganisering av tiltaket, trinnvis tilnærming',
        'aktiv porteføljestyring',
      ]);
    });

    it('Akson: the risk table with its printed columns', async () => {
      const { aksonAssessment: akson } = await ok(`{
        aksonAssessment { riskTableTitle risks { position number risk mitigations } }
      }`);
      expect(akson.riskTableTitle).toBe('Prosjektet har en svært stram tidsplan');
      expect(akson.risks.map((r: any) => r.number)).toEqual([null, 1, 2, 3, 4, 5, 6, 7]);
      expect(akson.risks[0]).toMatchObject({
        position: 1,
        risk: 'Generelle risikoreduserende tiltak knyttet til tid og omfang',
      });
      expect(akson.risks[0].mitigations).toHaveLength(6);
      expect(akson.risks[0].mitigations[0]).toBe(
        'Etablere «tilstrekkelig»-nivå opp mot KS-ordningens krav',
      );
      expect(akson.risks[1]).toEqual({
        position: 2,
        number: 1,
        risk: 'Sentrale rammer blir ikke tilstrekkelig avklart (finansiering, styring og organisering)',
        mitigations: [
          'Konkretisere hvilke rammer som må være på plass, forankre forutsetninger der det er tilstrekkelig',
          'Jevnlige avklaringer med HOD',
        ],
      });
      expect(akson.risks[6].mitigations).toContain(
        'Legeforeningen representert i arbeidsmøter knyttet til Prosjektstrategi og Løsningsomfang & arkitektur',
      );
      expect(akson.risks[7]).toEqual({
        position: 8,
        number: 7,
        risk: 'Mangelfull involvering av helsepersonell og profesjonsforeninger',
        mitigations: [],
      });
    });

    it('Akson: the three ownership models and the criteria for choosing between them', async () => {
      const { aksonAssessment: akson } = await ok(`{
        aksonAssessment {
          ownershipQuestion ownershipGuidelines ownershipGuidelinesSource
          ownershipModelsTitle ownershipModels { number name }
          ownershipCriteriaTitle ownershipCriteria { position name description }
        }
      }`);
      expect(akson.ownershipModelsTitle).toBe(
        'Tre hovedmodeller for eierskap til journalløsningen i drift og forvaltning',
      );
      expect(akson.ownershipModels).toEqual([
        { number: 1, name: 'Staten som eier' },
        { number: 2, name: 'Kommunene som eier' },
        { number: 3, name: 'Kommune og stat eier sammen' },
      ]);
      expect(akson.ownershipCriteriaTitle).toBe('Mulige kriterier for valg av eierskapsmodell');
      expect(akson.ownershipCriteria.map((c: any) => c.name)).toEqual([
        'Finansieringsansvar',
        'Endring i sørge-for-ansvaret',
        'Innbyggerperspektivet',
        'Helsepolitisk måloppnåelse',
        'Etableringsutfordringer',
        'Kompetanse og kapasitet',
        'Porteføljens bredde',
      ]);
      expect(akson.ownershipCriteria[0].description).toBe(
        'I hvilken grad bør de som har det overordnede finansieringsansvaret være medeiere i tjenesteleverandøren?',
      );
      expect(akson.ownershipCriteria[6]).toEqual({
        position: 7,
        name: 'Porteføljens bredde',
        description:
          'Hvor krevende vil det være for tjenesteleverandøren å ivareta bredden i løsningsporteføljen?',
      });
      expect(akson.ownershipGuidelines[0]).toBe(
        'Ansvaret for anskaffelsen(e) bør ikke ligge i statsforvaltningen.',
      );
      expect(akson.ownershipGuidelines).toHaveLength(3);
      expect(akson.ownershipGuidelinesSource).toBe(
        'Tillegg til tildelingsbrev nr. 3 2019 – oppstart av forprosjekt for helhetlig samhandling og felles kommunal journal. 26. april 2019',
      );
      expect(akson.ownershipQuestion).toMatch(/herunder et selskap med kommunalt medeierskap$/);
    });
  });

  it('all meetings in date order, with the ones known only by reference marked', async () => {
    const { meetings } = await ok(`{
      meetings(first: 50) { totalCount edges { node { id date knownOnlyByReference } } }
    }`);
    const rows = meetings.edges.map((e: any) => e.node);
    const dates = rows.map((m: any) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(rows.filter((m: any) => m.knownOnlyByReference).map((m: any) => m.id)).toEqual([
      'nuit-2018-11-21',
      'nasjonalt-e-helsestyre-2019-03-22',
      'nuit-2019-05-27',
      'nasjonalt-e-helsestyre-2022-06-08',
      'nuit-2022-09-14',
      'nufa-2022-10-26',
      'nuit-2022-11-17',
      'nasjonalt-e-helserad-2022-12-02',
    ]);
    expect(meetings.totalCount).toBe(11);
  });
});
