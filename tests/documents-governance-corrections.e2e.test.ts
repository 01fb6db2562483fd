import { BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

/*
 * Issue 14, governance: the corrections (32/22's orientations, dated memberships, no invented
 * quotations) and the 2012 bodies' participants and tasks, asserted through the gateway with
 * the documents' own values (typed from the seed text, not read from the transcribed JSON).
 */

const SEATS_OF = `query($id: ID!, $on: Date) {
  organisation(id: $id) {
    membershipsConnection(activeOn: $on, first: 50) {
      totalCount
      edges { node { council { id } person { name } } }
    }
    memberships(activeOn: $on) { person { name } }
  }
}`;

const MEMBERS_ON = `query($id: ID!, $on: Date) {
  council(id: $id) {
    membershipsConnection(activeOn: $on, first: 50) {
      totalCount
      edges { node {
        role from fromPrecision to toPrecision documentedOn
        documentedAt { id number date council { id } }
        person { name }
      } }
    }
  }
}`;

const BODY_2012 = `query($id: ID!) {
  council(id: $id) {
    name
    participants { id position printedAs role organisations { id name } council { id } }
    tasks { id number kind heading text details }
  }
}`;

describe.each(BACKENDS)('governance corrections through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'doc_gov_corr');
  });
  afterAll(() => stack?.stop());

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await stack.query(query, variables);
    expect(errors).toBeUndefined();
    return data;
  };
  const seatsOf = async (id: string, on: string) => (await ok(SEATS_OF, { id, on })).organisation;
  const membersOn = async (id: string, on?: string) => {
    const { council } = await ok(MEMBERS_ON, { id, on });
    return council.membershipsConnection.edges.map((edge: any) => edge.node);
  };
  const names = (seats: { person: { name: string } }[]) => seats.map((seat) => seat.person.name);

  describe('document 002 (Nasjonalt e-helseråd 5/22, 21.09.2022)', () => {
    it('correction 1: serves the four orientations of 32/22 as sub-items in the printed order', async () => {
      const { agendaItem } = await ok(`{
        agendaItem(id: "32-22") { number title note subItems { id number title agendaItem { number } } }
      }`);
      expect(agendaItem.number).toBe('32/22');
      expect(agendaItem.title).toBe('Orientering fra Direktoratet for e-helse');
      expect(agendaItem.subItems.map(({ number, title }: any) => [number, title])).toEqual([
        [1, 'Etablering av et helsedataråd og brukerråd for helsedata'],
        [2, 'Plan for digitalisering på legemiddelområdet'],
        [3, 'Midlertidig stopp i videre utbredelse av velferdsteknologisk knutepunkt (VKP)'],
        [4, 'Prinsipper for koblingen Helsenorge og markedet'],
      ]);
      expect(agendaItem.subItems.map((s: any) => s.id)).toEqual([
        '32-22:1',
        '32-22:2',
        '32-22:3',
        '32-22:4',
      ]);
      expect(agendaItem.subItems[0].agendaItem).toEqual({ number: '32/22' });
      // The note tells the same order, no longer the legemiddel plan first.
      expect(agendaItem.note).toContain(
        '1 Etablering av et helsedataråd og brukerråd for helsedata; 2 Plan for digitalisering på legemiddelområdet',
      );
      const { meeting } = await ok(`{
        meeting(id: "nasjonalt-e-helserad-5-22") { agenda { number subItems { number } } }
      }`);
      const withPoints = meeting.agenda.filter((item: any) => item.subItems.length);
      expect(withPoints.map((item: any) => [item.number, item.subItems.length])).toEqual([
        ['32/22', 4],
      ]);
    });

    it('correction 2: dates the 2022 seats by the meeting, with their precision visible', async () => {
      const on21 = await membersOn('nasjonalt-e-helserad', '2022-09-21');
      expect(on21).toHaveLength(19);
      const rune = on21.find((seat: any) => seat.person.name === 'Rune Simensen');
      expect(rune).toMatchObject({
        role: 'LEADER',
        from: '2022-09-21',
        fromPrecision: 'AS_OF_DOCUMENT',
        // No end printed: the seat counts as far as 5/22's papers show it.
        to: '2022-09-21',
        toPrecision: 'AS_OF_DOCUMENT',
        documentedOn: '2022-09-21',
        documentedAt: {
          id: 'nasjonalt-e-helserad-5-22',
          number: '5/22',
          date: '2022-09-21',
          council: { id: 'nasjonalt-e-helserad' },
        },
      });
      // Continuing members: not printed when they joined, so only the year of the body.
      const mariann = on21.find((seat: any) => seat.person.name === 'Mariann Hornnes');
      expect(mariann).toMatchObject({
        from: '2022-01-01',
        fromPrecision: 'YEAR',
        to: '2022-09-21',
        toPrecision: 'AS_OF_DOCUMENT',
      });

      const on20 = await membersOn('nasjonalt-e-helserad', '2022-09-20');
      expect(on20).toHaveLength(17);
      const terje = on20.find((seat: any) => seat.person.name === 'Terje Rootwelt');
      expect(terje).toMatchObject({
        from: '2022-01-01',
        fromPrecision: 'YEAR',
        to: '2022-09-20',
        toPrecision: 'AS_OF_DOCUMENT',
      });
      // The council is modelled from 2022: no seat on it before that year, nor after the list.
      expect(await membersOn('nasjonalt-e-helserad', '2021-12-31')).toEqual([]);
      expect(await membersOn('nasjonalt-e-helserad', '2022-09-22')).toEqual([]);
    });

    it('correction 3: no membership note quotes «fra dette møtet», which no document prints', async () => {
      const { councils } = await ok(`{
        councils { id membershipsConnection(first: 50) { edges { node { note person { name } } } } }
      }`);
      const notes = councils.flatMap((c: any) =>
        c.membershipsConnection.edges.map((edge: any) => edge.node),
      );
      expect(notes.length).toBeGreaterThanOrEqual(40);
      expect(notes.filter((seat: any) => seat.note?.includes('fra dette møtet'))).toEqual([]);
      const erik = notes.find((seat: any) => seat.person.name === 'Erik Hansen');
      expect(erik.note).not.toContain('«');
      expect(erik.note).toContain('5/22');
      // «…» quote only what is printed: "Nytt justert vedtak:" (002), capital N.
      const { agendaItem } = await ok(`{ agendaItem(id: "25-22") { note } }`);
      expect(agendaItem.note).toContain('«Nytt justert vedtak»');
    });
  });

  describe('document 004 (Nasjonalt e-helsestyre 3/19, 19.06.2019)', () => {
    it('correction 2: the Akson working group seats count only on the date of the papers that list them', async () => {
      // The example: Direktoratet for e-helse on 2022-09-21 is Mariann Hornnes only.
      const in2022 = await seatsOf('direktoratet-for-e-helse', '2022-09-21');
      expect(in2022.membershipsConnection.totalCount).toBe(1);
      expect(names(in2022.membershipsConnection.edges.map((edge: any) => edge.node))).toEqual([
        'Mariann Hornnes',
      ]);
      expect(names(in2022.memberships)).toEqual(['Mariann Hornnes']);

      // On the date of 3/19, whose papers print the participant list: the two Directorate seats.
      const in2019 = await seatsOf('direktoratet-for-e-helse', '2019-06-19');
      expect(
        in2019.membershipsConnection.edges.map((edge: any) => [
          edge.node.council.id,
          edge.node.person.name,
        ]),
      ).toEqual([
        ['arbeidsgruppe-prosjektstrategi', 'Karl Vestli'],
        ['arbeidsgruppe-prosjektstrategi', 'Inga Nordberg'],
      ]);
      expect((await seatsOf('direktoratet-for-e-helse', '2019-06-20')).memberships).toEqual([]);

      const group = await membersOn('arbeidsgruppe-prosjektstrategi', '2019-06-19');
      // 19 rows are printed, four of them NN (no person): 15 seats.
      expect(group).toHaveLength(15);
      expect(names(group).slice(0, 3)).toEqual([
        'Ola Eirik Klingen',
        'Morten Svarverud',
        'Kjersti Lothe Dahl',
      ]);
      for (const seat of group) {
        expect(seat).toMatchObject({
          from: '2019-06-19',
          fromPrecision: 'AS_OF_DOCUMENT',
          to: '2019-06-19',
          toPrecision: 'AS_OF_DOCUMENT',
          documentedOn: '2019-06-19',
          documentedAt: { number: '3/19', date: '2019-06-19' },
        });
      }
      expect(await membersOn('arbeidsgruppe-prosjektstrategi', '2019-12-31')).toEqual([]);
      // Without a date every recorded seat is listed, as before.
      expect(await membersOn('arbeidsgruppe-prosjektstrategi')).toHaveLength(15);
    });
  });

  describe('document 000 (2012 slides)', () => {
    it('the Fagutvalg: led by Helsedirektoratet, its participants and five tasks as printed', async () => {
      const { council } = await ok(BODY_2012, { id: 'fagutvalg-2012' });
      expect(council.name).toBe('Fagutvalg');
      expect(
        council.participants.map((p: any) => [
          p.printedAs,
          p.role,
          p.organisations.map((o: any) => o.id),
        ]),
      ).toEqual([
        ['Ledes av Helsedirektoratet', 'LEADER', ['helsedirektoratet']],
        [
          'Representanter for RHF’ene',
          'MEMBER',
          ['helse-midt-norge-rhf', 'helse-nord-rhf', 'helse-sor-ost-rhf', 'helse-vest-rhf'],
        ],
        ['Representanter for kommunene', 'MEMBER', []],
        ['Folkehelseinstituttet', 'MEMBER', ['folkehelseinstituttet']],
        ['KITH', 'MEMBER', ['kompetansesenter-for-it-i-helse-og-sosialsektoren']],
        ['DIFI', 'MEMBER', ['direktoratet-for-forvaltning-og-ikt']],
      ]);
      // The organisations resolve through portfolio, which owns them.
      expect(council.participants[0].organisations[0].name).toBe('Helsedirektoratet');
      expect(council.participants[0]).toMatchObject({
        id: 'fagutvalg-2012:1',
        position: 1,
        council: { id: 'fagutvalg-2012' },
      });
      expect(council.tasks.map((t: any) => [t.number, t.kind, t.text, t.details])).toEqual([
        [1, 'TASK', 'Vurdere behov – prioritere – innspill til HOD', []],
        [2, 'TASK', 'Sikre at konsekvenser av aktiviteter og prosjekter blir vurdert', []],
        [3, 'TASK', 'Sikre gode risikovurderinger', []],
        [4, 'TASK', 'Innspill til konkret handlingsplan', []],
        [
          5,
          'TASK',
          'Vurdere styringsmodell for helse-IKT-feltet, inkludert:',
          [
            'Behov for råd, utvalg og samhandlingsarenaer',
            'Bruk av virkemidler, inkludert finansiering',
          ],
        ],
      ]);
    });

    it('the Prioriteringsutvalg for overordnet arkitektur: its six participants, one task and three guidelines', async () => {
      const { council } = await ok(BODY_2012, {
        id: 'prioriteringsutvalg-for-overordnet-arkitektur',
      });
      expect(council.participants.map((p: any) => [p.printedAs, p.role])).toEqual([
        ['Ledes av Helsedirektoratet', 'LEADER'],
        ['Nasjonal IKT ved Fagforum arkitektur', 'MEMBER'],
        ['Norsk Helsenett', 'MEMBER'],
        ['KITH', 'MEMBER'],
        ['KS', 'MEMBER'],
        ['FHI', 'MEMBER'],
      ]);
      expect(council.participants.map((p: any) => p.organisations.map((o: any) => o.id))).toEqual([
        ['helsedirektoratet'],
        ['nasjonal-ikt-hf'],
        ['norsk-helsenett-sf'],
        ['kompetansesenter-for-it-i-helse-og-sosialsektoren'],
        ['ks'],
        ['folkehelseinstituttet'],
      ]);
      expect(council.tasks.map((t: any) => [t.kind, t.text])).toEqual([
        ['GUIDELINE', 'Overordnet miljø og strategisk miljø – erstatter ingen andre'],
        [
          'TASK',
          'Gi innspill og råd til HOD – særlig prioriteringsrekkefølge og myndighetsutøvelse',
        ],
        ['GUIDELINE', 'Deltakere må ha svært høy arkitekturfaglig kompetanse på strategisk nivå'],
        ['GUIDELINE', 'Deltakere må kjenne den delen av sektoren de representerer'],
      ]);
    });

    it('eHelsegruppen: no participants printed, its purposes and tasks under their printed lead-ins', async () => {
      const { council } = await ok(BODY_2012, { id: 'ehelsegruppen' });
      expect(council.participants).toEqual([]);
      expect(council.tasks.map((t: any) => [t.id, t.heading, t.text])).toEqual([
        ['ehelsegruppen:1', 'HOD har etablert eHelsegruppe:', 'Samordning'],
        ['ehelsegruppen:2', 'HOD har etablert eHelsegruppe:', 'Koordinering'],
        ['ehelsegruppen:3', 'HOD har etablert eHelsegruppe:', 'Prioritering'],
        [
          'ehelsegruppen:4',
          'Hovedoppgaver for eHelsegruppen på kort sikt:',
          'Handlingsplan for eHelseområdet – frem mot 2013',
        ],
        [
          'ehelsegruppen:5',
          'Hovedoppgaver for eHelsegruppen på kort sikt:',
          'Nasjonalt grep om arkitekturvalg i helsesektoren',
        ],
        [
          'ehelsegruppen:6',
          'Tiltak',
          'Nasjonal rådgivende gruppe, gi råd om prioritering, koordinere, utarbeide klare framdriftsplaner',
        ],
      ]);
      // Bodies the 2012 slides do not describe have neither.
      const { council: rad } = await ok(BODY_2012, { id: 'nasjonalt-e-helserad' });
      expect(rad).toMatchObject({ participants: [], tasks: [] });
    });
  });
});
