import { registerEnumType } from 'type-graphql';

/** How the documents know a meeting: from its own papers, or only from another meeting's. */
export enum MeetingSourceKind {
  RECORDED = 'RECORDED',
  REFERENCED = 'REFERENCED',
  ANNOUNCED = 'ANNOUNCED',
}
registerEnumType(MeetingSourceKind, {
  name: 'MeetingSourceKind',
  description:
    'How the meeting is known (kilde): from its own meeting papers (møteunderlag), or only from what other papers say of it.',
  valuesConfig: {
    RECORDED: {
      description:
        'Its own papers or record are held: the agenda (dagsorden) is printed in the documents, or the meeting was entered through the API.',
    },
    REFERENCED: {
      description:
        'Held before the document that mentions it (e.g. "Godkjenning av referat fra møtet 22.03.2019"); known only by that reference.',
    },
    ANNOUNCED: {
      description:
        'Announced as a coming meeting (neste møte, planned in a timeline); known only by that announcement, not whether it was held.',
    },
  },
});
