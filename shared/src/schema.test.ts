import 'reflect-metadata';
import { execute, parse, type GraphQLObjectType } from 'graphql';
import {
  Arg,
  Authorized,
  Field,
  ObjectType,
  Query,
  Resolver,
  UseMiddleware,
  type MiddlewareFn,
} from 'type-graphql';
import { buildFederatedSchema } from './schema';

const shout: MiddlewareFn = async (_data, next) => String(await next()).toUpperCase();

@ObjectType()
class Sample {
  @Field()
  plain: string;

  @Field({ name: 'label' })
  title: string;

  @Authorized('admin')
  @Field()
  secret: string;

  @UseMiddleware(shout)
  @Field()
  loud: string;
}

@Resolver()
class SampleResolver {
  @Query(() => Sample)
  sample(@Arg('text') text: string): Sample {
    return Object.assign(new Sample(), { plain: text, title: 't', secret: 's', loud: 'quiet' });
  }
}

describe('subgraph schema', () => {
  let sample: GraphQLObjectType;
  const run = async (query: string, contextValue: object = {}) =>
    execute({
      schema: await buildFederatedSchema({ resolvers: [SampleResolver] }),
      document: parse(query),
      contextValue,
    });

  beforeAll(async () => {
    const schema = await buildFederatedSchema({ resolvers: [SampleResolver] });
    sample = schema.getType('Sample') as GraphQLObjectType;
  });

  it('reads a plain field’s property directly: no resolver of its own for the executor to call', () => {
    expect(sample.getFields().plain.resolve).toBeUndefined();
  });

  it('keeps the resolver of a renamed field, an @Authorized one and one with a middleware', async () => {
    const fields = sample.getFields();
    for (const name of ['label', 'secret', 'loud']) expect(fields[name].resolve).toBeDefined();
    const { data, errors } = await run('{ sample(text: "x") { plain label loud } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ sample: { plain: 'x', label: 't', loud: 'QUIET' } });
  });

  it('still checks the role of an @Authorized field', async () => {
    const { data, errors } = await run('{ sample(text: "x") { secret } }', { principal: null });
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
