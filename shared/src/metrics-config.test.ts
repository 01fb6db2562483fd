import { loadConfig } from './config';

describe('metrics configuration', () => {
  it('leaves /metrics open and only the known names as labels by default', () => {
    expect(loadConfig({}).metrics).toEqual({ token: undefined, operationNames: [] });
  });

  it('reads the token and the allow-list of operation names', () => {
    const { metrics } = loadConfig({
      METRICS_TOKEN: 'scrape-me',
      METRICS_OPERATION_NAMES: ' DashboardOverview, ProjectPage ,',
    });
    expect(metrics).toEqual({
      token: 'scrape-me',
      operationNames: ['DashboardOverview', 'ProjectPage'],
    });
  });

  it('refuses names that are no operation names, and an unbounded list', () => {
    expect(() => loadConfig({ METRICS_OPERATION_NAMES: 'ok,not-a-name' })).toThrow(
      /METRICS_OPERATION_NAMES.*not-a-name/,
    );
    const tooMany = Array.from({ length: 201 }, (_, i) => `Op${i}`).join(',');
    expect(() => loadConfig({ METRICS_OPERATION_NAMES: tooMany })).toThrow(/at most 200/);
  });
});
