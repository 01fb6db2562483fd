import { Field, Float, Int, ObjectType } from 'type-graphql';
import { publicData, valueObject } from '@ehelse/shared/graphql';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Funder } from '../funder/funder.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ProjectPhase, StatusColour } from '../project/project-enums';

@publicData()
@ObjectType({
  description: valueObject(
    'Totals of the portfolio for one year (porteføljeoversikt), computed in SQL from the project rows; the published figures stand beside them.',
  ),
})
export class PortfolioSummary {
  @Field(() => Int, { description: 'Budget year.' })
  year: number;
}

@publicData()
@ObjectType({ description: valueObject('Budget total of one innsatsområde.') })
export class FocusAreaTotal {
  focusAreaCode: string;

  @Field(() => FocusArea, { description: 'The innsatsområde.' })
  focusArea?: FocusArea;

  @Field(() => Float, {
    description: 'Sum of the projects’ budgets in MNOK, computed from the rows.',
  })
  amount: number;

  @Field(() => Int, { description: 'Number of projects.' })
  projectCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The figure the report prints for it, where it prints one.',
  })
  publishedAmount: number | null;
}

@publicData()
@ObjectType({
  description: valueObject(
    'Total of one funder column of the cost distribution (kostnadsfordeling).',
  ),
})
export class FunderTotal {
  funderCode: string;

  @Field(() => Funder, { description: 'The funder (finansiør).' })
  funder?: Funder;

  @Field(() => Float, { description: 'Sum of the column in MNOK, computed from the rows.' })
  amount: number;

  @Field(() => Float, { nullable: true, description: 'The column total the report prints.' })
  publishedAmount: number | null;
}

@publicData()
@ObjectType({ description: valueObject('Projects and budget per status colour.') })
export class StatusTotal {
  @Field(() => StatusColour, {
    nullable: true,
    description: 'Status colour; null for projects without one.',
  })
  status: StatusColour | null;

  @Field(() => Float, { description: 'Sum of budgets in MNOK.' })
  amount: number;

  @Field(() => Int, { description: 'Number of projects.' })
  projectCount: number;
}

@publicData()
@ObjectType({ description: valueObject('Projects and budget per phase (fase).') })
export class PhaseTotal {
  @Field(() => ProjectPhase, { description: 'Phase.' })
  phase: ProjectPhase;

  @Field(() => Float, { description: 'Sum of budgets in MNOK.' })
  amount: number;

  @Field(() => Int, { description: 'Number of projects.' })
  projectCount: number;
}

@publicData()
@ObjectType({ description: valueObject('Projects and budget per responsible organisation.') })
export class OrganisationTotal {
  organisationId: string;

  @Field(() => Organisation, { description: 'Responsible organisation (ansvarlig virksomhet).' })
  organisation?: Organisation;

  @Field(() => Float, { description: 'Sum of budgets in MNOK.' })
  amount: number;

  @Field(() => Int, { description: 'Number of projects.' })
  projectCount: number;
}
