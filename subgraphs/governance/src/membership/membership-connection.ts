import { ConnectionType, valueObject } from '@ehelse/shared';
import { Membership } from './membership.entity';

/** Pages of memberships: a council's, a person's and an organisation's seats share the type. */
export const MembershipConnection = ConnectionType(
  'Membership',
  Membership,
  valueObject('A page of memberships (medlemskap), by body, leader first, then in printed order.'),
);
