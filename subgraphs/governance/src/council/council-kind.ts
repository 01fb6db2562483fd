import { registerEnumType } from 'type-graphql';

export enum CouncilKind {
  COUNCIL = 'COUNCIL',
  BOARD = 'BOARD',
  COMMITTEE = 'COMMITTEE',
  STEERING_GROUP = 'STEERING_GROUP',
  WORKING_GROUP = 'WORKING_GROUP',
  ARENA = 'ARENA',
}
registerEnumType(CouncilKind, {
  name: 'CouncilKind',
  description: 'Kind of governance body (type organ).',
  valuesConfig: {
    COUNCIL: { description: 'Råd, e.g. Nasjonalt e-helseråd.' },
    BOARD: { description: 'Styre, e.g. Nasjonalt e-helsestyre.' },
    COMMITTEE: { description: 'Utvalg, e.g. NUIT and NUFA.' },
    STEERING_GROUP: {
      description: 'Styringsgruppe or prosjektstyre, e.g. the Akson project board.',
    },
    WORKING_GROUP: { description: 'Arbeidsgruppe.' },
    ARENA: {
      description:
        'Arena or samhandlingsarena, e.g. the arena for fag- og interesseorganisasjoner.',
    },
  },
});
