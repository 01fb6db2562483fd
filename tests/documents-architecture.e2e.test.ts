import { BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

/*
 * Issue 14, the architecture subgraph's part: the facts of documents 000, 001 and 004 that the
 * API could not reach before, asserted through the gateway with the values the documents print
 * (000 l. 218–275; 001 l. 38–106, 306–368; 004 l. 784–896, 1190–1202).
 */
describe.each(BACKENDS)('architecture document facts through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'doc_arch');
  });
  afterAll(() => stack?.stop());

  const query = async (text: string) => {
    const { data, errors } = await stack.query(text);
    expect(errors).toBeUndefined();
    return data as any;
  };

  describe('document 000 (2012 slides)', () => {
    it('serves "Handlingsplan mot 2013" with its nine risk factors and six measures, in printed order', async () => {
      const { actionPlan2013: plan } = await query(`{
        actionPlan2013 {
          id title
          targetPictures { number title }
          riskFactors { id number text }
          measures { id number text note }
        }
      }`);
      expect(plan.id).toBe('handlingsplan-mot-2013');
      expect(plan.title).toBe('Handlingsplan mot 2013');
      expect(plan.targetPictures.map((p: any) => p.title)).toEqual([
        'Tilgang til pasientopplysninger',
        'Elektronisk informasjonsutveksling',
        'Møte pasient og bruker på nett',
        'Kunnskap til helsepersonell',
      ]);
      expect(plan.riskFactors.map((r: any) => r.text)).toEqual([
        'Manglende styring, koordinering og prioritering av innsatsområdene',
        'Uforutsigbarhet knyttet til myndighetenes ambisjonsnivå',
        'Leverandørkapasitet',
        'Manglende ressurser til drift og utvikling',
        'Informasjonssikkerhet/ personvern',
        'Manglende finansiering/ prinsipper og ansvar for finansiering',
        'Juridiske hindringer og manglende juridiske virkemidler',
        'Manglende kapasitet hos RHFene',
        'Manglende kompetanse og kapasitet hos kommunene',
      ]);
      expect(plan.riskFactors.map((r: any) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(plan.riskFactors[0].id).toBe('handlingsplan-mot-2013:risikofaktor:1');
      expect(plan.measures.map((m: any) => m.text)).toEqual([
        'eHelsegruppen: Nasjonal rådgivende gruppe, gi råd om prioritering, koordinere, utarbeide klare framdriftsplaner',
        'Styringsmodell for sektoren, inkludert eget arkitekturforum',
        'Grundig risikovurdering – konsekvensutredninger for alle aktørene; kapasitet RHF, kommune, legekontor, leverandører',
        'Dialog med leverandørene – kapasitet, informere, bestille',
        'Styrke standardiseringsarbeidet. Etablere sertifiseringsordning',
        'Lovendringer – krav til funksjonalitet og standardisering, informasjonssikkerhet, kjernejournal, ”tilgang på tvers',
      ]);
      expect(plan.measures[5].id).toBe('handlingsplan-mot-2013:tiltak:6');
      // The text export ends inside the sixth measure.
      expect(plan.measures[5].note).toMatch(/cut off/i);
      expect(plan.measures.slice(0, 5).every((m: any) => m.note === null)).toBe(true);
    });

    it('keeps Query.targetPictures as it was', async () => {
      const { targetPictures } = await query(`{ targetPictures { id number title } }`);
      expect(targetPictures.map((p: any) => p.id)).toEqual(['1', '2', '3', '4']);
    });
  });

  describe('document 001 (Én innbygger – én journal)', () => {
    it('serves the three goals of Meld. St. 9 (2012-2013) in printed order', async () => {
      const { oneCitizenOneRecord: initiative } = await query(`{
        oneCitizenOneRecord {
          id name whitePaper whitePaperStatement
          whitePaperGoals { id number text heading }
        }
      }`);
      expect(initiative.name).toBe('Én innbygger – én journal');
      expect(initiative.whitePaper).toBe('Meld. St. 9 (2012-2013)');
      expect(initiative.whitePaperStatement).toBe(
        'Meld. St. 9 (2012-2013) definerer tre mål for IKT-utviklingen i helse- og omsorgstjenesten',
      );
      expect(initiative.whitePaperGoals).toEqual([
        {
          id: 'en-innbygger-en-journal:1',
          number: 1,
          text: 'Helsepersonell skal ha enkel og sikker tilgang til pasient- og brukeropplysninger',
          heading: 'Informasjonstilgang til helsepersonell',
        },
        {
          id: 'en-innbygger-en-journal:2',
          number: 2,
          text: 'Innbyggerne skal ha tilgang på enkle og sikre digitale tjenester',
          heading: 'Digitale innbyggertjenester',
        },
        {
          id: 'en-innbygger-en-journal:3',
          number: 3,
          text: 'Data skal være tilgjengelig for kvalitetsforbedring, helseovervåking, styring og forskning',
          heading: 'Informasjonstilgang til sekundærbruk',
        },
      ]);
    });

    it('serves the system areas as printed, the two of the core system with what they contain', async () => {
      const { oneCitizenOneRecord: initiative } = await query(`{
        oneCitizenOneRecord {
          coreSystemStatement
          systemAreas { id position name partOfCoreSystem description remark functions { id letter text } }
        }
      }`);
      expect(initiative.coreSystemStatement).toBe(
        'De systemområder som er definert som kjernesystem er de sentrale for realisering av kravene for «Én innbygger - én journal»',
      );
      const areas = initiative.systemAreas;
      expect(areas.map((a: any) => a.name)).toEqual([
        'Klinisk dokumentasjon og prosess',
        'Pasient-/brukeradministrasjon',
        'Laboratorie',
        'Helsepersonells arbeidsverktøy',
        'Radiologi',
        'Innbyggere',
        'Analyselager/datavarehus',
        'Virksomhetsstyring/økonomistyring',
        'Logistikk og ressursstyring',
        'Innovasjonsevne',
      ]);
      expect(areas.filter((a: any) => a.partOfCoreSystem).map((a: any) => a.name)).toEqual([
        'Klinisk dokumentasjon og prosess',
        'Pasient-/brukeradministrasjon',
      ]);
      const [clinical, administration] = areas;
      expect(clinical.description).toBe(
        'Representerer i denne sammenhengen basisverktøyet for helsepersonell flest. Inneholder systemer for:',
      );
      expect(clinical.functions.map((f: any) => f.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(clinical.functions[1]).toEqual({
        id: 'klinisk-dokumentasjon-og-prosess:b',
        letter: 'b',
        text: 'Å vise og dokumentere som funksjon av tid (KURVE)',
      });
      expect(clinical.functions[4].text).toBe(
        'All håndtering og dokumentasjon av legemidler (KURVE, Hoved EPJ/PAS)',
      );
      expect(clinical.remark).toContain('Fødejournal og Digitalt Mediearkiv');
      expect(administration.functions.map((f: any) => f.text)).toEqual([
        'Håndtering av pasient/brukerrettigheter (håndtering av henvisninger og søknader inkl. saksbehandling knyttet til tjenester i kommunal helse- og omsorgstjeneste, innbyggerlister hos fastleger, personverntjenester som f.eks. skjerming, sletting, etc)',
        'Styring av tjenester og ressurser, herunder administrasjon av pasientens avtaler, timebooking og operativ styring av ressurser som skal yte de',
        'Prosesstøtte for å understøtte utførelse av tjenestene',
      ]);
      expect(administration.remark).toMatch(/^Pasientadministrasjonssystemer \(PAS\)/);
      expect(areas.slice(2).every((a: any) => a.functions.length === 0)).toBe(true);
    });

    it('serves the welfare technology programme’s effects and rollout waves, cities linked to organisations', async () => {
      const { welfareTechnologyProgramme: programme } = await query(`{
        welfareTechnologyProgramme {
          name
          assignments { number }
          effects { id kind text }
          exampleTechnologies { name }
          rolloutWaves { id number name cities { id name organisation { id name } } }
        }
      }`);
      expect(programme.name).toBe('Velferdsteknologiprogrammet');
      expect(programme.assignments).toHaveLength(5);
      expect(programme.effects.map((e: any) => [e.kind, e.text])).toEqual([
        ['GAIN', 'Økt kvalitet'],
        ['GAIN', 'Spart tid'],
        ['GAIN', 'Unngåtte kostnader'],
        ['SATISFACTION', 'Fornøyde brukere!'],
        ['SATISFACTION', 'Fornøyde ansatte!'],
        ['SATISFACTION', 'Fornøyde pårørende!'],
      ]);
      expect(programme.exampleTechnologies.map((e: any) => e.name)).toEqual([
        'Elektronisk medisineringsstøtte',
        'Varslings- og lokaliseringsteknologi (GPS)',
        'Elektroniske dørlåser',
        'Elektronisk medisindispenser (Pilly)',
        'Helsesjekk',
      ]);
      const [first, second] = programme.rolloutWaves;
      expect(programme.rolloutWaves).toHaveLength(2);
      expect(first.name).toBe('Spredningspulje 1');
      expect(first.id).toBe('velferdsteknologiprogrammet:pulje:1');
      expect(first.cities.map((c: any) => c.name)).toEqual([
        'Oslo',
        'Stavanger',
        'Trondheim',
        'Sarpsborg',
      ]);
      expect(first.cities.map((c: any) => c.organisation)).toEqual([
        { id: 'oslo-kommune', name: 'Oslo kommune' },
        { id: 'stavanger-kommune', name: 'Stavanger kommune' },
        { id: 'trondheim-kommune', name: 'Trondheim kommune' },
        { id: 'sarpsborg-kommune', name: 'Sarpsborg kommune' },
      ]);
      expect(second).toMatchObject({ number: 2, name: 'Pulje 2 osv', cities: [] });
    });

    it('does not duplicate the effect-goal tree already served', async () => {
      const { effectAreas } = await query(`{ effectAreas { code } }`);
      expect(effectAreas.map((a: any) => a.code)).toEqual(['1', '2']);
    });
  });

  describe('document 004 (Nasjonalt e-helsestyre 3/19)', () => {
    it('serves the Felles grunnmur needs for 2020: 25 tiltak, five recommended for 2019, about 200 MNOK', async () => {
      const { fellesGrunnmurNeeds2020: needs } = await query(`{
        fellesGrunnmurNeeds2020 {
          id year heading
          agendaItems { id number title }
          measuresStatement plannedMeasureCount recommendedFor2019Count
          measures { code resultGoal { code } }
          investmentStatement investmentNeedMnok investmentNeedApproximate investmentFootnote
          investmentExcludedProject { id name }
          implementationStatement note
        }
      }`);
      expect(needs.id).toBe('felles-grunnmur-2020');
      expect(needs.year).toBe(2020);
      expect(needs.heading).toBe('Hva er behovet i 2020?');
      expect(needs.agendaItems.map((a: any) => [a.id, a.number])).toEqual([
        ['21-19', '21/19'],
        ['22-19', '22/19'],
      ]);
      expect(needs.agendaItems[0].title).toBe('Nasjonal arkitekturstyring og Felles grunnmur');
      expect(needs.measuresStatement).toBe(
        'Totalt 25 tiltak i veikartet for 2020, fem av disse var anbefalt gjennomført i 2019',
      );
      expect(needs.plannedMeasureCount).toBe(25);
      expect(needs.recommendedFor2019Count).toBe(5);
      expect(needs.measures).toHaveLength(25);
      expect(needs.measures[0].code).toBe('RM1-T3');
      expect(needs.measures[24].code).toBe('RM7-T5');
      expect(new Set(needs.measures.map((m: any) => m.resultGoal.code))).toEqual(
        new Set(['RM1', 'RM2', 'RM3', 'RM4', 'RM5', 'RM7']),
      );
      expect(needs.investmentStatement).toBe(
        'Totalt investeringsbehov for 2020 er omtrent 200* MNOK dersom anbefalt veikart skal følges',
      );
      expect(needs.investmentNeedMnok).toBe(200);
      expect(needs.investmentNeedApproximate).toBe(true);
      expect(needs.investmentFootnote).toBe(
        '*Program kodeverk og terminologi – Felles språk (PKT) er holdt utenom da det gjennomføres en egen finansieringsprosess for programmet',
      );
      expect(needs.investmentExcludedProject.id).toBe('47');
      expect(needs.implementationStatement).toBe(
        'Gjennomføring krever at ansvar og finansieringsbehov fordeles. Er det flere prosjekter eller programmer som kan ta bidra med å gjennomføre eller samarbeide om tiltak?',
      );
      // 22/19 repeats the slide with other words; the note says how.
      expect(needs.note).toContain('Totalt 25 tiltak på planen i 2020');
    });

    it('serves the consequences of postponement, the priorities and the implementation models, verbatim', async () => {
      const { fellesGrunnmurNeeds2020: needs } = await query(`{
        fellesGrunnmurNeeds2020 {
          postponementHeading postponementConsequences
          priorityHeading priorities { id area items resultGoal { code title } }
          continuedHeading continued { text project { id } resultGoal { code } }
          portfolioSelectionHeading portfolioSelection portfolioSelectionQuestion
          implementationModelsHeading implementationModels { id number text } implementationModelsNote
        }
      }`);
      expect(needs.postponementHeading).toBe('Konsekvenser av utsatte tiltak i Felles grunnmur:');
      expect(needs.postponementConsequences).toEqual([
        'felles behov løses hver for seg',
        'manglende samhandlingsevne',
        'opparbeidelse av teknisk gjeld',
        '«windows of opportunities» passerer',
      ]);
      expect(needs.priorityHeading).toBe('Foreløpig vurdering av tiltak som bør prioriteres:');
      expect(needs.priorities.map((p: any) => [p.area, p.resultGoal.code])).toEqual([
        ['Grunndata', 'RM5'],
        ['HelseID', 'RM2'],
        ['Dokumentdeling', 'RM3'],
        ['Datadeling', 'RM4'],
      ]);
      expect(needs.priorities[0].items).toEqual([
        'Behov for risikoreduserende tiltak på dagens plattform',
        'Ferdigstille tjenester for person',
        'Tjenester for Personell og Virksomheter',
      ]);
      expect(needs.priorities[3].items).toEqual(['Krav og retningslinjer og API mangement']);
      expect(needs.priorities[2].resultGoal.title).toBe(
        'Dokumentdeling er en standardisert samhandlingsform',
      );
      expect(needs.continuedHeading).toBe('Forventes videreført i 2020');
      expect(needs.continued).toEqual([
        {
          text: 'Program Kodeverk og Terminologi – Felles språk',
          project: { id: '47' },
          resultGoal: { code: 'RM6' },
        },
        {
          text: 'MF Helses etablering av grunndataplattform og tjeneste for Person',
          project: { id: '100' },
          resultGoal: { code: 'RM5' },
        },
        {
          text: 'samarbeid mellom Helse Sør-Øst og Kjernejournal',
          project: null,
          resultGoal: null,
        },
      ]);
      expect(needs.portfolioSelectionHeading).toBe('Utvalg av tiltak i nasjonal portefølje');
      expect(needs.portfolioSelection).toEqual([
        'Helseplattformen',
        'HELIKS',
        'Regionalt innsyn',
        'MF Helse',
        'VKP',
        'Helsedataprogrammet',
        'FRESK',
        'Helsedirektoratets prosjekter',
        '.....',
      ]);
      expect(needs.portfolioSelectionQuestion).toBe(
        'Hvordan utnytte tiltakene til å realisere Felles grunnmur?',
      );
      expect(needs.implementationModelsHeading).toBe('Gjennomføringsansvar');
      expect(needs.implementationModels.map((m: any) => [m.number, m.text])).toEqual([
        [
          1,
          'Prosjekter som tar et helhetlig ansvar for gjennomføring og finansiering av et tiltak',
        ],
        [2, 'Prosjekter som tar ansvar for og finansierer deler av et tiltak'],
        [3, 'Samarbeidsprosjekter som bidrar med faglig ekspertise, piloterer nasjonalt etc.'],
        [4, 'Samfinansiering av tiltak som ivaretas av en annen aktør'],
      ]);
      expect(needs.implementationModels[0].id).toBe('felles-grunnmur-2020:modell:1');
      expect(needs.implementationModelsNote).toBe(
        'I alle modellene vil det være et samarbeid og støtte fra direktoratet for e-helse for å sikre at alle aktørers interesser ivaretas på en balansert måte.',
      );
    });
  });
});
