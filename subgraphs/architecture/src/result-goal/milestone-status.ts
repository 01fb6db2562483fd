import { registerEnumType } from 'type-graphql';

export enum MilestoneStatus {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
}
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'Status colour of a roadmap milestone (milepælstatus), per the plan’s legend.',
  valuesConfig: {
    GREEN: { description: 'Grønt: all tiltak of the milestone are started as planned.' },
    YELLOW: { description: 'Gult: the tiltak are started late (forsinket igangsatt).' },
  },
});
