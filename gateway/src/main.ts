import { runAsProcess } from '@ehelse/shared/runtime';
import { startGateway } from './gateway';

if (require.main === module) runAsProcess('gateway', () => startGateway());
