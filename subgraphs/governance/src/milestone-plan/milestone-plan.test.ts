import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { governanceSubgraph } from '../main';

describe.each(BACKENDS)('Akson milestone plan on %s', (backend) => {
  let harness: Harness;
  const run = async (source: string, variableValues?: Record<string, unknown>) =>
    (await harness.run(source, variableValues)).data;
  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_milestone_plan'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('has MP1–MP9 with dates and results', async () => {
    const { aksonMilestonePlan: plan } = await run(`{
      aksonMilestonePlan { id title milestones { code date datePrinted result } }
    }`);
    expect(plan.id).toBe('akson');
    expect(plan.title).toBe(
      'Akson – forprosjekt for helhetlig samhandling og felles kommunal journal',
    );
    expect(plan.milestones.map((m: any) => [m.code, m.date])).toEqual([
      ['MP1', '2019-06-28'],
      ['MP2', '2019-08-31'],
      ['MP3', '2019-09-27'],
      ['MP4', '2019-10-31'],
      ['MP5', '2019-11-15'],
      ['MP6', '2019-11-29'],
      ['MP7', '2019-12-13'],
      ['MP8', '2020-01-08'],
      ['MP9', '2020-01-31'],
    ]);
    expect(plan.milestones[8]).toMatchObject({
      datePrinted: '31.1',
      result: 'Oversendelse til HOD',
    });
    expect(plan.milestones[0].result).toBe(
      'Prosjektplan, organisering og møteplan er ferdigstilt\nRessursbehov avklart',
    );
  });

  it('has the meeting dates of its bodies, linked to milestones and to recorded meetings', async () => {
    const { aksonMilestonePlan: plan } = await run(`{
      aksonMilestonePlan {
        bodyMeetings { date council { abbreviation } milestones { code } meeting { number } }
        milestones { code bodyMeetings { date council { abbreviation } } }
      }
    }`);
    expect(plan.bodyMeetings).toHaveLength(20);
    const byBody = (abbreviation: string) =>
      plan.bodyMeetings
        .filter((m: any) => m.council.abbreviation === abbreviation)
        .map((m: any) => m.date);
    expect(byBody('PS')).toEqual([
      '2019-05-22',
      '2019-08-28',
      '2019-10-08',
      '2019-11-20',
      '2020-01-15',
    ]);
    expect(byBody('KR')).toEqual([
      '2019-05-23',
      '2019-06-21',
      '2019-09-13',
      '2019-10-16',
      '2019-11-15',
      '2019-12-06',
    ]);
    expect(byBody('NEHS')).toEqual([
      '2019-06-19',
      '2019-09-12',
      '2019-10-28',
      '2019-12-02',
      '2020-01-22',
    ]);
    expect(byBody('SPA')).toEqual(['2019-06-21', '2019-08-13', '2019-08-21', '2019-09-24']);
    const board = plan.bodyMeetings.find((m: any) => m.date === '2019-06-19');
    expect(board).toEqual({
      date: '2019-06-19',
      council: { abbreviation: 'NEHS' },
      milestones: [{ code: 'MP1' }],
      meeting: { number: '3/19' },
    });
    const kommit = plan.bodyMeetings.find((m: any) => m.date === '2019-09-13');
    expect(kommit.milestones).toEqual([{ code: 'MP2' }, { code: 'MP3' }]);
    const mp3 = plan.milestones.find((m: any) => m.code === 'MP3');
    expect(mp3.bodyMeetings).toEqual([
      { date: '2019-08-28', council: { abbreviation: 'PS' } },
      { date: '2019-09-12', council: { abbreviation: 'NEHS' } },
      { date: '2019-09-13', council: { abbreviation: 'KR' } },
    ]);
  });
});
