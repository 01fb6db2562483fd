import { KNOWN_OPERATION_NAMES, operationLabeler } from './operation-labels';

describe('operation labels', () => {
  const label = operationLabeler(['DashboardOverview']);

  it('keeps the known names and the configured ones', () => {
    expect(label(KNOWN_OPERATION_NAMES[0])).toBe(KNOWN_OPERATION_NAMES[0]);
    expect(label('DashboardOverview')).toBe('DashboardOverview');
  });

  it('counts every other name as other, and no name as anonymous', () => {
    expect(label('Random_8f3a1c')).toBe('other');
    expect(label('x'.repeat(10_000))).toBe('other');
    expect(label(undefined)).toBe('anonymous');
    expect(label(null)).toBe('anonymous');
  });

  it("labels a subgraph fetch the gateway planned by the client's operation", () => {
    expect(label('Project107__portfolio__0')).toBe('Project107');
    expect(label('DashboardOverview__governance__12')).toBe('DashboardOverview');
    expect(label('Random__portfolio__0')).toBe('other');
  });
});
