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
        actorMap { heading groups { id name continues
          actors { printedName organisation { id name } } } }
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
          id document matrixTitle consequenceAxisLabel consequenceHeading consequenceBasis
          probabilityHeading probabilityMethod matrixLabels } }
      }`);
      expect(portfolioReport.riskAssessment).toEqual({
        id: '2019',
        document: '003',
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
          presentations { document presentedOn printedReference agendaItem { id number } }
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
      expect(portfolioReport.presentations).toEqual([
        {
          document: '004',
          presentedOn: '2019-06-19',
          printedReference: 'Sak 22/19',
          agendaItem: { id: '22-19', number: '22/19' },
        },
        {
          document: '003',
          presentedOn: '2019-10-24',
          printedReference: 'Sak 24/19',
          agendaItem: null,
        },
      ]);
    });
  });

  describe('document 004 (Nasjonalt e-helsestyre 3/19, 19 June 2019)', () => {
    const CASE = `
      id caseReference presentedOn printedTitle mostProfitableConcept finding
      livesSaved livesStatement figuresHeading agenda
      agendaItem { id number title }
      project { id name }
      figures { amount unit printed label year }
      benefits { ratings { label value } description benefitOwner indicators measurement
        contributingDeliveries potential }
      baselineHeading baselineColumns { printed reading }
      baselineRows { number register projectNumber projectName purpose applicationType
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
        figuresHeading: 'Kronikk: Livene vi ikke redder',
        agendaItem: { id: '23-19', number: '23/19', title: 'Helsedataprogrammet' },
        project: { id: '107', name: data.project.name },
      });
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
      expect(rows.every((row: any) => row.register === 'NPR')).toBe(true);
      expect(rows[0]).toEqual({
        number: '2019033',
        register: 'NPR',
        projectNumber: '09/1384',
        projectName: 'ABC studien',
        purpose: 'Forskning',
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
        register: 'NPR',
        projectNumber: '18/35337',
        projectName: 'Prosedurekoder',
        purpose: 'Forskning',
        applicationType: '63-5',
        dataSources: 'NPR',
        dataSourceCount: 1,
        linkageDesign: null,
        deliveryType: 'Engangsutlevering',
        approvalDate: null,
        firstApplicationDate: '2018-11-22',
      });
      expect(rows.filter((row: any) => row.projectNumber === '18/31905')).toHaveLength(3);
      expect(rows.reduce((sum: number, row: any) => sum + row.dataSourceCount, 0)).toBe(61);
    });
  });
});
