// The demo host page: a settings page of a fictional hotel product embedding Plugboard.
import { provideAdapter } from '../src/internal/adapter-context.js';
import { MemoryAdapter } from '../src/api/memory/index.js';
import '../src/define.js';

const page = document.getElementById('page') as HTMLElement;
const events = document.getElementById('events') as HTMLOListElement;
const language = document.getElementById('language') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;

provideAdapter(page, new MemoryAdapter({ latency: 250 }));

language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
});
theme.addEventListener('change', () => {
  page.dataset['pbTheme'] = theme.value;
});

// What a host would log or store; records carry no secrets.
for (const name of ['pb-app-open', 'pb-app-close', 'pb-consent', 'pb-activated', 'pb-deactivated', 'pb-error', 'pb-network-security-change']) {
  page.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    events.prepend(item);
  });
}
