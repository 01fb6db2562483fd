import { ConnectionType, valueObject } from '@ehelse/shared/graphql';
import { Person } from './person.entity';

/** Pages of people: Query.people. */
export const PersonConnection = ConnectionType(
  'Person',
  Person,
  valueObject('A page of people (personer), by name.'),
);
