export type { AdapterOperation, ApiAdapter, ListConnectorsQuery, RequestOptions } from './adapter.js';
export { MAX_LIST_ITEMS, RESPONSE_SCHEMAS, checkedAdapter, parseReportOf, parseResponse, type ParseReport } from './checked-adapter.js';
export {
  checkConnectorValues,
  checkFieldValue,
  connectorValuesToSend,
  holdsValue,
  isFieldVisible,
  stepsBeforeAuthorization,
  valueOf,
  visibleFields,
  withFieldOverrides,
  type ConnectorFieldOverride,
  type ConnectorFieldOverrides,
  type FieldValues,
} from './connector-values.js';
export {
  ERROR_CODES,
  HTTP_STATUS,
  PlugboardError,
  errorBody,
  fieldErrorsOf,
  isAbortError,
  isPlugboardError,
  toPlugboardError,
  validationError,
  type ErrorBody,
  type ErrorCode,
  type FieldError,
  type PlugboardErrorOptions,
} from './errors.js';
export { MAX_NETWORK_LABEL_LENGTH, checkNetworkLabel, checkTrustedAddress } from './network-security-rules.js';
export * from './schemas.js';
