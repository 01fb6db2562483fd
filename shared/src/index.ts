import 'reflect-metadata';

export * from './config';
export * from './context';
export * from './database';
export * from './errors';
export * from './loaders';
export * from './logger';
export * from './pagination';
export * from './schema';
export * from './seed';
export * from './server';
export * from './sql-statements';
export * from './columns';
export * from './metrics';
export * from './auth';
export * from './audit';
export * from './validation';
export * from './writes';
