import type { Rule } from '../types.js';
import regionMismatch from './region-mismatch.js';
import networkMismatch from './network-mismatch.js';
import customHost from './custom-host.js';
import malformed from './malformed.js';
import trailingSlash from './trailing-slash.js';
import nonCanonical from './non-canonical.js';
import httpsPort from './https-port.js';
import accelerationRegion from './acceleration-region.js';

/** config_server_address / data_server_list endpoints (and LoongCollector's config_servers / data_servers). */
export const endpointRules: readonly Rule[] = [
  regionMismatch,
  networkMismatch,
  customHost,
  malformed,
  trailingSlash,
  nonCanonical,
  httpsPort,
  accelerationRegion,
];
