import { rowBy } from '@ehelse/shared/graphql';
import { Funder } from './funder.entity';

/** A funder column by code, e.g. "RHF"; null where none exists. */
export const funderByCode = rowBy(Funder, 'code');
