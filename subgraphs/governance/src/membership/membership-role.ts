import { registerEnumType } from 'type-graphql';

export enum MembershipRole {
  LEADER = 'LEADER',
  MEMBER = 'MEMBER',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'Role on a body (rolle).',
  valuesConfig: {
    LEADER: { description: 'Leder.' },
    MEMBER: { description: 'Medlem.' },
  },
});
