import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Money one project passes on to another (intern overføring).' })
export class RecordFundingTransferInput {
  @Field(() => Int, { description: 'Budget year.' })
  year: number;

  @Field(() => ID, { description: 'The project passing the money on.' })
  fromProjectId: string;

  @Field(() => ID, { description: 'The project receiving it.' })
  toProjectId: string;

  @Field(() => Float, {
    description:
      'Amount in MNOK, more than 0 and at most what the source project has left that year (its budget minus what it already transferred).',
  })
  amount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the source project the client last read; a stale one is a CONFLICT. A transfer changes what the project has left, so it bumps that version.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'Takes back a recorded transfer (tilbakeføring); admin only.' })
export class ReverseFundingTransferInput {
  @Field(() => ID, { description: 'Number of the transfer to reverse.' })
  transferId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the transfer’s source project the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number;

  @Field({
    description: 'Why the transfer is reversed (begrunnelse), kept with it and in the audit trail.',
  })
  reason: string;
}
