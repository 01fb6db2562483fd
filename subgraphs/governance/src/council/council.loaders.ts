import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import { Council } from './council.entity';
import {
  CouncilParticipant,
  CouncilParticipantOrganisation,
  CouncilTask,
} from './council-document.entity';

/** A body by id; null where none exists. */
export const councilById = rowBy(Council, 'id');

/** The bodies that advise or report to a body, by id. */
export const councilsByParent = rowsBy(Council, 'parentId', { order: { id: 'ASC' } });

/** The bodies that replaced a body (one at most in the documents), by id. */
export const councilsByPredecessor = rowsBy(Council, 'predecessorId', { order: { id: 'ASC' } });

/** The printed participants of each body, leader first, in printed order. */
export const participantsByCouncil = rowsBy(CouncilParticipant, 'councilId', {
  order: { position: 'ASC' },
});

/** The organisations every participant of a body names, by council id (one statement per request). */
export const participantOrganisationsByCouncil = rowsBy(
  CouncilParticipantOrganisation,
  'councilId',
  {
    order: { position: 'ASC', ordinal: 'ASC' },
  },
);

/** The printed tasks and guidelines of each body, in printed order. */
export const tasksByCouncil = rowsBy(CouncilTask, 'councilId', { order: { number: 'ASC' } });
