import { registerEnumType } from 'type-graphql';

export enum AgendaItemKind {
  APPROVAL = 'APPROVAL',
  INFORMATION = 'INFORMATION',
  DISCUSSION = 'DISCUSSION',
  RECOMMENDATION = 'RECOMMENDATION',
  STEERING_GROUP_MEETING = 'STEERING_GROUP_MEETING',
  OTHER = 'OTHER',
}
registerEnumType(AgendaItemKind, {
  name: 'AgendaItemKind',
  description: 'How the body treats an agenda item (innretning).',
  valuesConfig: {
    APPROVAL: { description: 'Godkjenning.' },
    INFORMATION: { description: 'Orientering.' },
    DISCUSSION: { description: 'Drøfting.' },
    RECOMMENDATION: { description: 'Anbefaling.' },
    STEERING_GROUP_MEETING: {
      description: 'Styringsgruppemøte: the board sits as a project steering group.',
    },
    OTHER: { description: 'No kind printed (e.g. Eventuelt) or one not listed here.' },
  },
});
