/**
 * A large, deterministic catalog for the benchmark: the default fixtures' categories,
 * connector types, users and so on, with `count` synthesized apps instead of the 43 real
 * ones. Names, vendors and summaries mix English, Turkish and Cyrillic words so that
 * search folds case and diacritics (İ/ı, Ş, Ё, й) on realistic text.
 *
 * No logo URLs: a tile then shows initials, and no image request adds network noise.
 */
import type { AppStatus } from '../src/api/schemas.js';
import type { AppFixture, Fixtures } from '../src/api/memory/fixture-types.js';
import { fixtures as defaults } from '../src/api/memory/fixtures.js';

export const BENCH_APP_COUNT = 10_000;
const DEFAULT_SEED = 0x5eed_2026;

/** mulberry32: tiny, fast and good enough to spread words; the same seed gives the same catalog. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const NAME_WORDS = [
  // Latin
  'Sky', 'Tide', 'Nova', 'Harbor', 'Stay', 'Guest', 'Folio', 'Key', 'Lumen', 'Atlas', 'Beacon', 'Coral',
  'Summit', 'Velvet', 'Orbit', 'Pine', 'Quartz', 'Rota', 'Otaris', 'Meadow',
  // Turkish
  'Yıldız', 'Şehir', 'Güneş', 'Çiçek', 'Konak', 'Işık', 'Deniz', 'Ayışığı', 'İstanbul', 'Göl', 'Köprü', 'Öykü',
  // Cyrillic
  'Звезда', 'Гостиница', 'Ключ', 'Поток', 'Отель', 'Йошкар', 'Ёлка', 'Мост', 'Сосна', 'Бриз', 'Заря', 'Маяк',
];

const PRODUCT_WORDS = [
  'Channel Manager', 'Booking', 'Pay', 'Desk', 'CRM', 'Locks', 'Insights', 'Rooms', 'Mail', 'Rate Shopper',
  'Reviews', 'Kiosk', 'Kasa', 'Rezervasyon', 'Fatura', 'Касса', 'Бронирование', 'Аналитика', 'Уборка',
];

const NAME_SUFFIXES = ['', '', '', ' Pro', ' Lite', ' Plus', ' 2', ' 360', ' Cloud'];

const VENDOR_SUFFIXES = [
  'Systems', 'Ltd', 'GmbH', 'Labs', 'Software', 'Group', 'A.Ş.', 'Yazılım', 'Teknoloji', 'ООО', 'Технологии', 'Софт',
];

type Pick = <T>(items: readonly T[]) => T;

/** One summary sentence, in English, Turkish or Russian (half, a quarter, a quarter). */
function summaryText(random: () => number, pick: Pick): string {
  const language = random();
  if (language < 0.5) {
    return `${pick(['Syncs', 'Automates', 'Tracks', 'Simplifies', 'Connects'])} ${pick([
      'rates and availability',
      'guest messages',
      'door key cards',
      'invoices and payments',
      'housekeeping tasks',
      'guest reviews',
      'call tracking',
      'loyalty points',
    ])} for ${pick(['boutique hotels', 'hostels', 'resorts', 'serviced apartments', 'OTA channels'])}.`;
  }
  if (language < 0.75) {
    return `${pick(['Butik oteller', 'Pansiyonlar', 'Tatil köyleri', 'Şehir otelleri', 'Apart oteller'])} için ${pick([
      'oda fiyatlarını',
      'misafir mesajlarını',
      'kapı kartlarını',
      'faturaları ve ödemeleri',
      'kat hizmetleri görevlerini',
      'misafir yorumlarını',
    ])} ${pick(['otomatik olarak eşitler', 'tek ekranda yönetir', 'kolaylaştırır', 'izler'])}.`;
  }
  return `${pick(['Синхронизирует', 'Автоматизирует', 'Упрощает', 'Отслеживает'])} ${pick([
    'тарифы и наличие мест',
    'сообщения гостей',
    'ключ-карты',
    'счета и платежи',
    'уборку номеров',
    'отзывы гостей',
  ])} для ${pick(['мини-отелей', 'хостелов', 'курортов', 'апарт-отелей', 'гостиниц'])}.`;
}

/** Mostly available; a few active, awaiting configuration or with expired credentials, as in production. */
function statusOf(roll: number, developer: AppFixture['developer']): AppStatus {
  if (roll < 0.03) return 'active';
  if (roll < 0.045) return developer === 'host' ? 'pending-configuration' : 'credentials-expired';
  return 'available';
}

/** The default fixtures with `count` generated apps; the same `seed` always gives the same apps. */
export function generateFixtures(count: number = BENCH_APP_COUNT, seed: number = DEFAULT_SEED): Fixtures {
  const random = seededRandom(seed);
  const pick: Pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const categoryIds = defaults.categories.map((category) => category.id);
  const hostTypeIds = defaults.connectorTypes.map((type) => type.id);

  const apps: AppFixture[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = `${pick(NAME_WORDS)} ${pick(PRODUCT_WORDS)}${pick(NAME_SUFFIXES)}`;
    const vendor = `${pick(NAME_WORDS)} ${pick(VENDOR_SUFFIXES)}`;
    const summary = summaryText(random, pick);
    const first = pick(categoryIds);
    const second = random() < 0.3 ? pick(categoryIds) : first;
    const developer: AppFixture['developer'] = random() < 0.15 ? 'host' : 'vendor';
    const status = statusOf(random(), developer);
    apps.push({
      id: `bench-app-${index}`,
      name,
      vendor,
      summary: { en: summary },
      description: { en: `${summary} ${name} by ${vendor}.` },
      categoryIds: second === first ? [first] : [first, second],
      developer,
      dataFlows: [{ direction: 'to-app', description: { en: 'Reservations' } }],
      dataScopes: [{ id: 'reservations', name: { en: 'Reservations' }, access: 'read' }],
      support: developer === 'host' ? { kind: 'host' } : { kind: 'vendor', name: `${vendor} Support` },
      mayChangeFees: random() < 0.5,
      termsVersion: '2026-09',
      ...(developer === 'host' ? { connectorTypeId: pick(hostTypeIds) } : {}),
      ...(status === 'available' ? {} : { initialStatus: status }),
    });
  }
  return { ...defaults, apps };
}
