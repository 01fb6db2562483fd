import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import { Council } from './council.entity';

/** A body by id; null where none exists. */
export const councilById = rowBy(Council, 'id');

/** The bodies that advise or report to a body, by id. */
export const councilsByParent = rowsBy(Council, 'parentId', { order: { id: 'ASC' } });

/** The bodies that replaced a body (one at most in the documents), by id. */
export const councilsByPredecessor = rowsBy(Council, 'predecessorId', { order: { id: 'ASC' } });
