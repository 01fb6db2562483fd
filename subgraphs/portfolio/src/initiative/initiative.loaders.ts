import { rowsBy } from '@ehelse/shared/graphql';
import { ActorGroupMember } from './actor-map.entity';

/** The actors of each group of the 2012 actor map, in printed order. */
export const membersByGroup = rowsBy<ActorGroupMember, number>(ActorGroupMember, 'groupPosition', {
  order: { position: 'ASC' },
});
