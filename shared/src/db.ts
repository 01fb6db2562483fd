// @ehelse/shared/db: a subgraph's database: opening it (MySQL/MariaDB or the embedded
// file), column types, migration helpers, seeds, SQL statement counting.
import 'reflect-metadata';

export * from './database';
export * from './columns';
export * from './migration-columns';
export * from './sql-statements';
export * from './seed';
export * from './exact-identifiers';
export * from './organisation-register';
export * from './wait-for-database';
