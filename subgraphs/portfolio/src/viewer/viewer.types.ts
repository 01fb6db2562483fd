import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { type Principal } from '@ehelse/shared/runtime';
import { privateData, valueObject } from '@ehelse/shared/graphql';

/** The roles a token grants, as the API names them (the `role` claim, lower case). */
export enum ViewerRole {
  READER = 'reader',
  REPORTER = 'reporter',
  ADMIN = 'admin',
}

registerEnumType(ViewerRole, {
  name: 'ViewerRole',
  description: 'What a token lets its caller do (rolle).',
  valuesConfig: {
    READER: { description: 'Reads what anonymous callers read, and more where reads are closed.' },
    REPORTER: {
      description: 'Reports for the projects of its own organisation (rapporterende virksomhet).',
    },
    ADMIN: { description: 'Writes everything: the secretariat (sekretariatet).' },
  },
});

@privateData()
@ObjectType({
  description: valueObject(
    'The caller, as its token names it (innlogget klient): who, with which role, for which organisation, and what it may report on. A value object of the request: the same token gives the same viewer.',
  ),
})
export class Viewer {
  /** The verified caller this viewer describes. */
  principal: Principal;

  @Field({
    description:
      'The token’s subject (sub): the client id of a machine client, the user of a person.',
  })
  subject: string;

  @Field(() => ViewerRole, { description: 'The role the token grants.' })
  role: ViewerRole;
}
