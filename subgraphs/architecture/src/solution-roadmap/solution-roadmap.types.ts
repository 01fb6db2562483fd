import { Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionType, valueObject } from '@ehelse/shared/graphql';
import { RoadmapActivity } from './solution-roadmap.entity';

export const RoadmapActivityConnection = ConnectionType(
  'RoadmapActivity',
  RoadmapActivity,
  valueObject('A page of 2023 activities of the roadmap for national e-health solutions.'),
);

@InputType({ description: 'Filters for the roadmap activities; all given conditions must hold.' })
export class RoadmapActivityFilter {
  @Field(() => [Int], {
    nullable: true,
    description: 'Goal numbers (mål), 1 to 6; an unknown number is BAD_USER_INPUT.',
  })
  goalNumbers?: number[];

  @Field(() => ID, {
    nullable: true,
    description: 'Only activities naming this organisation (aktør), alone or jointly.',
  })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Only this row group (sektor), as printed.' })
  sector?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Only activities whose period includes this year; open ends count as included.',
  })
  activeIn?: number;
}
