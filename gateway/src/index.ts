export { startGateway, type GatewayOptions } from './gateway';
export { SUPERGRAPH_FILE } from './supergraph-file';
