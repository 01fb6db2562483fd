import { loadConfig, runAsProcess } from '@ehelse/shared/runtime';
import { startGateway } from './gateway';

if (require.main === module) {
  // The one place this process reads its settings from the environment.
  const config = loadConfig(process.env);
  runAsProcess('gateway', () => startGateway({ config }), config);
}
