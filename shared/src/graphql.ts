// @ehelse/shared/graphql: building and serving a subgraph: its schema, the request
// context, typed loaders, pagination, input validation and the subgraph server.
import 'reflect-metadata';

export * from './context';
export * from './schema';
export * from './loaders';
export * from './pagination';
export * from './cache-control';
export * from './list-and-connection';
export * from './validation';
export * from './identifiers';
export * from './server';
export * from './subgraph';
