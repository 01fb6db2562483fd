import { ConnectionType, valueObject } from '@ehelse/shared';
import { Measure } from './measure.entity';

/** One connection type for every page of tiltak: the root list and an organisation's. */
export const MeasureConnection = ConnectionType(
  'Measure',
  Measure,
  valueObject('A page of Felles grunnmur tiltak.'),
);
