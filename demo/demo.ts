// The demo host page: a settings page of a fictional hotel product embedding Plugboard.
import { RestAdapter } from '../src/api/rest-adapter.js';
import { provideAdapter } from '../src/internal/adapter-context.js';
import '../src/define.js';
import { PLUGBOARD_EVENT_NAMES } from '../src/events/event-names.js';

const page = document.getElementById('page') as HTMLElement;
const events = document.getElementById('events') as HTMLOListElement;
const language = document.getElementById('language') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;

// The reference server hands the page its API address and a session token.
const config = (await (await fetch('/demo-config.json')).json()) as { apiUrl: string; token: string };
const adapter = new RestAdapter({ baseUrl: new URL(config.apiUrl, location.href).href, token: () => config.token });
provideAdapter(page, adapter);

language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
});
theme.addEventListener('change', () => {
  document.documentElement.dataset['pbTheme'] = theme.value;
});

// What a host would log or store; records carry no secrets.
for (const name of PLUGBOARD_EVENT_NAMES) {
  page.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    events.prepend(item);
  });
}
