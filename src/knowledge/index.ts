/** Vendor knowledge: region table, endpoint grammar, and the did-you-mean helper. Data only, no severities. */
export { didYouMean, editDistance, defaultMaxDistance } from './did-you-mean.js';
export {
  REGIONS,
  REGION_IDS_LONGEST_FIRST,
  REGION_SLIP_SUFFIXES,
  findRegion,
  suggestRegion,
  type RegionRow,
  type RegionStatus,
} from './regions.js';
export {
  NETWORK_TYPES,
  SPECIAL_ENDPOINTS,
  INSTALLER_FINANCE_FORMS,
  endpointFor,
  parseEndpoint,
  parseInstallParam,
  regionOfHost,
  standardizeEndpoint,
  type EndpointProblem,
  type EndpointProblemCode,
  type EndpointRole,
  type InstallParam,
  type NetworkType,
  type NetworkTypeRow,
  type ParsedEndpoint,
} from './endpoints.js';
