import { runAsProcess } from '@ehelse/shared';
import { startGateway } from './gateway';

if (require.main === module) runAsProcess('gateway', () => startGateway());
