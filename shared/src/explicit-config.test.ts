import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EntitySchema, type DataSource } from 'typeorm';
import type * as Runtime from './runtime';
import type * as GraphQL from 'graphql';
import type * as Database from './database';
import type * as Server from './server';

/**
 * A service runs with the Config it is given, never with one read from the environment
 * behind its back: here the environment says otherwise on every setting used, and is set
 * before the modules load, so a module-level read at import would see it too.
 */
describe('a service uses the config it is given, not the environment', () => {
  const environment = {
    METRICS_TOKEN: 'token-from-the-environment',
    SUBGRAPH_HOST: '0.0.0.0',
    DATA_DIR: '',
    // Nothing listens there: a database opened from the environment could not open.
    DATABASE_URL: 'mysql://nobody:nothing@127.0.0.1:9',
  };
  const saved = Object.fromEntries(
    Object.keys(environment).map((name) => [name, process.env[name]]),
  );
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'explicit-config-'));
  const fromEnvironment = path.join(folder, 'from-the-environment');
  const fromConfig = path.join(folder, 'from-the-config');
  let runtime: typeof Runtime;
  let database: typeof Database;
  let server: typeof Server;
  let graphql: typeof GraphQL;

  beforeAll(() => {
    Object.assign(process.env, environment, { DATA_DIR: fromEnvironment });
    jest.resetModules();
    runtime = require('./runtime');
    database = require('./database');
    server = require('./server');
    // The schema from the same module registry as the server, which checks it with instanceof.
    graphql = require('graphql');
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('offers no settings read at import: no `config` export', () => {
    expect(runtime).not.toHaveProperty('config');
    expect(runtime).toHaveProperty('loadConfig');
  });

  it('a subgraph server guards /metrics with its config’s token and listens on its host', async () => {
    const config = runtime.loadConfig({ NODE_ENV: 'test', METRICS_TOKEN: 'token-from-the-config' });
    const schema = new graphql.GraphQLSchema({
      query: new graphql.GraphQLObjectType({
        name: 'Query',
        fields: { ok: { type: graphql.GraphQLString, resolve: () => 'yes' } },
      }),
    });
    const dataSource = { query: async () => [], isInitialized: false } as unknown as DataSource;
    const service = await server.startSubgraphServer({
      name: 'portfolio',
      port: 0,
      schema,
      dataSource,
      config,
    });
    try {
      expect(service.address).toBe('127.0.0.1');
      const metrics = new URL('/metrics', service.url).toString();
      const scrape = (token: string) =>
        fetch(metrics, { headers: { authorization: `Bearer ${token}` } });
      expect((await scrape('token-from-the-environment')).status).toBe(401);
      const given = await scrape('token-from-the-config');
      expect(given.status).toBe(200);
      expect(await given.text()).toMatch(/graphql_request/);
    } finally {
      await service.stop();
    }
  });

  it('openDatabase opens the database its config names', async () => {
    const config = runtime.loadConfig({ NODE_ENV: 'test', DATA_DIR: fromConfig });
    expect(config.databaseUrl).toBeUndefined();
    const Note = new EntitySchema({
      name: 'Note',
      tableName: 'note',
      columns: { id: { type: Number, primary: true } },
    });
    const dataSource = await database.openDatabase({
      subgraph: 'portfolio',
      entities: [Note],
      migrations: [
        class CreateNote1700000000000 {
          async up(runner: { query(sql: string): Promise<unknown> }) {
            await runner.query('CREATE TABLE note (id INTEGER PRIMARY KEY)');
          }
          async down() {}
        },
      ],
      config,
    });
    try {
      expect(dataSource.options.type).toBe('sqljs');
      expect(fs.existsSync(path.join(fromConfig, 'portfolio.sqlite'))).toBe(true);
      expect(fs.existsSync(fromEnvironment)).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});
