import { rowsBy } from '@ehelse/shared/graphql';
import {
  FellesGrunnmurContinuation,
  FellesGrunnmurImplementationModel,
  FellesGrunnmurNeedsMeasure,
  FellesGrunnmurPriority,
} from './felles-grunnmur-needs.entity';

const inPrintedOrder = { order: { position: 'ASC' } } as const;

/** The links to the tiltak of each needs row, in plan order. */
export const measureLinksByNeeds = rowsBy(FellesGrunnmurNeedsMeasure, 'needsId', inPrintedOrder);

/** The preliminary priorities of each needs row, in printed order. */
export const prioritiesByNeeds = rowsBy(FellesGrunnmurPriority, 'needsId', inPrintedOrder);

/** The work expected to continue, per needs row, in printed order. */
export const continuationsByNeeds = rowsBy(FellesGrunnmurContinuation, 'needsId', inPrintedOrder);

/** The implementation models of each needs row, by number. */
export const implementationModelsByNeeds = rowsBy(FellesGrunnmurImplementationModel, 'needsId', {
  order: { number: 'ASC' },
});
