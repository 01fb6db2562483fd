import { rowBy } from '@ehelse/shared/graphql';
import { Person } from './person.entity';

/** A person by id; null where none exists. */
export const personById = rowBy(Person, 'id');
