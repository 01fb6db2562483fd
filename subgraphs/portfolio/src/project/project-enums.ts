import { registerEnumType } from 'type-graphql';

export enum ProjectPhase {
  CONCEPT = 'CONCEPT',
  PLANNING = 'PLANNING',
  EXECUTION = 'EXECUTION',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ProjectPhase, {
  name: 'ProjectPhase',
  description: 'Phase of a project (fase).',
  valuesConfig: {
    CONCEPT: { description: 'Konsept.' },
    PLANNING: { description: 'Planlegging.' },
    EXECUTION: { description: 'Gjennomføring.' },
    COMPLETED: { description: 'Avsluttet.' },
  },
});

export enum StatusColour {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}
registerEnumType(StatusColour, {
  name: 'StatusColour',
  description: 'Reported status colour (statusfarge).',
  valuesConfig: {
    GREEN: { description: 'Grønn: on track.' },
    YELLOW: { description: 'Gul: at risk.' },
    RED: { description: 'Rød: off track.' },
  },
});
