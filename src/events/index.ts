export { PbActivatedEvent } from './activated-event.js';
export { PbAppCloseEvent } from './app-close-event.js';
export { PbAppOpenEvent } from './app-open-event.js';
export { PbConsentCancelEvent } from './consent-cancel-event.js';
export { PbConsentEvent } from './consent-event.js';
export { PbDeactivateRequestEvent } from './deactivate-request-event.js';
export { PbDeactivatedEvent } from './deactivated-event.js';
export { PbErrorEvent, type PbErrorDetail } from './error-event.js';
export { PbNetworkSecurityChangeEvent } from './network-security-change-event.js';
