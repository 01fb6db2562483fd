export { startGateway, type GatewayOptions } from './gateway';
export { composeSupergraph, SUPERGRAPH_FILE } from './compose';
