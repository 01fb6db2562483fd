import 'reflect-metadata';

export { startPortfolio } from './main';
export { buildPortfolioSchema } from './schema';
export { insertProjects, type ProjectRow } from './seed';
