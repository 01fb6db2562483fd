import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

/*
 * Stubs of entities the portfolio subgraph owns. This subgraph stores only their
 * keys; the gateway fetches every other field from portfolio. The descriptions
 * repeat the owner's word for word, so composition keeps them without conflict.
 */

@publicData()
@ObjectType('Organisation', {
  description: 'An organisation (virksomhet) in the Norwegian health and care sector.',
})
@Directive('@key(fields: "id")')
export class OrganisationRef {
  @Field(() => ID, { description: 'Stable slug, e.g. "helse-vest-rhf".' })
  id: string;
}

@publicData()
@ObjectType('Project', {
  description: 'A project or programme (prosjekt/program) in the national e-health portfolio.',
})
@Directive('@key(fields: "id")')
export class ProjectRef {
  @Field(() => ID, { description: 'Portfolio id (ID i porteføljen), e.g. "107".' })
  id: string;
}

@publicData()
@ObjectType('FocusArea', {
  description: 'A focus area (innsatsområde) of the national e-health portfolio.',
})
@Directive('@key(fields: "code")')
export class FocusAreaRef {
  @Field({ description: 'Code, e.g. "1.1"; the first digit is the strategic area.' })
  code: string;
}

/** A stub of governance's agenda item (sak); the description repeats the owner's. */
@publicData()
@ObjectType('AgendaItem', { description: 'An agenda item (sak) of a meeting.' })
@Directive('@key(fields: "id")')
export class AgendaItemRef {
  @Field(() => ID, {
    description:
      'The case number as a slug, e.g. "30-22"; for unnumbered items meeting and position.',
  })
  id: string;
}

export const organisationRef = (id: string | null): OrganisationRef | null => (id ? { id } : null);
export const projectRef = (id: string): ProjectRef => ({ id });
export const focusAreaRef = (code: string): FocusAreaRef => ({ code });
export const agendaItemRef = (id: string): AgendaItemRef => ({ id });
