import 'reflect-metadata';

export { startPortfolio, portfolioSubgraph } from './main';
export { buildPortfolioSchema } from './schema';
export { entities, migrations } from './entities';
export { seedPortfolio, insertProjects, type ProjectRow } from './seed';
