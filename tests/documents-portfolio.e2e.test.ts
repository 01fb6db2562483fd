import { BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

/*
 * The facts issue 14 brought into the portfolio subgraph, asserted through the gateway with
 * the values the documents print (typed from ../shared/seeds, not read from data/).
 */
describe.each(BACKENDS)('the documents’ portfolio facts through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'doc_portfolio');
  });
  afterAll(() => stack?.stop());

  const query = async (text: string) => {
    const { data, errors } = await stack.query(text);
    expect(errors).toBeUndefined();
    return data as any;
  };

  describe('correction 4: organisations', () => {
    it('holds Sarpsborg kommune (001) and Helse Bergen HF (002)', async () => {
      const data = await query(`{
        sarpsborg: organisation(id: "sarpsborg-kommune") { id name kind }
        bergen: organisation(id: "helse-bergen-hf") { id name kind }
        oslo: organisation(id: "oslo-economics") { name kind }
        menon: organisation(id: "menon-economics") { name kind }
        organisationsConnection(first: 1) { totalCount }
      }`);
      expect(data.sarpsborg).toEqual({
        id: 'sarpsborg-kommune',
        name: 'Sarpsborg kommune',
        kind: 'MUNICIPALITY',
      });
      expect(data.bergen).toEqual({
        id: 'helse-bergen-hf',
        name: 'Helse Bergen HF',
        kind: 'HEALTH_TRUST',
      });
      expect(data.oslo).toEqual({ name: 'Oslo Economics', kind: 'OTHER' });
      expect(data.menon).toEqual({ name: 'Menon Economics', kind: 'OTHER' });
      expect(data.organisationsConnection.totalCount).toBe(63);
    });
  });

  describe('document 000 (2012 slides)', () => {
    it('lists the ten national initiatives in printed order', async () => {
      const { nationalInitiatives } = await query(
        `{ nationalInitiatives { id position name document line } }`,
      );
      expect(nationalInitiatives.map((i: any) => i.name)).toEqual([
        'Kjernejournal',
        'Helseportal',
        'eResept',
        'Helsekort for gravide',
        'Automatisk frikort',
        'Nasjonalt meldingsløft',
        'Meldingsløft i kommunene',
        'Registre',
        'System for kvalitetsindikatorer',
        'Norsk helsenett',
      ]);
      expect(nationalInitiatives[0]).toEqual({
        id: '000:1',
        position: 1,
        name: 'Kjernejournal',
        document: '000',
        line: 3,
      });
      expect(nationalInitiatives[9].line).toBe(21);
    });

    it('serves the actor map’s six groups with their actors, organisations linked by key', async () => {
      const { actorMap } = await query(`{
        actorMap { heading groups { id name continues membershipNote
          actors { printedName note organisation { id name } council { id name } } } }
      }`);
      expect(actorMap.heading).toBe('Mange aktører og interessenter');
      expect(actorMap.groups.map((g: any) => g.name)).toEqual([
        'Myndigheter',
        'Tjenesteytere',
        'Leverandører',
        'Kompetansesentre',
        'Interesseorganisasjoner',
        'Samhandlingsarenaer',
      ]);
      const group = (name: string) => actorMap.groups.find((g: any) => g.name === name);
      const names = (name: string) => group(name).actors.map((a: any) => a.printedName);
      const linked = (name: string) =>
        Object.fromEntries(
          group(name).actors.map((a: any) => [a.printedName, a.organisation?.id ?? null]),
        );

      expect(names('Myndigheter')).toEqual([
        'HOD',
        'Helsedir',
        'FHI',
        'FAD',
        'DIFI',
        'KRD',
        'AD',
        'NAV',
        'FI',
        'Skattedir',
      ]);
      expect(linked('Myndigheter')).toMatchObject({
        HOD: 'helse-og-omsorgsdepartementet',
        Helsedir: 'helsedirektoratet',
        NAV: 'arbeids-og-velferdsetaten',
        Skattedir: 'skattedirektoratet',
      });
      expect(linked('Tjenesteytere')).toEqual({
        RHF: null,
        Kommuner: null,
        'Lege, tannlege, fysioterapeut, mm': null,
        'Apotek/bandasjist': null,
        'Laboratorier/røntgen': null,
      });
      expect(linked('Leverandører')).toEqual({
        'Norsk Helsenett SF': 'norsk-helsenett-sf',
        'EPJ-leverandører': null,
        'Sentrale helseregistre': null,
      });
      expect(names('Kompetansesentre')).toEqual(['KITH', 'NST', 'NSEP', 'SKDE*']);
      expect(group('Kompetansesentre').actors[3].organisation.name).toBe(
        'Senter for klinisk dokumentasjon og evaluering',
      );
      expect(linked('Interesseorganisasjoner')).toEqual({
        Legeforeningen: 'den-norske-legeforening',
        Sykepleierforbundet: 'norsk-sykepleierforbund',
        Tannlegeforeningen: 'den-norske-tannlegeforening',
        KS: 'ks',
        'IKT-Norge': 'ikt-norge',
      });
      expect(names('Samhandlingsarenaer')).toEqual([
        'eHelsegruppen',
        'Nasjonal IKT',
        'Samarbeidsrådet',
        'KS-IKT',
      ]);
      expect(linked('Samhandlingsarenaer').eHelsegruppen).toBeNull();
      // Bodies the governance subgraph holds are linked to its councils, answered from there.
      expect(
        group('Samhandlingsarenaer').actors.map((a: any) => [a.printedName, a.council]),
      ).toEqual([
        ['eHelsegruppen', { id: 'ehelsegruppen', name: 'eHelsegruppen' }],
        ['Nasjonal IKT', null],
        ['Samarbeidsrådet', { id: 'samarbeidsradet', name: 'Samarbeidsrådet' }],
        ['KS-IKT', { id: 'ks-ikt', name: 'KS-IKT' }],
      ]);
      // The export prints the group names (l. 28–73) apart from the actors (l. 77–135): every
      // group says that its membership is inferred, and which lines it was given.
      for (const g of actorMap.groups) {
        expect(g.membershipNote).toMatch(/^Inference: /);
        expect(g.membershipNote).toContain('l. 28–73');
      }
      expect(group('Myndigheter').membershipNote).toContain('l. 120–135');
      expect(group('Tjenesteytere').membershipNote).toContain('l. 79–92');
      expect(group('Leverandører').membershipNote).toContain('l. 94–101');
      expect(group('Kompetansesentre').membershipNote).toContain('l. 105');
      expect(group('Interesseorganisasjoner').membershipNote).toContain('l. 107–116');
      expect(group('Samhandlingsarenaer').membershipNote).toContain('l. 118');
      // "FI" (l. 133) is read as Finansdepartementet, and the note says it is a reading.
      const fi = group('Myndigheter').actors.find((a: any) => a.printedName === 'FI');
      expect(fi.organisation).toEqual({ id: 'finansdepartementet', name: 'Finansdepartementet' });
      expect(fi.note).toMatch(/^Inference: read as Finansdepartementet/);
      expect(fi.note).toContain('Finanstilsynet');
      // Every group but the first two closes with "m.fl...".
      expect(actorMap.groups.map((g: any) => g.continues)).toEqual([
        false,
        false,
        true,
        true,
        true,
        true,
      ]);
    });
  });

  describe('document 001 (Én innbygger – én journal)', () => {
    it('serves the sector’s key figures with the printed wording', async () => {
      const { sectorKeyFigures } = await query(`{
        sectorKeyFigures { heading statement document figures { id value printedValue label } }
      }`);
      expect(sectorKeyFigures.heading).toBe('Bakgrunn');
      expect(sectorKeyFigures.statement).toBe(
        'Helsesektoren består av 17.000 aktører fordelt på fire regionale helseforetak og 428 kommuner',
      );
      expect(sectorKeyFigures.document).toBe('001');
      expect(sectorKeyFigures.figures).toEqual([
        { id: '001:1', value: 17000, printedValue: '17.000', label: 'aktører' },
        { id: '001:2', value: 4, printedValue: 'fire', label: 'regionale helseforetak' },
        { id: '001:3', value: 428, printedValue: '428', label: 'kommuner' },
      ]);
    });
  });

  describe('document 003 (Arena for fag- og interesseorganisasjoner, October 2019)', () => {
    it('serves how probability and consequence were assessed', async () => {
      const { portfolioReport } = await query(`{
        portfolioReport(year: 2019) { riskAssessment {
          id document lines matrixTitle consequenceAxisLabel consequenceHeading consequenceBasis
          probabilityHeading probabilityMethod matrixLabels note } }
      }`);
      const { note, ...assessment } = portfolioReport.riskAssessment;
      // The labels "2 5" close the method at l. 1356.
      expect(note).toContain('4, 1, 3 (l. 1316–1320) and 2, 5 (l. 1356)');
      expect(assessment).toEqual({
        id: '2019',
        document: '003',
        lines: '1312–1356',
        matrixTitle: 'Risikomatrise med hovedutfordringer i nasjonal portefølje',
        consequenceAxisLabel: 'Konsekvens…',
        consequenceHeading: 'Konsekvensvurdering for porteføljen som helhet',
        consequenceBasis: 'Konsekvenser for realisering av nasjonal e-helsestrategi:',
        probabilityHeading: 'Sannsynlighetsvurdering',
        probabilityMethod:
          'Sannsynlighet er vurdert ut fra hvor mange prosjekter som rapporterer risiko på risikoområdet og hvor alvorlig risikoen er vurdert',
        matrixLabels: ['4', '1', '3', '2', '5'],
      });
    });

    it('serves the June 2019 wording of the five challenges beside the October wording', async () => {
      const { portfolioReport } = await query(`{
        portfolioReport(year: 2019) { challenges { rank description
          wordings { id document date text lines } } }
      }`);
      const challenges = portfolioReport.challenges;
      expect(challenges).toHaveLength(5);
      for (const challenge of challenges) {
        expect(challenge.wordings.map((w: any) => [w.document, w.date])).toEqual([
          ['004', '2019-06-19'],
          ['003', '2019-10-24'],
        ]);
        expect(challenge.wordings[1].text).toBe(challenge.description);
      }
      expect(challenges[0].wordings[0]).toMatchObject({
        id: '2019:1:004',
        text: 'Manglende prioritering av i grunnmursarbeid forsinket og fordyrer videreutvikling av nasjonale e-helseløsninger',
      });
      expect(challenges[0].wordings[1].text).toBe(
        'Manglende leveransekraft i grunnmursarbeid undergraver samhandling og videreutvikling av nasjonale e-helseløsninger, og fordyrer utviklingen',
      );
      expect(challenges[2].wordings[0].text).toBe(
        'Manglende videreutvikling av EPJ-løsningene vil forsinke utbredelse av nasjonale løsninger',
      );
      expect(challenges[1].wordings[0].text).toBe(
        'Manglende bredding av nasjonale løsninger reduserer muligheter for å realisere gevinster',
      );
    });

    it('dates the report honestly and labels the unlabelled 50 and 1302', async () => {
      const { portfolioReport } = await query(`{
        portfolioReport(year: 2019) {
          asOfMonth lastUpdated projectCount projectCountUnlabelled
          reportedBudget reportedBudgetUnlabelled
          presentations { document presentedOn printedReference lines note agendaItem { id number } }
        }
      }`);
      expect(portfolioReport).toMatchObject({
        asOfMonth: '2019-04',
        lastUpdated: '2019-05-23',
        projectCount: 52,
        projectCountUnlabelled: 50,
        reportedBudget: 1515,
        reportedBudgetUnlabelled: 1302,
      });
      expect(portfolioReport.presentations).toMatchObject([
        {
          document: '004',
          presentedOn: '2019-06-19',
          printedReference: 'Sak 22/19',
          // From "**Sak 22/19**" (l. 910) to its Forslag til vedtak (l. 1237–1239).
          lines: '910–1239',
          agendaItem: { id: '22-19', number: '22/19' },
        },
        {
          document: '003',
          presentedOn: '2019-10-24',
          printedReference: 'Sak 24/19',
          // From the section title "Nasjonal e-helseportefølje" (l. 384) to the matrix labels "2 5" (l. 1356).
          lines: '384–1356',
          agendaItem: null,
        },
      ]);
      // 003's portfolio section prints only «Oktober 2019» (l. 388); the day comes from the
      // Akson talk's cover in the same document (l. 1379), under the agenda's event name (l. 2).
      const october = portfolioReport.presentations[1].note;
      expect(october).toContain('Nasjonal arena for fag- og interesseorganisasjoner');
      expect(october).toContain('«Oktober 2019» (l. 388)');
      expect(october).toContain('«24. oktober 2019» (l. 1377–1379)');
      expect(october).toContain('inference');
    });
  });

  describe('document 004 (Nasjonalt e-helsestyre 3/19, 19 June 2019)', () => {
    const CASE = `
      id caseReference presentedOn printedTitle mostProfitableConcept finding
      livesSaved livesStatement livesStatementLine figuresHeading figuresHeadingLine
      figuresPlacementNote taxNotes { text line } agenda
      agendaItem { id number title }
      project { id name }
      figures { amount unit printed label year }
      benefits { ratings { label value } description benefitOwner indicators measurement
        contributingDeliveries potential }
      baselineHeading baselineColumns { printed reading }
      baselineRows { number registerOrInstallation projectNumber projectName applicationWith applicationType
        dataSources dataSourceCount linkageDesign deliveryType approvalDate firstApplicationDate }`;

    it('serves the Helsedataprogrammet benefit case from Project 107 and from the root', async () => {
      const data = await query(`{
        project(id: "107") { name benefitCase { ${CASE} } }
        benefitCases { id }
        other: project(id: "11") { benefitCase { id } }
      }`);
      expect(data.benefitCases).toEqual([{ id: 'helsedataprogrammet-2019' }]);
      expect(data.other.benefitCase).toBeNull();
      const benefitCase = data.project.benefitCase;
      expect(benefitCase).toMatchObject({
        caseReference: 'Sak 23/19',
        presentedOn: '2019-06-19',
        printedTitle: 'Helsesdataprogrammet',
        mostProfitableConcept: 7,
        finding:
          'Nåverdiberegningene viste at konsept 7 er det samfunnsøkonomisk mest lønnsomme alternativet',
        livesSaved: 24,
        livesStatement: '24 sparte liv dekker investeringen i konsept 7',
        livesStatementLine: 1322,
        figuresHeading: 'Kronikk: Livene vi ikke redder',
        figuresHeadingLine: 1291,
        agendaItem: { id: '23-19', number: '23/19', title: 'Helsedataprogrammet' },
        project: { id: '107', name: data.project.name },
      });
      // The figures' placement under the op-ed is an inference; the nearest heading above them
      // is the op-ed's sub-heading (l. 1304), on the slide of l. 1289.
      expect(benefitCase.figuresPlacementNote).toMatch(/^Inference: /);
      expect(benefitCase.figuresPlacementNote).toContain(
        '«– Liv går tapt mens vi venter» (l. 1304)',
      );
      expect(benefitCase.figuresPlacementNote).toContain('(l. 1289)');
      // The tax footnote twice (l. 1281, l. 1287) and a differently worded one (l. 1328).
      expect(benefitCase.taxNotes).toEqual([
        { text: '*Netto skattevirkning er inkludert i nåverdiberegningene', line: 1281 },
        { text: '*Netto skattevirkning er inkludert i nåverdiberegningene', line: 1287 },
        { text: '*Skattevirkninger er inkludert i nåverdiberegningene', line: 1328 },
      ]);
      expect(benefitCase.agenda).toEqual([
        'Samfunnsøkonomisk analyse av Helseanalyseplattformen',
        'Gevinster for registerforvaltningen',
        'Bearbeiding og konkretisering av gevinster',
        'Samarbeid om gevinstrealisering',
      ]);
      expect(benefitCase.figures).toEqual([
        {
          amount: 360,
          unit: 'MRD',
          printed: '360 MRD',
          label: 'Norges totale helseutgifter i 2018',
          year: 2018,
        },
        {
          amount: 1,
          unit: 'MRD',
          printed: '1 MRD',
          label: 'Erstatningsutbetalinger etter feilbehandling i 2018',
          year: 2018,
        },
        {
          amount: 1860,
          unit: 'MRD',
          printed: '1 860 MRD',
          label: 'Samfunnskostnader ved sykdom og ulykker i 2013',
          year: 2013,
        },
      ]);
    });

    it('serves the benefit table and the baseline table verbatim', async () => {
      const { benefitCases } = await query(`{ benefitCases { ${CASE} } }`);
      const [benefitCase] = benefitCases;
      expect(benefitCase.benefits).toEqual([
        {
          ratings: [
            { label: 'STRATEGISK VIKTIGHET', value: 'HØY' },
            { label: 'MÅLBARHET', value: 'MIDDELS' },
            { label: 'KAUSALITET HDP', value: 'MIDDELS' },
            { label: 'RISIKO', value: 'MIDDELS' },
          ],
          description:
            'Mer og bedre helseforskning grunnet enklere tilgang til og analyse av helsedata',
          benefitOwner:
            'Universiteter, høyskoler, forskningsinstitutter, helseforetak og næringsliv',
          indicators: [
            'Antall søknader om data til forskning',
            'Antall (og kvalitet på) publikasjoner basert på registerdata',
            'Antall internasjonale prosjekter',
          ],
          measurement: [
            'Årsrapporter helseregistre og REK',
            'Statistikk fra CRISTIN og søknadstjenesten',
          ],
          contributingDeliveries: [
            'Innbyggertjenester',
            'Integrasjonstjenester',
            'Metadatatjenester',
            'Søknads- og veiledningstjenester',
            'Arkitekturstyring',
            'Regelverksutvikling',
            'Data- og analysetjenester',
            'Organisasjonsutvikling',
            'Forvaltningstjenester',
          ],
          potential: 'GEVINSTPOTENSIAL (IKKE KVANTIFISERT)',
        },
      ]);
      expect(benefitCase.baselineHeading).toBe('Gjennomføre nullpunktsmålninger');
      expect(benefitCase.baselineColumns.map((c: any) => c.printed)).toEqual([
        '#',
        'Uthyt av register / Installasjon',
        'Prosjekt nr',
        'Prosjekt navn',
        'Søknad med',
        'Type søknad',
        'Dataklider involvert',
        'Antall dataklider involvert',
        'Koblingsdesign',
        'Type utlevering',
        'Data for REX godkjenning',
        'Data for mottak av første søknad',
      ]);
      expect(benefitCase.baselineColumns[6].reading).toBe('Datakilder involvert');
      const rows = benefitCase.baselineRows;
      expect(rows).toHaveLength(26);
      expect(rows.every((row: any) => row.registerOrInstallation === 'NPR')).toBe(true);
      expect(rows[0]).toEqual({
        number: '2019033',
        registerOrInstallation: 'NPR',
        projectNumber: '09/1384',
        projectName: 'ABC studien',
        applicationWith: 'Forskning',
        applicationType: '63-6',
        dataSources: 'MoBa undersøkelsen',
        dataSourceCount: 2,
        linkageDesign: 'distribuert',
        deliveryType: 'Rullerende sak',
        approvalDate: '2007-06-04',
        firstApplicationDate: '2018-03-23',
      });
      expect(rows[7]).toMatchObject({
        projectNumber: '15/7408',
        dataSources: 'kun endringsvedtak',
        linkageDesign: null,
        deliveryType: 'Prosjektendring',
      });
      expect(rows[25]).toEqual({
        number: '2019020',
        registerOrInstallation: 'NPR',
        projectNumber: '18/35337',
        projectName: 'Prosedurekoder',
        applicationWith: 'Forskning',
        applicationType: '63-5',
        dataSources: 'NPR',
        dataSourceCount: 1,
        linkageDesign: null,
        deliveryType: 'Engangsutlevering',
        approvalDate: null,
        firstApplicationDate: '2018-11-22',
      });
      expect(rows.filter((row: any) => row.projectNumber === '18/31905')).toHaveLength(3);
      // «Søknad med» is truncated as printed in one row (l. 1448).
      expect(rows[10]).toMatchObject({ projectNumber: '17/1810', applicationWith: 'Helsever' });
      expect(rows.reduce((sum: number, row: any) => sum + row.dataSourceCount, 0)).toBe(61);
    });
  });
});
