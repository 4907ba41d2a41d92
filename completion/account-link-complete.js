// The page a host serves at its OAuth redirect URI (or redirects to after completing the
// link itself). It tells the page that opened the consent window how the consent ended:
// by postMessage to its opener, restricted to this page's own origin, and on a
// BroadcastChannel for a window whose opener was cut (a Cross-Origin-Opener-Policy, a new
// tab). The message names the link's state and, when the backend left them to the page,
// the provider's code or error; the opening page checks the state and asks its backend.
// No inline script or style: it runs under a strict Content-Security-Policy.

const TYPE = 'plugboard-account-link';
const CHANNEL = 'plugboard-account-link';

const query = new URLSearchParams(location.search);
const state = query.get('state');
const code = query.get('code');
const error = query.get('error');

// The code is single-use, but it should not stay in the address bar or the history either.
history.replaceState(null, '', location.pathname);

const title = document.getElementById('title');
const detail = document.getElementById('detail');
const language = (navigator.language || 'en').slice(0, 2).toLowerCase();
const TEXTS = {
  en: ['Done', 'You can close this window.', 'This link is not valid', 'Start again from the settings page.'],
  bg: ['Готово', 'Можете да затворите този прозорец.', 'Тази връзка не е валидна', 'Започнете отново от страницата с настройки.'],
  ru: ['Готово', 'Это окно можно закрыть.', 'Ссылка недействительна', 'Начните заново на странице настроек.'],
  tr: ['Tamamlandı', 'Bu pencereyi kapatabilirsiniz.', 'Bu bağlantı geçerli değil', 'Ayarlar sayfasından yeniden başlayın.'],
};
const [doneTitle, doneDetail, invalidTitle, invalidDetail] = TEXTS[language] ?? TEXTS.en;
document.documentElement.lang = TEXTS[language] ? language : 'en';

if (!state) {
  title.textContent = invalidTitle;
  detail.textContent = invalidDetail;
} else {
  const message = { type: TYPE, state };
  if (code) message.code = code;
  if (error) message.error = error;
  if (window.opener) {
    try {
      window.opener.postMessage(message, location.origin);
    } catch {
      // An opener on another origin cannot be told; the channel and the status check remain.
    }
  }
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(message);
    channel.close();
  }
  title.textContent = doneTitle;
  detail.textContent = doneDetail;
  // Scripts may close a window a script opened; a tab the admin opened stays, saying so.
  setTimeout(() => window.close(), 300);
}
