import { registerEnumType } from 'type-graphql';

export enum CouncilTaskKind {
  TASK = 'TASK',
  GUIDELINE = 'GUIDELINE',
}
registerEnumType(CouncilTaskKind, {
  name: 'CouncilTaskKind',
  description: 'What a printed point of a body’s slide is (punkt i mandatet).',
  valuesConfig: {
    TASK: {
      description: 'A task (oppgave): what the body is to do, e.g. "Sikre gode risikovurderinger".',
    },
    GUIDELINE: {
      description:
        'A guideline (føring) rather than a task: the body’s place in the model or what is asked of its participants, e.g. "Deltakere må kjenne den delen av sektoren de representerer".',
    },
  },
});
