// Registers every Plugboard element under its own tag name.
import './components/app-detail/define.js';
import './components/app-marketplace/define.js';
import './components/connector-form/define.js';
import './components/connector-list/define.js';
import './components/consent-dialog/define.js';
import './components/network-security/define.js';
import './components/sync-settings/define.js';
