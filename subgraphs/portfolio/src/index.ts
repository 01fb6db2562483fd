import 'reflect-metadata';

export { startPortfolio } from './main';
export { buildPortfolioSchema, portfolioTypeDefs } from './schema';
export { entities, migrations } from './entities';
export { seedPortfolio, insertProjects, type ProjectRow } from './seed';
export { generateProjects } from './generate';
