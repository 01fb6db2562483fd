import 'reflect-metadata';

export { startGovernance, openGovernanceDatabase } from './main';
export { buildGovernanceSchema, governanceTypeDefs } from './schema';
export { entities, migrations } from './entities';
export { seedGovernance, insertMeetings, type MeetingRow, type AgendaItemRow } from './seed';
