/** @ehelse/test-kit: what the test suites share. */
export * from './backends';
export * from './error-rule';
export * from './eventually';
export * from './free-ports';
export * from './generated-projects';
export * from './governance-snapshot';
export * from './graphql-client';
export * from './harness';
export * from './import-cli';
export * from './jwks-server';
export * from './schema-policy';
export * from './seeded-database';
export * from './stack';
export * from './supervisor';
export * from './tcp-proxy';
export * from './tokens';
export * from './viewer';
