import { ConnectionType, valueObject } from '@ehelse/shared/graphql';
import { Organisation } from './organisation.entity';

export const OrganisationConnection = ConnectionType(
  'Organisation',
  Organisation,
  valueObject('A page of organisations (virksomheter), by name.'),
);
