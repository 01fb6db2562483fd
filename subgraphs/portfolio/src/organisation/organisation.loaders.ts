import { rowBy } from '@ehelse/shared/graphql';
import { Organisation } from './organisation.entity';

/** An organisation by slug, e.g. "helse-vest-rhf"; null where none exists. */
export const organisationById = rowBy(Organisation, 'id');
