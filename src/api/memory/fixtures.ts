/**
 * Seed data of the in-memory adapter: an invented hotel-software marketplace with the
 * categories, apps, connector types, sync services and connectors that the five product
 * flows need. Every name, vendor, address and credential below is fictional; links and
 * e-mail addresses use reserved example domains, phone numbers the fictional 555 range.
 */
import type { DataAccess } from '../schemas.js';
import type {
  AppFixture,
  ConnectorTypeFixture,
  Fixtures,
  LocalizedText,
} from './fixture-types.js';

/** Text in all four locales, in the order en, bg, ru, tr. */
function t(en: string, bg: string, ru: string, tr: string): LocalizedText {
  return { en, bg, ru, tr };
}

// ---- data scopes --------------------------------------------------------------------------

const SCOPES = {
  reservations: t('Reservations', 'Резервации', 'Бронирования', 'Rezervasyonlar'),
  'guest-profiles': t('Guest profiles', 'Профили на гости', 'Профили гостей', 'Misafir profilleri'),
  'rates-availability': t(
    'Rates and availability',
    'Цени и наличност',
    'Тарифы и наличие мест',
    'Fiyatlar ve müsaitlik',
  ),
  rooms: t('Rooms and room types', 'Стаи и типове стаи', 'Номера и категории номеров', 'Odalar ve oda tipleri'),
  invoices: t('Invoices', 'Фактури', 'Счета', 'Faturalar'),
  payments: t('Payments', 'Плащания', 'Платежи', 'Ödemeler'),
  folios: t('Guest folios', 'Сметки на гости', 'Гостевые фолио', 'Misafir hesapları'),
  'room-status': t('Room status', 'Статус на стаите', 'Статус номеров', 'Oda durumu'),
  messages: t('Guest messages', 'Съобщения с гости', 'Переписка с гостями', 'Misafir mesajları'),
  reports: t('Reports and statistics', 'Отчети и статистика', 'Отчёты и статистика', 'Raporlar ve istatistikler'),
  'call-records': t('Call records', 'Данни за обаждания', 'Данные о звонках', 'Çağrı kayıtları'),
  'key-cards': t('Key cards', 'Карти-ключове', 'Ключ-карты', 'Anahtar kartları'),
  'ledger-entries': t('Ledger entries', 'Счетоводни записвания', 'Бухгалтерские проводки', 'Muhasebe kayıtları'),
  'marketing-consents': t(
    'Marketing consents',
    'Съгласия за маркетинг',
    'Согласия на рассылки',
    'Pazarlama izinleri',
  ),
  staff: t('Staff accounts', 'Акаунти на служители', 'Учётные записи сотрудников', 'Personel hesapları'),
  tasks: t('Tasks', 'Задачи', 'Задачи', 'Görevler'),
  reviews: t('Guest reviews', 'Отзиви от гости', 'Отзывы гостей', 'Misafir yorumları'),
  property: t('Property details', 'Данни за обекта', 'Данные об объекте', 'Tesis bilgileri'),
  taxes: t('Tax settings', 'Данъчни настройки', 'Налоговые настройки', 'Vergi ayarları'),
  leads: t('Leads and inquiries', 'Запитвания', 'Обращения и заявки', 'Talepler ve başvurular'),
} satisfies Record<string, LocalizedText>;

type ScopeId = keyof typeof SCOPES;

function scope(id: ScopeId, access: DataAccess, description?: LocalizedText): AppFixture['dataScopes'][number] {
  return description ? { id, name: SCOPES[id], description, access } : { id, name: SCOPES[id], access };
}

const IN_HOUSE_GUESTS = t(
  'In-house guests and room numbers',
  'Настанени гости и номера на стаи',
  'Проживающие гости и номера комнат',
  'Konaklayan misafirler ve oda numaraları',
);

const CALL_FLOW = t(
  'Calls, tags and advertising channels',
  'Обаждания, етикети и рекламни канали',
  'Звонки, теги и рекламные каналы',
  'Çağrılar, etiketler ve reklam kanalları',
);

const logo = (id: string): string => `https://cdn.example.com/plugboard/logos/${id}.svg`;

// ---- apps ---------------------------------------------------------------------------------

const apps: AppFixture[] = [
  // -- channel managers --
  {
    id: 'skyrail-channel-manager',
    name: 'SkyRail Channel Manager',
    vendor: 'SkyRail Systems',
    categoryIds: ['channel-managers'],
    logoUrl: logo('skyrail'),
    developer: 'vendor',
    summary: t(
      'Keep rates and availability in sync across 200+ booking channels.',
      'Синхронизира цените и наличността в над 200 канала за резервации.',
      'Синхронизирует тарифы и наличие мест более чем в 200 каналах продаж.',
      "Fiyat ve müsaitliği 200'den fazla satış kanalında eşitler.",
    ),
    description: t(
      'SkyRail pushes your rates, restrictions and free rooms to online travel agencies within seconds. New and changed bookings flow back automatically, so the front desk never retypes a reservation.',
      'SkyRail изпраща цените, ограниченията и свободните стаи към онлайн туристическите агенции за секунди. Новите и променените резервации се връщат автоматично, така че на рецепцията не се налага да ги въвеждат ръчно.',
      'SkyRail за считаные секунды передаёт тарифы, ограничения и свободные номера в онлайн-турагентства. Новые и изменённые бронирования поступают обратно автоматически, и службе приёма не нужно вводить их вручную.',
      'SkyRail; fiyatlarınızı, kısıtlamalarınızı ve boş odalarınızı saniyeler içinde çevrim içi seyahat acentelerine iletir. Yeni ve değişen rezervasyonlar otomatik olarak geri gelir; resepsiyonun hiçbir kaydı elle girmesi gerekmez.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Rates, restrictions and availability',
          'Цени, ограничения и наличност',
          'Тарифы, ограничения и наличие мест',
          'Fiyatlar, kısıtlamalar ve müsaitlik',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'New, modified and cancelled bookings',
          'Нови, променени и анулирани резервации',
          'Новые, изменённые и отменённые бронирования',
          'Yeni, değiştirilmiş ve iptal edilmiş rezervasyonlar',
        ),
      },
    ],
    dataScopes: [
      scope('rates-availability', 'read-write'),
      scope('rooms', 'read'),
      scope('reservations', 'read-write'),
      scope(
        'guest-profiles',
        'write',
        t(
          'Creates profiles for guests who book through a channel.',
          'Създава профили на гостите, резервирали през канал.',
          'Создаёт профили гостей, забронировавших через канал.',
          'Bir kanal üzerinden rezervasyon yapan misafirler için profil oluşturur.',
        ),
      ),
    ],
    support: {
      kind: 'vendor',
      name: 'SkyRail Support',
      email: 'support@skyrail.example.com',
      phone: '+1 555 0101',
      url: 'https://help.skyrail.example.com',
    },
    moreInfoUrl: 'https://skyrail.example.com/integrations/plugboard',
    mayChangeFees: true,
    termsVersion: '2026-09',
    initialStatus: 'active',
  },
  {
    id: 'otaflow',
    name: 'OTAFlow',
    vendor: 'Tidewater Distribution Ltd',
    categoryIds: ['channel-managers', 'booking-engines'],
    developer: 'vendor',
    summary: t(
      'Channel manager and booking engine in one subscription.',
      'Управление на канали и система за онлайн резервации в един абонамент.',
      'Менеджер каналов и модуль бронирования в одной подписке.',
      'Kanal yöneticisi ve rezervasyon motoru tek abonelikte.',
    ),
    description: t(
      'OTAFlow combines distribution to booking sites with a booking widget for your own website. Both share one inventory, so a room sold on one channel disappears from all the others at once.',
      'OTAFlow съчетава разпространението към сайтове за резервации с модул за резервации на собствения ви сайт. Двете ползват обща наличност, така че продадена в един канал стая веднага изчезва от всички останали.',
      'OTAFlow объединяет продажи через сайты бронирования и виджет бронирования для вашего сайта. Оба используют общий номерной фонд, поэтому проданный в одном канале номер сразу исчезает из всех остальных.',
      'OTAFlow, rezervasyon sitelerine dağıtımı kendi web siteniz için bir rezervasyon aracıyla birleştirir. İkisi aynı envanteri paylaşır; bir kanalda satılan oda anında diğer tüm kanallardan kalkar.',
    ),
    dataFlows: [
      {
        direction: 'both',
        description: t(
          'Availability and bookings, in both directions',
          'Наличност и резервации в двете посоки',
          'Наличие мест и бронирования в обе стороны',
          'Her iki yönde müsaitlik ve rezervasyonlar',
        ),
      },
    ],
    dataScopes: [
      scope('rates-availability', 'read-write'),
      scope('reservations', 'read-write'),
      scope('rooms', 'read'),
    ],
    support: { kind: 'vendor', name: 'OTAFlow Help Desk', email: 'help@otaflow.example.net' },
    moreInfoUrl: 'https://otaflow.example.net/hotels',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'bookmesh-connect',
    name: 'BookMesh Connect',
    vendor: 'BookMesh',
    categoryIds: ['channel-managers'],
    logoUrl: logo('bookmesh'),
    developer: 'vendor',
    summary: t(
      'Lightweight channel sync for small hotels and hostels.',
      'Лесна синхронизация на каналите за малки хотели и хостели.',
      'Простая синхронизация каналов для небольших отелей и хостелов.',
      'Küçük oteller ve hosteller için sade kanal eşitleme.',
    ),
    description: t(
      'BookMesh Connect covers the most popular booking sites and takes minutes to set up. It suits properties with up to 40 rooms and a single rate plan per room type.',
      'BookMesh Connect обхваща най-популярните сайтове за резервации и се настройва за минути. Подходящ е за обекти с до 40 стаи и по един тарифен план за тип стая.',
      'BookMesh Connect работает с самыми популярными сайтами бронирования и настраивается за несколько минут. Подходит для объектов до 40 номеров с одним тарифом на категорию.',
      'BookMesh Connect en popüler rezervasyon sitelerini kapsar ve birkaç dakikada kurulur. En fazla 40 odalı ve oda tipi başına tek fiyat planı olan tesisler için uygundur.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Availability and base rates',
          'Наличност и основни цени',
          'Наличие мест и базовые тарифы',
          'Müsaitlik ve temel fiyatlar',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Bookings from connected sites',
          'Резервации от свързаните сайтове',
          'Бронирования с подключённых сайтов',
          'Bağlı sitelerden gelen rezervasyonlar',
        ),
      },
    ],
    dataScopes: [scope('rates-availability', 'read'), scope('rooms', 'read'), scope('reservations', 'write')],
    support: {
      kind: 'vendor',
      name: 'BookMesh',
      phone: '+1 555 0103',
      url: 'https://support.bookmesh.example.org',
    },
    moreInfoUrl: 'https://bookmesh.example.org/connect',
    mayChangeFees: false,
    termsVersion: '2026-03',
  },
  {
    id: 'kanal-istasyonu',
    name: 'Kanal İstasyonu',
    vendor: 'Yağmurlu Işık Yazılım A.Ş.',
    categoryIds: ['channel-managers'],
    developer: 'vendor',
    summary: t(
      'Channel manager built for Turkish and regional booking sites.',
      'Управление на канали, създадено за турски и регионални сайтове за резервации.',
      'Менеджер каналов для турецких и региональных сайтов бронирования.',
      'Türk ve bölgesel rezervasyon siteleri için geliştirilmiş kanal yöneticisi.',
    ),
    description: t(
      'Kanal İstasyonu connects your property to local booking portals and tour operators as well as the global sites. Prices can be published in several currencies with automatic exchange rates.',
      'Kanal İstasyonu свързва обекта ви с местни портали за резервации и туроператори, наред с глобалните сайтове. Цените могат да се публикуват в няколко валути с автоматичен обменен курс.',
      'Kanal İstasyonu подключает ваш объект к местным порталам бронирования и туроператорам наряду с глобальными сайтами. Цены можно публиковать в нескольких валютах с автоматическим пересчётом по курсу.',
      'Kanal İstasyonu, tesisinizi küresel sitelerin yanı sıra yerel rezervasyon portallarına ve tur operatörlerine bağlar. Fiyatlar, otomatik döviz kurlarıyla birden fazla para biriminde yayınlanabilir.',
    ),
    dataFlows: [
      {
        direction: 'both',
        description: t(
          'Rates, availability and bookings',
          'Цени, наличност и резервации',
          'Тарифы, наличие мест и бронирования',
          'Fiyatlar, müsaitlik ve rezervasyonlar',
        ),
      },
    ],
    dataScopes: [
      scope('rates-availability', 'read-write'),
      scope('reservations', 'read-write'),
      scope('property', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'Kanal İstasyonu Destek',
      email: 'destek@kanalistasyonu.example.com',
      phone: '+1 555 0104',
    },
    moreInfoUrl: 'https://kanalistasyonu.example.com/entegrasyon',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },

  // -- booking engines --
  {
    id: 'directnest-booking-engine',
    name: 'DirectNest Booking Engine',
    vendor: 'DirectNest',
    categoryIds: ['booking-engines'],
    logoUrl: logo('directnest'),
    developer: 'vendor',
    summary: t(
      'Commission-free bookings from your own website.',
      'Резервации без комисиона директно от вашия сайт.',
      'Бронирования без комиссии прямо с вашего сайта.',
      'Kendi web sitenizden komisyonsuz rezervasyon.',
    ),
    description: t(
      'Add a booking button to your website and take direct reservations paid by card. Guests see live prices and can add extras such as breakfast or an airport transfer.',
      'Добавете бутон за резервация към сайта си и приемайте директни резервации с плащане с карта. Гостите виждат актуалните цени и могат да добавят екстри като закуска или трансфер от летището.',
      'Добавьте на сайт кнопку бронирования и принимайте прямые брони с оплатой картой. Гости видят актуальные цены и могут добавить услуги, например завтрак или трансфер из аэропорта.',
      'Web sitenize bir rezervasyon düğmesi ekleyin ve kartla ödemeli doğrudan rezervasyon alın. Misafirler güncel fiyatları görür; kahvaltı veya havalimanı transferi gibi ekstralar ekleyebilir.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Room types, rates and availability',
          'Типове стаи, цени и наличност',
          'Категории номеров, тарифы и наличие мест',
          'Oda tipleri, fiyatlar ve müsaitlik',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Direct bookings with deposits',
          'Директни резервации с депозити',
          'Прямые бронирования с предоплатой',
          'Ön ödemeli doğrudan rezervasyonlar',
        ),
      },
    ],
    dataScopes: [
      scope('rooms', 'read'),
      scope('rates-availability', 'read'),
      scope('reservations', 'write'),
      scope('payments', 'write'),
    ],
    support: { kind: 'vendor', name: 'DirectNest Customer Care', email: 'care@directnest.example.com' },
    moreInfoUrl: 'https://directnest.example.com/engine',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'group-booking-desk',
    name: 'Group Booking Desk',
    vendor: 'Convene Labs',
    categoryIds: ['booking-engines', 'crm-marketing'],
    developer: 'vendor',
    summary: t(
      'Quotes, room blocks and rooming lists for groups.',
      'Оферти, блокове от стаи и списъци за настаняване на групи.',
      'Предложения, блоки номеров и списки расселения для групп.',
      'Gruplar için teklifler, oda blokları ve konaklama listeleri.',
    ),
    description: t(
      'Send a group quote in minutes and turn it into a room block once the client signs. Organizers fill in the rooming list online, and the names appear on the reservations automatically.',
      'Изпратете групова оферта за минути и я превърнете в блок от стаи, щом клиентът я подпише. Организаторите попълват списъка за настаняване онлайн, а имената се появяват в резервациите автоматично.',
      'Отправьте групповое предложение за несколько минут и превратите его в блок номеров, когда клиент его подпишет. Организаторы заполняют список расселения онлайн, и имена автоматически попадают в бронирования.',
      'Birkaç dakikada grup teklifi gönderin ve müşteri onayladığında oda bloğuna dönüştürün. Organizatörler konaklama listesini çevrim içi doldurur; isimler rezervasyonlara otomatik olarak işlenir.',
    ),
    dataFlows: [
      {
        direction: 'both',
        description: t(
          'Room blocks and rooming lists',
          'Блокове от стаи и списъци за настаняване',
          'Блоки номеров и списки расселения',
          'Oda blokları ve konaklama listeleri',
        ),
      },
    ],
    dataScopes: [
      scope('reservations', 'read-write'),
      scope('guest-profiles', 'read-write'),
      scope('rates-availability', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'Convene Labs',
      email: 'groups@convene.example.org',
      url: 'https://convene.example.org/help',
    },
    moreInfoUrl: 'https://convene.example.org/group-desk',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },

  // -- payments --
  {
    id: 'payharbor',
    name: 'PayHarbor',
    vendor: 'PayHarbor Payments',
    categoryIds: ['payments'],
    logoUrl: logo('payharbor'),
    developer: 'vendor',
    summary: t(
      'Card payments, deposits and refunds right from the reservation.',
      'Плащания с карта, депозити и възстановявания директно от резервацията.',
      'Оплата картой, предоплаты и возвраты прямо из бронирования.',
      'Kartla ödeme, ön ödeme ve iadeler doğrudan rezervasyondan.',
    ),
    description: t(
      'PayHarbor charges the deposit when a booking arrives and settles the balance at check-out. Every payment and refund is posted to the guest folio, so your cash report always matches the bank.',
      'PayHarbor събира депозита при постъпване на резервацията и урежда остатъка при напускане. Всяко плащане и възстановяване се отразява в сметката на госта, така че касовият отчет винаги съвпада с банката.',
      'PayHarbor списывает предоплату при поступлении бронирования и закрывает остаток при выезде. Каждый платёж и возврат отражается в фолио гостя, поэтому кассовый отчёт всегда сходится с банком.',
      'PayHarbor, rezervasyon geldiğinde ön ödemeyi tahsil eder ve kalan tutarı çıkışta kapatır. Her ödeme ve iade misafir hesabına işlenir; böylece kasa raporunuz her zaman bankayla tutar.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Amounts due and guest contact details',
          'Дължими суми и данни за контакт с госта',
          'Суммы к оплате и контакты гостя',
          'Ödenecek tutarlar ve misafir iletişim bilgileri',
        ),
      },
      {
        direction: 'from-app',
        description: t('Payments and refunds', 'Плащания и възстановявания', 'Платежи и возвраты', 'Ödemeler ve iadeler'),
      },
    ],
    dataScopes: [
      scope('folios', 'read-write'),
      scope(
        'payments',
        'read-write',
        t(
          'Amounts and results only; card numbers never leave PayHarbor.',
          'Само суми и резултати; номерата на картите не напускат PayHarbor.',
          'Только суммы и результаты; номера карт не покидают PayHarbor.',
          'Yalnızca tutarlar ve sonuçlar; kart numaraları PayHarbor dışına çıkmaz.',
        ),
      ),
      scope('guest-profiles', 'read'),
      scope('reservations', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'PayHarbor Merchant Support',
      email: 'merchants@payharbor.example.com',
      phone: '+1 555 0107',
      url: 'https://payharbor.example.com/support',
    },
    moreInfoUrl: 'https://payharbor.example.com/hotels',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'coinlane-terminals',
    name: 'Coinlane Terminals',
    vendor: 'Coinlane',
    categoryIds: ['payments'],
    developer: 'vendor',
    summary: t(
      'Send the amount straight to the card terminal at the front desk.',
      'Изпращайте сумата директно към ПОС терминала на рецепцията.',
      'Отправляйте сумму прямо на платёжный терминал на ресепшене.',
      'Tutarı doğrudan resepsiyondaki kart terminaline gönderin.',
    ),
    description: t(
      'No more typing amounts twice: pick a folio, press Pay, and the terminal shows the right total. Approved payments are posted back with the card type and the last four digits.',
      'Без двойно въвеждане на суми: изберете сметка, натиснете „Плащане“ и терминалът показва точната сума. Одобрените плащания се връщат с вида на картата и последните четири цифри.',
      'Больше не нужно вводить сумму дважды: выберите фолио, нажмите «Оплатить», и терминал покажет нужную сумму. Одобренные платежи возвращаются с типом карты и последними четырьмя цифрами.',
      "Tutarları iki kez yazmaya son: bir hesap seçin, Öde'ye basın, terminal doğru toplamı göstersin. Onaylanan ödemeler kart türü ve son dört haneyle birlikte geri işlenir.",
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t('Amounts to charge', 'Суми за плащане', 'Суммы к списанию', 'Tahsil edilecek tutarlar'),
      },
      {
        direction: 'from-app',
        description: t('Payment results', 'Резултати от плащанията', 'Результаты платежей', 'Ödeme sonuçları'),
      },
    ],
    dataScopes: [scope('folios', 'read'), scope('payments', 'write')],
    support: { kind: 'vendor', name: 'Coinlane', phone: '+1 555 0108' },
    moreInfoUrl: 'https://coinlane.example.net/terminals',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },
  {
    id: 'kassenbruecke',
    name: 'Kassenbrücke',
    vendor: 'Müller & Söhne Zahlungsdienste GmbH',
    categoryIds: ['payments', 'accounting'],
    logoUrl: logo('kassenbruecke'),
    developer: 'vendor',
    summary: t(
      'Fiscal receipts and cash register reports for German-speaking markets.',
      'Фискални бележки и касови отчети за немскоезичните пазари.',
      'Фискальные чеки и кассовые отчёты для немецкоязычных рынков.',
      'Almanca konuşulan pazarlar için mali fişler ve yazar kasa raporları.',
    ),
    description: t(
      'Kassenbrücke signs every payment with a certified security device and prints a compliant receipt. Daily closing reports are exported in the format tax auditors expect.',
      'Kassenbrücke подписва всяко плащане със сертифицирано устройство за сигурност и отпечатва бележка според изискванията. Дневните отчети се експортират във формата, който очакват данъчните проверяващи.',
      'Kassenbrücke подписывает каждый платёж сертифицированным модулем безопасности и печатает чек по всем требованиям. Отчёты о закрытии дня выгружаются в формате, который ожидают налоговые проверяющие.',
      'Kassenbrücke her ödemeyi sertifikalı bir güvenlik cihazıyla imzalar ve mevzuata uygun fiş yazdırır. Gün sonu raporları vergi denetçilerinin beklediği biçimde dışa aktarılır.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Payments and folio lines',
          'Плащания и редове от сметки',
          'Платежи и строки фолио',
          'Ödemeler ve hesap kalemleri',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Signed receipts and daily closings',
          'Подписани бележки и дневни отчети',
          'Подписанные чеки и закрытия дня',
          'İmzalı fişler ve gün sonu kapanışları',
        ),
      },
    ],
    dataScopes: [
      scope('payments', 'read'),
      scope('folios', 'read'),
      scope('taxes', 'read'),
      scope('ledger-entries', 'write'),
    ],
    support: {
      kind: 'vendor',
      name: 'Müller & Söhne Support',
      email: 'support@mueller-soehne.example.com',
      url: 'https://mueller-soehne.example.com/hilfe',
    },
    moreInfoUrl: 'https://mueller-soehne.example.com/kassenbruecke',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'cafe-caisse',
    name: 'Café Caisse',
    vendor: 'Éclat Logiciels SARL',
    categoryIds: ['payments'],
    developer: 'vendor',
    summary: t(
      'Point of sale for the restaurant, bar and café.',
      'Касова система за ресторант, бар и кафене.',
      'Кассовая система для ресторана, бара и кафе.',
      'Restoran, bar ve kafe için satış noktası sistemi.',
    ),
    description: t(
      "Café Caisse lets waiters charge a bill to the guest's room in two taps. The charge appears on the folio right away, item by item, so there are no surprises at check-out.",
      'С Café Caisse сервитьорите прехвърлят сметка към стаята на госта с две докосвания. Сумата веднага се появява в сметката на госта с всички артикули, така че при напускане няма изненади.',
      'В Café Caisse официант переносит счёт на номер гостя в два касания. Начисление сразу появляется в фолио с разбивкой по позициям, и при выезде не бывает сюрпризов.',
      'Café Caisse ile garsonlar hesabı iki dokunuşla misafirin odasına aktarır. Tutar kalem kalem hemen misafir hesabında görünür; çıkışta sürpriz yaşanmaz.',
    ),
    dataFlows: [
      { direction: 'to-app', description: IN_HOUSE_GUESTS },
      {
        direction: 'from-app',
        description: t(
          'Itemized charges to rooms',
          'Разходи по стаи, разбити по артикули',
          'Начисления на номер с разбивкой',
          'Odaya aktarılan kalem kalem harcamalar',
        ),
      },
    ],
    dataScopes: [scope('guest-profiles', 'read'), scope('reservations', 'read'), scope('folios', 'write')],
    support: {
      kind: 'vendor',
      name: 'Éclat Logiciels',
      email: 'aide@eclat.example.org',
      url: 'https://eclat.example.org/aide',
    },
    moreInfoUrl: 'https://eclat.example.org/cafe-caisse',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },

  // -- guest messaging --
  {
    id: 'chatterbell',
    name: 'ChatterBell',
    vendor: 'ChatterBell Inc.',
    categoryIds: ['guest-messaging'],
    logoUrl: logo('chatterbell'),
    developer: 'vendor',
    summary: t(
      'One inbox for email, SMS and chat apps.',
      'Обща пощенска кутия за имейл, SMS и чат приложения.',
      'Единый ящик для email, SMS и мессенджеров.',
      'E-posta, SMS ve sohbet uygulamaları için tek gelen kutusu.',
    ),
    description: t(
      "ChatterBell collects every guest conversation in one place and matches it to the right reservation. Automated messages go out before arrival and after departure, in the guest's language.",
      'ChatterBell събира всички разговори с гости на едно място и ги свързва с правилната резервация. Автоматичните съобщения се изпращат преди пристигане и след напускане, на езика на госта.',
      'ChatterBell собирает всю переписку с гостями в одном месте и привязывает её к нужному бронированию. Автоматические сообщения уходят до заезда и после выезда — на языке гостя.',
      'ChatterBell tüm misafir yazışmalarını tek yerde toplar ve doğru rezervasyonla eşleştirir. Otomatik mesajlar varıştan önce ve ayrılıştan sonra misafirin dilinde gönderilir.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Reservations and guest contact details',
          'Резервации и данни за контакт с гостите',
          'Бронирования и контакты гостей',
          'Rezervasyonlar ve misafir iletişim bilgileri',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Conversation notes on the reservation',
          'Бележки от разговорите към резервацията',
          'Заметки из переписки в бронировании',
          'Rezervasyona eklenen yazışma notları',
        ),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('guest-profiles', 'read'), scope('messages', 'read-write')],
    support: {
      kind: 'vendor',
      name: 'ChatterBell Support',
      email: 'hello@chatterbell.example.com',
      url: 'https://chatterbell.example.com/help',
    },
    moreInfoUrl: 'https://chatterbell.example.com/hospitality',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'portye-online',
    name: 'Портье Онлайн',
    vendor: 'ООО «Тихая Гавань Софт»',
    categoryIds: ['guest-messaging'],
    developer: 'vendor',
    summary: t(
      'Digital concierge: guests order services from their phone.',
      'Дигитален консиерж: гостите поръчват услуги от телефона си.',
      'Цифровой консьерж: гости заказывают услуги с телефона.',
      'Dijital konsiyerj: misafirler hizmetleri telefonlarından sipariş eder.',
    ),
    description: t(
      'Портье Онлайн puts a QR code in every room that opens a menu of services: late check-out, towels, a taxi, room service. Requests reach the right department as tasks, and the guest follows their status live.',
      'Портье Онлайн поставя във всяка стая QR код, който отваря меню с услуги: късно напускане, хавлии, такси, рум сървис. Заявките стигат до правилния отдел като задачи, а гостът следи статуса им в реално време.',
      'Портье Онлайн размещает в каждом номере QR-код с меню услуг: поздний выезд, полотенца, такси, обслуживание в номере. Запросы попадают в нужную службу в виде задач, а гость видит их статус в реальном времени.',
      'Портье Онлайн her odaya; geç çıkış, havlu, taksi ve oda servisi gibi hizmetlerin menüsünü açan bir QR kod yerleştirir. Talepler ilgili departmana görev olarak ulaşır, misafir de durumlarını anlık izler.',
    ),
    dataFlows: [
      { direction: 'to-app', description: IN_HOUSE_GUESTS },
      {
        direction: 'from-app',
        description: t(
          'Service requests and charges',
          'Заявки за услуги и разходи',
          'Запросы услуг и начисления',
          'Hizmet talepleri ve ücretler',
        ),
      },
    ],
    dataScopes: [
      scope('guest-profiles', 'read'),
      scope('reservations', 'read'),
      scope('tasks', 'write'),
      scope('folios', 'write'),
    ],
    support: {
      kind: 'vendor',
      name: 'Тихая Гавань Софт',
      email: 'support@tihaya-gavan.example.com',
      phone: '+1 555 0112',
    },
    moreInfoUrl: 'https://tihaya-gavan.example.com/portye',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },
  {
    id: 'pre-arrival-mailer',
    name: 'Pre-Arrival Mailer',
    vendor: 'Inboxly',
    categoryIds: ['guest-messaging'],
    logoUrl: logo('inboxly'),
    developer: 'host',
    summary: t(
      'Personalized emails to guests a few days before arrival.',
      'Персонализирани имейли до гостите няколко дни преди пристигане.',
      'Персональные письма гостям за несколько дней до заезда.',
      'Varıştan birkaç gün önce misafirlere kişiselleştirilmiş e-postalar.',
    ),
    description: t(
      'We built this integration with Inboxly to send arrival details, directions and upgrade offers automatically. After activation, enter the API address and the service account you received from Inboxly.',
      'Изградихме тази интеграция заедно с Inboxly, за да изпращаме автоматично информация за пристигането, упътвания и допълнителни оферти. След активиране въведете адреса на API и служебния акаунт, които сте получили от Inboxly.',
      'Мы разработали эту интеграцию вместе с Inboxly, чтобы автоматически отправлять гостям информацию о заезде, схему проезда и дополнительные предложения. После активации укажите адрес API и служебную учётную запись, полученные от Inboxly.',
      "Bu entegrasyonu varış bilgilerini, yol tarifini ve oda yükseltme tekliflerini otomatik göndermek için Inboxly ile birlikte geliştirdik. Etkinleştirdikten sonra Inboxly'den aldığınız API adresini ve hizmet hesabını girin.",
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Upcoming arrivals and guest emails',
          'Предстоящи пристигания и имейли на гостите',
          'Предстоящие заезды и email гостей',
          'Yaklaşan varışlar ve misafir e-postaları',
        ),
      },
    ],
    dataScopes: [
      scope('reservations', 'read'),
      scope('guest-profiles', 'read'),
      scope('marketing-consents', 'read'),
    ],
    support: { kind: 'host' },
    moreInfoUrl: 'https://inboxly.example.net/pre-arrival',
    mayChangeFees: false,
    termsVersion: '2026-09',
    connectorTypeId: 'custom-rest',
    initialStatus: 'pending-configuration',
  },
  {
    id: 'tagsoup-concierge',
    name: 'TagSoup Concierge',
    vendor: 'Markup & Co.',
    categoryIds: ['guest-messaging'],
    developer: 'vendor',
    summary: t(
      'Test listing: <b>this markup</b> must show as plain characters.',
      'Тестов запис: <b>тази маркировка</b> трябва да се вижда като обикновени знаци.',
      'Тестовая карточка: <b>эта разметка</b> должна отображаться обычными символами.',
      'Test kaydı: <b>bu işaretleme</b> düz karakterler olarak görünmelidir.',
    ),
    description: t(
      "This listing checks that the catalog never renders vendor text as HTML. If you can read <img src=x onerror=alert(1)> and <script>alert('xss')</script> as plain text, everything is fine. Nothing here should run or load.",
      "Този запис проверява, че каталогът никога не показва текста на доставчика като HTML. Ако виждате <img src=x onerror=alert(1)> и <script>alert('xss')</script> като обикновен текст, всичко е наред. Нищо тук не бива да се изпълнява или зарежда.",
      "Эта карточка проверяет, что каталог никогда не отображает текст поставщика как HTML. Если вы видите <img src=x onerror=alert(1)> и <script>alert('xss')</script> обычным текстом, всё в порядке. Здесь ничего не должно выполняться или загружаться.",
      "Bu kayıt, kataloğun sağlayıcı metnini asla HTML olarak göstermediğini doğrular. <img src=x onerror=alert(1)> ve <script>alert('xss')</script> ifadelerini düz metin olarak görüyorsanız her şey yolunda. Burada hiçbir şey çalışmamalı veya yüklenmemeli.",
    ),
    dataFlows: [
      {
        direction: 'both',
        description: t(
          'Sample messages with <em>inline markup</em>',
          'Примерни съобщения с <em>вградена маркировка</em>',
          'Примеры сообщений со <em>встроенной разметкой</em>',
          '<em>Satır içi işaretleme</em> içeren örnek mesajlar',
        ),
      },
    ],
    dataScopes: [scope('messages', 'read-write'), scope('guest-profiles', 'read')],
    support: { kind: 'vendor', name: 'Markup & Co. <QA>', email: 'qa@markup.example.net' },
    moreInfoUrl: 'https://markup.example.net/tagsoup',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },

  // -- revenue management --
  {
    id: 'yieldpilot',
    name: 'YieldPilot',
    vendor: 'YieldPilot Analytics',
    categoryIds: ['revenue-management'],
    logoUrl: logo('yieldpilot'),
    developer: 'vendor',
    summary: t(
      'Daily price recommendations based on demand and competitors.',
      'Ежедневни препоръки за цени според търсенето и конкуренцията.',
      'Ежедневные рекомендации по ценам с учётом спроса и конкурентов.',
      'Talebe ve rakiplere göre günlük fiyat önerileri.',
    ),
    description: t(
      'YieldPilot studies your booking pace, local events and competitor prices to suggest the best rate for every night. Approve recommendations one by one or let them update your rates automatically.',
      'YieldPilot анализира темпа на резервациите, местните събития и цените на конкурентите, за да предложи най-добрата цена за всяка нощувка. Одобрявайте препоръките една по една или ги оставете да обновяват цените автоматично.',
      'YieldPilot анализирует темп бронирований, местные события и цены конкурентов и предлагает оптимальный тариф на каждую ночь. Утверждайте рекомендации по одной или позвольте системе обновлять тарифы автоматически.',
      'YieldPilot; rezervasyon hızınızı, yerel etkinlikleri ve rakip fiyatlarını inceleyerek her gece için en uygun fiyatı önerir. Önerileri tek tek onaylayın ya da fiyatlarınızı otomatik güncellemesine izin verin.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Bookings on the books and occupancy',
          'Налични резервации и заетост',
          'Текущие бронирования и загрузка',
          'Mevcut rezervasyonlar ve doluluk',
        ),
      },
      {
        direction: 'from-app',
        description: t('Recommended rates', 'Препоръчани цени', 'Рекомендованные тарифы', 'Önerilen fiyatlar'),
      },
    ],
    dataScopes: [
      scope('reservations', 'read'),
      scope('rates-availability', 'read-write'),
      scope('rooms', 'read'),
      scope('reports', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'YieldPilot Success Team',
      email: 'success@yieldpilot.example.com',
      phone: '+1 555 0115',
    },
    moreInfoUrl: 'https://yieldpilot.example.com/how-it-works',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'rateowl',
    name: 'RateOwl',
    vendor: 'Owlridge Labs',
    categoryIds: ['revenue-management', 'analytics'],
    developer: 'vendor',
    summary: t(
      'Track competitor prices on booking sites every day.',
      'Следете цените на конкурентите в сайтовете за резервации всеки ден.',
      'Ежедневный мониторинг цен конкурентов на сайтах бронирования.',
      'Rakip fiyatlarını rezervasyon sitelerinde her gün takip edin.',
    ),
    description: t(
      'RateOwl checks what similar properties charge and shows it next to your own rates. An alert tells you when a competitor drops below your price on a date you care about.',
      'RateOwl проверява какви цени предлагат подобни обекти и ги показва до вашите. Получавате известие, когато конкурент падне под вашата цена за дата, която следите.',
      'RateOwl проверяет цены похожих объектов и показывает их рядом с вашими тарифами. Вы получаете уведомление, если конкурент опустился ниже вашей цены на важную для вас дату.',
      'RateOwl benzer tesislerin fiyatlarını kontrol eder ve kendi fiyatlarınızın yanında gösterir. Takip ettiğiniz bir tarihte bir rakip fiyatınızın altına indiğinde uyarı alırsınız.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Your published rates',
          'Публикуваните ви цени',
          'Ваши опубликованные тарифы',
          'Yayındaki fiyatlarınız',
        ),
      },
    ],
    dataScopes: [scope('rates-availability', 'read'), scope('property', 'read')],
    support: { kind: 'vendor', name: 'Owlridge Labs', url: 'https://owlridge.example.org/support' },
    moreInfoUrl: 'https://owlridge.example.org/rateowl',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },
  {
    id: 'forecastly',
    name: 'Forecastly',
    vendor: 'Forecastly Oy',
    categoryIds: ['revenue-management', 'analytics'],
    logoUrl: logo('forecastly'),
    developer: 'vendor',
    summary: t(
      'Occupancy and revenue forecasts for the next 365 days.',
      'Прогнози за заетост и приходи за следващите 365 дни.',
      'Прогноз загрузки и выручки на 365 дней вперёд.',
      'Önümüzdeki 365 gün için doluluk ve gelir tahminleri.',
    ),
    description: t(
      'Forecastly turns your booking history into a day-by-day forecast that updates every night. Compare it with your budget and spot weak periods early enough to act.',
      'Forecastly превръща историята на резервациите ви в прогноза ден по ден, която се обновява всяка нощ. Сравнявайте я с бюджета и откривайте слабите периоди навреме, за да реагирате.',
      'Forecastly превращает историю бронирований в прогноз по дням, который обновляется каждую ночь. Сравнивайте его с бюджетом и замечайте слабые периоды заранее, пока ещё можно что-то сделать.',
      'Forecastly rezervasyon geçmişinizi her gece güncellenen, gün gün bir tahmine dönüştürür. Tahmini bütçenizle karşılaştırın, zayıf dönemleri önlem alacak kadar erken fark edin.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Booking history and revenue by day',
          'История на резервациите и приходи по дни',
          'История бронирований и выручка по дням',
          'Rezervasyon geçmişi ve günlük gelir',
        ),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('reports', 'read'), scope('rates-availability', 'read')],
    support: { kind: 'vendor', name: 'Forecastly Support', email: 'support@forecastly.example.com' },
    moreInfoUrl: 'https://forecastly.example.com/hotels',
    mayChangeFees: true,
    termsVersion: '2026-09',
    initialStatus: 'active',
  },

  // -- accounting --
  {
    id: 'ledgerleaf',
    name: 'LedgerLeaf',
    vendor: 'Leafwork Accounting',
    categoryIds: ['accounting'],
    logoUrl: logo('ledgerleaf'),
    developer: 'vendor',
    summary: t(
      'Post revenue and payments to your general ledger every night.',
      'Осчетоводява приходите и плащанията в главната книга всяка нощ.',
      'Каждую ночь переносит выручку и платежи в главную книгу.',
      'Gelir ve ödemeleri her gece genel muhasebe defterine aktarır.',
    ),
    description: t(
      'Map each revenue and payment type to an account once, and LedgerLeaf does the rest after every night audit. Your accountant gets balanced journal entries instead of spreadsheets.',
      'Съпоставете веднъж всеки вид приход и плащане със счетоводна сметка, а LedgerLeaf ще свърши останалото след всеки нощен одит. Счетоводителят ви получава балансирани записвания вместо таблици.',
      'Один раз сопоставьте каждый вид выручки и платежей со счётом, а остальное LedgerLeaf сделает сам после каждого ночного аудита. Бухгалтер получает сбалансированные проводки вместо таблиц.',
      'Her gelir ve ödeme türünü bir kez hesapla eşleştirin; her gece denetiminden sonra gerisini LedgerLeaf halleder. Muhasebeciniz tablolar yerine dengeli yevmiye kayıtları alır.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Revenue, payments and taxes by day',
          'Приходи, плащания и данъци по дни',
          'Выручка, платежи и налоги по дням',
          'Günlük gelir, ödemeler ve vergiler',
        ),
      },
      {
        direction: 'from-app',
        description: t('Export status', 'Статус на експорта', 'Статус выгрузки', 'Aktarım durumu'),
      },
    ],
    dataScopes: [
      scope('ledger-entries', 'read-write'),
      scope('payments', 'read'),
      scope('invoices', 'read'),
      scope('taxes', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'Leafwork Accounting',
      email: 'help@leafwork.example.com',
      phone: '+1 555 0118',
    },
    moreInfoUrl: 'https://leafwork.example.com/ledgerleaf',
    mayChangeFees: true,
    termsVersion: '2026-03',
  },
  {
    id: 'schetovoden-most',
    name: 'Счетоводен мост',
    vendor: 'Балкан Софт ЕООД',
    categoryIds: ['accounting'],
    developer: 'vendor',
    summary: t(
      'Sales invoices and VAT ledgers for Bulgarian accounting software.',
      'Фактури за продажби и дневници по ДДС за българския счетоводен софтуер.',
      'Счета и журналы НДС для болгарских бухгалтерских программ.',
      'Bulgar muhasebe yazılımları için satış faturaları ve KDV defterleri.',
    ),
    description: t(
      'Счетоводен мост exports issued invoices, credit notes and VAT ledgers in the formats local accounting programs import. Invoice numbering continues your existing series without gaps.',
      'Счетоводен мост експортира издадените фактури, кредитните известия и дневниците по ДДС във форматите, които местните счетоводни програми приемат. Номерацията на фактурите продължава вашата серия без пропуски.',
      'Счетоводен мост выгружает выставленные счета, кредит-ноты и журналы НДС в форматах, которые принимают местные бухгалтерские программы. Нумерация счетов продолжает вашу серию без пропусков.',
      'Счетоводен мост; kesilen faturaları, alacak dekontlarını ve KDV defterlerini yerel muhasebe programlarının içe aktarabildiği biçimlerde dışa aktarır. Fatura numaraları mevcut serinizi boşluksuz sürdürür.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Issued invoices and credit notes',
          'Издадени фактури и кредитни известия',
          'Выставленные счета и кредит-ноты',
          'Kesilen faturalar ve alacak dekontları',
        ),
      },
    ],
    dataScopes: [scope('invoices', 'read'), scope('taxes', 'read'), scope('guest-profiles', 'read')],
    support: {
      kind: 'vendor',
      name: 'Балкан Софт',
      email: 'office@balkansoft.example.com',
      phone: '+1 555 0119',
    },
    moreInfoUrl: 'https://balkansoft.example.com/schetovoden-most',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },
  {
    id: 'invoice-relay',
    name: 'Invoice Relay',
    vendor: 'Paperless Works',
    categoryIds: ['accounting'],
    developer: 'host',
    summary: t(
      'Send invoices to your e-invoicing provider automatically.',
      'Автоматично изпращане на фактури към доставчика на електронно фактуриране.',
      'Автоматическая отправка счетов оператору электронного документооборота.',
      'Faturaları e-fatura sağlayıcınıza otomatik olarak gönderin.',
    ),
    description: t(
      'Our team built and maintains this connection to the Paperless Works e-invoicing network. After activation, fill in the endpoint and the credentials Paperless Works gave you; invoices start flowing as soon as the connection is saved.',
      'Нашият екип изгради и поддържа тази връзка с мрежата за електронно фактуриране на Paperless Works. След активиране попълнете адреса и данните за достъп, които сте получили от Paperless Works; фактурите започват да се изпращат веднага щом запазите връзката.',
      'Наша команда разработала и поддерживает это подключение к сети электронных счетов Paperless Works. После активации укажите адрес и учётные данные, полученные от Paperless Works: счета начнут отправляться, как только вы сохраните подключение.',
      'Paperless Works e-fatura ağıyla bu bağlantıyı ekibimiz geliştirdi ve bakımını yapıyor. Etkinleştirdikten sonra Paperless Works tarafından size verilen adresi ve kimlik bilgilerini girin; bağlantıyı kaydettiğiniz anda faturalar gönderilmeye başlar.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Invoices and credit notes',
          'Фактури и кредитни известия',
          'Счета и кредит-ноты',
          'Faturalar ve alacak dekontları',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Delivery status from the tax authority',
          'Статус на приемането от данъчните органи',
          'Статус приёма налоговой службой',
          'Vergi idaresinden teslim durumu',
        ),
      },
    ],
    dataScopes: [scope('invoices', 'read-write'), scope('guest-profiles', 'read'), scope('taxes', 'read')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://paperlessworks.example.org/network',
    mayChangeFees: false,
    termsVersion: '2026-09',
    connectorTypeId: 'custom-rest',
  },
  {
    id: 'taxtrail',
    name: 'TaxTrail',
    vendor: 'TaxTrail',
    categoryIds: ['accounting'],
    logoUrl: logo('taxtrail'),
    developer: 'vendor',
    summary: t(
      'Tourist tax reports without manual counting.',
      'Отчети за туристическия данък без ръчно броене.',
      'Отчёты по туристическому налогу без ручного подсчёта.',
      'Elle sayım yapmadan konaklama vergisi raporları.',
    ),
    description: t(
      'TaxTrail counts taxable nights per guest, applies exemptions for children and business travelers, and prepares the monthly return. Submit it to the municipality in one click or download it as a file.',
      'TaxTrail отчита облагаемите нощувки за всеки гост, прилага освобождаванията за деца и служебни пътувания и подготвя месечната декларация. Подайте я към общината с едно кликване или я изтеглете като файл.',
      'TaxTrail считает облагаемые ночи по каждому гостю, учитывает льготы для детей и командированных и готовит ежемесячную декларацию. Отправьте её в муниципалитет одним нажатием или скачайте файлом.',
      'TaxTrail her misafir için vergiye tabi geceleri sayar, çocuklar ve iş seyahatindekiler için muafiyetleri uygular ve aylık beyannameyi hazırlar. Beyannameyi tek tıkla belediyeye gönderin ya da dosya olarak indirin.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Stays, guest ages and nationalities',
          'Престои, възраст и гражданство на гостите',
          'Проживания, возраст и гражданство гостей',
          'Konaklamalar, misafir yaşları ve uyrukları',
        ),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('guest-profiles', 'read'), scope('taxes', 'read')],
    support: {
      kind: 'vendor',
      name: 'TaxTrail Support',
      email: 'support@taxtrail.example.net',
      url: 'https://taxtrail.example.net/help',
    },
    moreInfoUrl: 'https://taxtrail.example.net/tourist-tax',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'night-audit-export',
    name: 'Night Audit Export',
    vendor: 'Northbeam Finance',
    categoryIds: ['accounting', 'analytics'],
    logoUrl: logo('northbeam'),
    developer: 'host',
    summary: t(
      'Deliver night audit reports to your finance system.',
      'Изпраща отчетите от нощния одит към финансовата ви система.',
      'Передаёт отчёты ночного аудита в вашу финансовую систему.',
      'Gece denetimi raporlarını finans sisteminize iletir.',
    ),
    description: t(
      'Each night, the closing reports are sent to Northbeam Finance in a structured format. Our team maintains the integration; after activation, enter the API address and the sign-in method agreed with Northbeam.',
      'Всяка нощ отчетите за приключване на деня се изпращат към Northbeam Finance в структуриран вид. Нашият екип поддържа интеграцията; след активиране въведете адреса на API и начина на удостоверяване, договорен с Northbeam.',
      'Каждую ночь отчёты о закрытии дня отправляются в Northbeam Finance в структурированном виде. Интеграцию поддерживает наша команда: после активации укажите адрес API и способ аутентификации, согласованный с Northbeam.',
      'Gün sonu raporları her gece yapılandırılmış biçimde Northbeam Finance sistemine gönderilir. Entegrasyonun bakımını ekibimiz yapar; etkinleştirdikten sonra API adresini ve Northbeam ile kararlaştırdığınız kimlik doğrulama yöntemini girin.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Closing reports and revenue summaries',
          'Отчети за приключване и обобщени приходи',
          'Отчёты о закрытии дня и сводки по выручке',
          'Gün sonu raporları ve gelir özetleri',
        ),
      },
    ],
    dataScopes: [scope('reports', 'read'), scope('ledger-entries', 'read'), scope('payments', 'read')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://northbeam.example.com/night-audit',
    mayChangeFees: false,
    termsVersion: '2026-09',
    connectorTypeId: 'custom-rest',
  },

  // -- analytics --
  {
    id: 'insightharbor-bi',
    name: 'InsightHarbor BI',
    vendor: 'InsightHarbor',
    categoryIds: ['analytics', 'revenue-management'],
    developer: 'vendor',
    summary: t(
      'Dashboards for owners who run several properties.',
      'Табла за собственици, които управляват няколко обекта.',
      'Дашборды для владельцев нескольких объектов.',
      'Birden fazla tesisi yöneten sahipler için panolar.',
    ),
    description: t(
      'See occupancy, average rate and revenue per available room for every property on one screen. Drill down from the whole portfolio to a single night, and schedule a PDF summary for Monday mornings.',
      'Вижте заетостта, средната цена и прихода на налична стая за всички обекти на един екран. Преминете от целия портфейл до отделна нощувка и планирайте PDF обобщение за всеки понеделник сутрин.',
      'Загрузка, средний тариф и доход на доступный номер по всем объектам — на одном экране. Переходите от всего портфеля к отдельной ночи и настройте отправку PDF-сводки по понедельникам.',
      'Tüm tesislerinizin doluluk, ortalama fiyat ve müsait oda başına gelir verilerini tek ekranda görün. Portföyün tamamından tek bir geceye kadar inin ve pazartesi sabahları için PDF özeti planlayın.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Occupancy, revenue and booking sources',
          'Заетост, приходи и източници на резервации',
          'Загрузка, выручка и источники бронирований',
          'Doluluk, gelir ve rezervasyon kaynakları',
        ),
      },
    ],
    dataScopes: [
      scope('reports', 'read'),
      scope('reservations', 'read'),
      scope('rates-availability', 'read'),
      scope('property', 'read'),
    ],
    support: { kind: 'vendor', name: 'InsightHarbor', email: 'bi@insightharbor.example.com' },
    moreInfoUrl: 'https://insightharbor.example.com/portfolio',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'occupancy-lens',
    name: 'Occupancy Lens',
    vendor: 'Lensfield Data',
    categoryIds: ['analytics'],
    logoUrl: logo('occupancy-lens'),
    developer: 'host',
    summary: t(
      'Send occupancy figures to your data warehouse.',
      'Изпращайте данните за заетостта към вашето хранилище за данни.',
      'Передача данных о загрузке в ваше хранилище данных.',
      'Doluluk verilerini veri ambarınıza gönderin.',
    ),
    description: t(
      'Occupancy Lens delivers nightly occupancy and revenue figures to any REST endpoint you control. It was developed by our team; after activation, enter the address and sign-in details of your endpoint.',
      'Occupancy Lens доставя всяка нощ данни за заетостта и приходите до REST адрес, който управлявате. Интеграцията е разработена от нашия екип; след активиране въведете адреса и данните за вход на вашата крайна точка.',
      'Occupancy Lens каждую ночь передаёт данные о загрузке и выручке на любой ваш REST-адрес. Интеграцию разработала наша команда: после активации укажите адрес и данные для входа вашей конечной точки.',
      'Occupancy Lens, gecelik doluluk ve gelir verilerini yönettiğiniz herhangi bir REST uç noktasına iletir. Entegrasyonu ekibimiz geliştirdi; etkinleştirdikten sonra uç noktanızın adresini ve giriş bilgilerini girin.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Nightly occupancy and revenue',
          'Заетост и приходи за всяка нощ',
          'Ежедневная загрузка и выручка',
          'Gecelik doluluk ve gelir',
        ),
      },
    ],
    dataScopes: [scope('reports', 'read'), scope('rooms', 'read')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://lensfield.example.org/occupancy-lens',
    mayChangeFees: false,
    termsVersion: '2026-09',
    connectorTypeId: 'custom-rest',
  },
  {
    id: 'staylens-benchmark',
    name: 'Staylens Benchmark',
    vendor: 'Staylens',
    categoryIds: ['analytics'],
    developer: 'vendor',
    summary: t(
      'Compare your results with similar properties nearby.',
      'Сравнете резултатите си с подобни обекти наблизо.',
      'Сравнивайте свои показатели с похожими объектами поблизости.',
      'Sonuçlarınızı yakındaki benzer tesislerle karşılaştırın.',
    ),
    description: t(
      'Staylens pools anonymous figures from participating properties and shows where you stand on occupancy and average rate. Your own data is never shown to others under your name.',
      'Staylens обединява анонимни данни от участващите обекти и показва къде се нареждате по заетост и средна цена. Вашите данни никога не се показват на други с вашето име.',
      'Staylens объединяет обезличенные данные объектов-участников и показывает ваше место по загрузке и среднему тарифу. Ваши данные никогда не показываются другим под вашим именем.',
      'Staylens katılımcı tesislerin anonim verilerini bir araya getirir ve doluluk ile ortalama fiyatta nerede durduğunuzu gösterir. Verileriniz başkalarına asla adınızla gösterilmez.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Anonymous occupancy and rate totals',
          'Анонимни обобщени данни за заетост и цени',
          'Обезличенные итоги по загрузке и тарифам',
          'Anonim doluluk ve fiyat toplamları',
        ),
      },
    ],
    dataScopes: [scope('reports', 'read'), scope('property', 'read')],
    support: { kind: 'vendor', name: 'Staylens', email: 'data@staylens.example.net' },
    mayChangeFees: false,
    termsVersion: '2026-09',
  },

  // -- telephony and call tracking --
  {
    id: 'ringlytic-call-analytics',
    name: 'Ringlytic Call Analytics',
    vendor: 'Ringlytic',
    categoryIds: ['call-tracking', 'analytics'],
    logoUrl: logo('ringlytic'),
    developer: 'host',
    summary: t(
      'See which ads make the phone ring.',
      'Вижте кои реклами носят телефонни обаждания.',
      'Узнайте, какая реклама приносит звонки.',
      'Hangi reklamların telefonları çaldırdığını görün.',
    ),
    description: t(
      'Load calls and their advertising sources from Ringlytic into your reports. After activation, connect with your Ringlytic login, then choose which calls and channels to load.',
      'Зареждайте обажданията и рекламните им източници от Ringlytic във вашите отчети. След активиране се свържете с данните си за вход в Ringlytic и изберете кои обаждания и канали да се зареждат.',
      'Загружайте звонки и их рекламные источники из Ringlytic в свои отчёты. После активации подключитесь с логином Ringlytic и выберите, какие звонки и каналы загружать.',
      'Çağrıları ve reklam kaynaklarını Ringlytic hizmetinden raporlarınıza aktarın. Etkinleştirdikten sonra Ringlytic kullanıcı bilgilerinizle bağlanın, ardından hangi çağrıların ve kanalların yükleneceğini seçin.',
    ),
    dataFlows: [{ direction: 'from-app', description: CALL_FLOW }],
    dataScopes: [scope('call-records', 'read'), scope('leads', 'read'), scope('reports', 'write')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://ringlytic.example.com/data-api',
    mayChangeFees: true,
    termsVersion: '2026-09',
    connectorTypeId: 'calltrack',
  },
  {
    id: 'ringlytic-global-call-analytics',
    name: 'Ringlytic Global Call Analytics',
    vendor: 'Ringlytic Global',
    categoryIds: ['call-tracking', 'analytics'],
    developer: 'host',
    summary: t(
      'Call analytics for Ringlytic Global accounts.',
      'Анализ на обажданията за акаунти в Ringlytic Global.',
      'Аналитика звонков для аккаунтов Ringlytic Global.',
      'Ringlytic Global hesapları için çağrı analizi.',
    ),
    description: t(
      'The same call analytics for accounts on Ringlytic Global, the international edition with its own sign-in. If your account is on Ringlytic, use the Ringlytic Call Analytics app instead.',
      'Същият анализ на обажданията, но за акаунти в Ringlytic Global – международното издание със собствен вход. Ако акаунтът ви е в Ringlytic, използвайте приложението Ringlytic Call Analytics.',
      'Та же аналитика звонков для аккаунтов Ringlytic Global — международной версии со своей авторизацией. Если ваш аккаунт в Ringlytic, используйте приложение Ringlytic Call Analytics.',
      'Kendi oturum açma sistemi olan uluslararası sürüm Ringlytic Global hesapları için aynı çağrı analizi. Hesabınız Ringlytic üzerindeyse bunun yerine Ringlytic Call Analytics uygulamasını kullanın.',
    ),
    dataFlows: [{ direction: 'from-app', description: CALL_FLOW }],
    dataScopes: [scope('call-records', 'read'), scope('leads', 'read')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://global.ringlytic.example.com/data-api',
    mayChangeFees: true,
    termsVersion: '2026-09',
    connectorTypeId: 'calltrack-global',
  },
  {
    id: 'voxdesk-pbx',
    name: 'VoxDesk PBX',
    vendor: 'VoxDesk Telecom',
    categoryIds: ['call-tracking', 'guest-messaging'],
    logoUrl: logo('voxdesk'),
    developer: 'vendor',
    summary: t(
      'Phone system that recognizes callers from your guest list.',
      'Телефонна централа, която разпознава обаждащите се по списъка с гости.',
      'АТС, которая узнаёт звонящих по базе гостей.',
      'Arayanları misafir listenizden tanıyan santral sistemi.',
    ),
    description: t(
      "When a guest calls, VoxDesk shows their name and reservation on the agent's screen. Room phones are unlocked at check-in, and call charges are posted to the folio at check-out.",
      'Когато гост се обади, VoxDesk показва името и резервацията му на екрана на служителя. Телефоните в стаите се отключват при настаняване, а разходите за разговори се добавят към сметката при напускане.',
      'Когда звонит гость, VoxDesk показывает сотруднику его имя и бронирование. Телефоны в номерах включаются при заселении, а стоимость звонков добавляется в фолио при выезде.',
      'Bir misafir aradığında VoxDesk, adını ve rezervasyonunu çalışanın ekranında gösterir. Oda telefonları girişte açılır, görüşme ücretleri çıkışta misafir hesabına işlenir.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Guest names, room numbers and stay dates',
          'Имена на гости, номера на стаи и дати на престоя',
          'Имена гостей, номера комнат и даты проживания',
          'Misafir adları, oda numaraları ve konaklama tarihleri',
        ),
      },
      {
        direction: 'from-app',
        description: t('Call charges', 'Разходи за разговори', 'Стоимость звонков', 'Görüşme ücretleri'),
      },
    ],
    dataScopes: [
      scope('guest-profiles', 'read'),
      scope('reservations', 'read'),
      scope('call-records', 'write'),
      scope('folios', 'write'),
    ],
    support: {
      kind: 'vendor',
      name: 'VoxDesk Telecom',
      phone: '+1 555 0134',
      url: 'https://voxdesk.example.net/support',
    },
    moreInfoUrl: 'https://voxdesk.example.net/hotels',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },

  // -- door locks and access --
  {
    id: 'latchloom-locks',
    name: 'LatchLoom Locks',
    vendor: 'LatchLoom',
    categoryIds: ['door-locks'],
    logoUrl: logo('latchloom'),
    developer: 'vendor',
    summary: t(
      'Encode key cards automatically at check-in.',
      'Автоматично кодиране на карти-ключове при настаняване.',
      'Автоматическая запись ключ-карт при заселении.',
      'Girişte anahtar kartlarını otomatik kodlayın.',
    ),
    description: t(
      'When a guest checks in, LatchLoom encodes the card for the right room and stay dates. Room moves and extensions update the card without a trip back to the desk.',
      'При настаняване на гост LatchLoom кодира картата за правилната стая и датите на престоя. При смяна на стая или удължаване картата се обновява, без гостът да се връща на рецепцията.',
      'При заселении гостя LatchLoom записывает карту на нужный номер и даты проживания. При переселении или продлении карта обновляется без повторного визита на ресепшен.',
      'Misafir giriş yaptığında LatchLoom kartı doğru oda ve konaklama tarihleri için kodlar. Oda değişikliği veya uzatmada kart, resepsiyona dönmeye gerek kalmadan güncellenir.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Check-ins, room moves and departures',
          'Настанявания, смени на стаи и напускания',
          'Заселения, переселения и выезды',
          'Girişler, oda değişiklikleri ve çıkışlar',
        ),
      },
      {
        direction: 'from-app',
        description: t('Issued key cards', 'Издадени карти-ключове', 'Выданные ключ-карты', 'Verilen anahtar kartları'),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('rooms', 'read'), scope('key-cards', 'read-write')],
    support: {
      kind: 'vendor',
      name: 'LatchLoom Support',
      email: 'support@latchloom.example.com',
      phone: '+1 555 0126',
    },
    moreInfoUrl: 'https://latchloom.example.com/pms',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'bolthaven-mobile-key',
    name: 'Bolthaven Mobile Key',
    vendor: 'Bolthaven Security',
    categoryIds: ['door-locks', 'guest-messaging'],
    developer: 'vendor',
    summary: t(
      'Guests open their door with their phone.',
      'Гостите отключват вратата с телефона си.',
      'Гости открывают дверь телефоном.',
      'Misafirler kapılarını telefonlarıyla açar.',
    ),
    description: t(
      "Bolthaven sends a digital key to the guest's phone on the morning of arrival, so they can skip the desk entirely. Keys expire automatically at check-out time.",
      'Bolthaven изпраща дигитален ключ на телефона на госта сутринта в деня на пристигане, така че той може изобщо да не минава през рецепцията. Ключовете изтичат автоматично в часа за напускане.',
      'Bolthaven отправляет цифровой ключ на телефон гостя утром в день заезда, и ему вовсе не нужно подходить на ресепшен. Ключ перестаёт действовать автоматически в расчётный час.',
      'Bolthaven varış günü sabahı misafirin telefonuna dijital anahtar gönderir; misafir resepsiyona hiç uğramadan odasına geçebilir. Anahtarların süresi çıkış saatinde otomatik olarak dolar.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Arrivals with phone numbers',
          'Пристигания с телефонни номера',
          'Заезды с номерами телефонов',
          'Telefon numaralarıyla birlikte varışlar',
        ),
      },
      {
        direction: 'from-app',
        description: t('Door access log', 'Дневник на достъпа', 'Журнал доступа', 'Kapı erişim kaydı'),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('guest-profiles', 'read'), scope('key-cards', 'read-write')],
    support: { kind: 'vendor', name: 'Bolthaven Security', url: 'https://bolthaven.example.net/support' },
    moreInfoUrl: 'https://bolthaven.example.net/mobile-key',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'kilitci-mobil',
    name: 'Kilitçi Mobil',
    vendor: 'Güvenkapı Teknoloji Ltd. Şti.',
    categoryIds: ['door-locks'],
    logoUrl: logo('kilitci'),
    developer: 'vendor',
    summary: t(
      'Lock integration for boutique hotels and apart hotels.',
      'Интеграция с брави за бутикови хотели и апартхотели.',
      'Интеграция замков для бутик-отелей и апарт-отелей.',
      'Butik oteller ve apart oteller için kilit entegrasyonu.',
    ),
    description: t(
      'Kilitçi Mobil issues PIN codes for keypad locks and cards for reader locks from the same screen. Codes are sent to guests by SMS before arrival and change after every stay.',
      'Kilitçi Mobil издава ПИН кодове за брави с клавиатура и карти за брави с четец от един и същи екран. Кодовете се изпращат на гостите с SMS преди пристигане и се сменят след всеки престой.',
      'Kilitçi Mobil выдаёт PIN-коды для кодовых замков и карты для замков со считывателем на одном экране. Коды приходят гостям по SMS до заезда и меняются после каждого проживания.',
      'Kilitçi Mobil, tuş takımlı kilitler için PIN kodlarını ve okuyuculu kilitler için kartları aynı ekrandan oluşturur. Kodlar varıştan önce misafirlere SMS ile gönderilir ve her konaklamadan sonra değişir.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Arrivals and room assignments',
          'Пристигания и разпределение на стаите',
          'Заезды и назначенные номера',
          'Varışlar ve oda atamaları',
        ),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('rooms', 'read'), scope('key-cards', 'write')],
    support: { kind: 'vendor', name: 'Güvenkapı Destek', email: 'destek@guvenkapi.example.com' },
    moreInfoUrl: 'https://guvenkapi.example.com/kilitci-mobil',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },
  {
    id: 'door-sync-bridge',
    name: 'Door Sync Bridge',
    vendor: 'Portcullis Access',
    categoryIds: ['door-locks', 'housekeeping'],
    developer: 'host',
    summary: t(
      'Door sensors tell housekeeping when a room is really empty.',
      'Сензорите на вратите показват на камериерките кога стаята наистина е празна.',
      'Датчики дверей сообщают горничным, что номер действительно пуст.',
      'Kapı sensörleri, odanın gerçekten boş olduğunu kat hizmetlerine bildirir.',
    ),
    description: t(
      'Door Sync Bridge reads door and presence sensors from Portcullis Access controllers and updates room status in real time. We built the bridge; after activation, enter the controller address and the service account provided by Portcullis.',
      'Door Sync Bridge чете сензорите за врата и присъствие от контролерите на Portcullis Access и обновява статуса на стаите в реално време. Връзката е разработена от нас; след активиране въведете адреса на контролера и служебния акаунт, предоставени от Portcullis.',
      'Door Sync Bridge считывает датчики дверей и присутствия с контроллеров Portcullis Access и обновляет статус номеров в реальном времени. Интеграцию разработали мы: после активации укажите адрес контроллера и служебную учётную запись от Portcullis.',
      "Door Sync Bridge, Portcullis Access denetleyicilerindeki kapı ve varlık sensörlerini okur ve oda durumunu anlık olarak günceller. Bu köprüyü biz geliştirdik; etkinleştirdikten sonra Portcullis'in verdiği denetleyici adresini ve hizmet hesabını girin.",
    ),
    dataFlows: [
      {
        direction: 'from-app',
        description: t(
          'Door and presence events',
          'Събития от вратите и сензорите за присъствие',
          'События дверей и датчиков присутствия',
          'Kapı ve varlık sensörü olayları',
        ),
      },
      {
        direction: 'to-app',
        description: t('Room numbers', 'Номера на стаи', 'Номера комнат', 'Oda numaraları'),
      },
    ],
    dataScopes: [scope('rooms', 'read'), scope('room-status', 'write')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://portcullis.example.net/door-sync',
    mayChangeFees: false,
    termsVersion: '2026-09',
    connectorTypeId: 'custom-rest',
  },
  {
    id: 'lotkeeper-parking',
    name: 'Lotkeeper Parking',
    vendor: 'Lotkeeper',
    categoryIds: ['door-locks'],
    developer: 'vendor',
    summary: t(
      'Plate recognition opens the car park barrier for guests.',
      'Разпознаването на регистрационния номер отваря бариерата на паркинга за гостите.',
      'Распознавание номеров открывает шлагбаум парковки для гостей.',
      'Plaka tanıma, misafirler için otopark bariyerini açar.',
    ),
    description: t(
      'Guests enter their plate number when booking or at check-in, and the barrier opens for them for the whole stay. Parking fees are posted to the folio every night.',
      'Гостите въвеждат регистрационния номер на колата при резервация или настаняване и бариерата се отваря за тях през целия престой. Таксите за паркиране се начисляват в сметката всяка нощ.',
      'Гость указывает номер автомобиля при бронировании или заселении, и шлагбаум открывается для него на всё время проживания. Плата за парковку начисляется в фолио каждую ночь.',
      'Misafirler plakalarını rezervasyon veya giriş sırasında girer; bariyer konaklama boyunca onlar için açılır. Otopark ücretleri her gece misafir hesabına işlenir.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Stay dates and plate numbers',
          'Дати на престоя и регистрационни номера',
          'Даты проживания и номера автомобилей',
          'Konaklama tarihleri ve plakalar',
        ),
      },
      {
        direction: 'from-app',
        description: t('Parking fees', 'Такси за паркиране', 'Плата за парковку', 'Otopark ücretleri'),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('guest-profiles', 'read'), scope('folios', 'write')],
    support: { kind: 'vendor', name: 'Lotkeeper', phone: '+1 555 0139' },
    mayChangeFees: false,
    termsVersion: '2026-09',
  },
  {
    id: 'lobbyware-kiosk',
    name: 'Lobbyware Kiosk',
    vendor: 'Lobbyware',
    categoryIds: ['door-locks', 'guest-messaging'],
    developer: 'vendor',
    summary: t(
      'Self check-in kiosk with ID scanning and key cards.',
      'Киоск за самостоятелно настаняване със сканиране на документи и издаване на ключове.',
      'Киоск самостоятельного заселения со сканированием документов и выдачей ключей.',
      'Kimlik tarayan ve anahtar kartı veren self check-in kiosku.',
    ),
    description: t(
      'Guests find their booking, scan an ID, pay the balance and take a key card from the kiosk in about a minute. Identity data is stored with the reservation to meet local registration rules.',
      'Гостите намират резервацията си, сканират документ за самоличност, плащат остатъка и вземат карта-ключ от киоска за около минута. Данните от документа се пазят към резервацията съгласно местните изисквания за регистрация.',
      'Гость находит своё бронирование, сканирует документ, оплачивает остаток и получает ключ-карту в киоске примерно за минуту. Паспортные данные сохраняются в бронировании в соответствии с местными правилами регистрации.',
      'Misafirler rezervasyonlarını bulur, kimliklerini tarar, kalan tutarı öder ve yaklaşık bir dakikada kiosktan anahtar kartını alır. Kimlik bilgileri, yerel kayıt kurallarına uygun olarak rezervasyonla birlikte saklanır.',
    ),
    dataFlows: [
      {
        direction: 'both',
        description: t(
          'Reservations and check-in status',
          'Резервации и статус на настаняването',
          'Бронирования и статус заселения',
          'Rezervasyonlar ve giriş durumu',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'ID data and payments',
          'Данни от документи и плащания',
          'Данные документов и платежи',
          'Kimlik bilgileri ve ödemeler',
        ),
      },
    ],
    dataScopes: [
      scope('reservations', 'read-write'),
      scope('guest-profiles', 'read-write'),
      scope('payments', 'write'),
      scope('key-cards', 'write'),
    ],
    support: {
      kind: 'vendor',
      name: 'Lobbyware Support',
      email: 'support@lobbyware.example.net',
      phone: '+1 555 0141',
    },
    moreInfoUrl: 'https://lobbyware.example.net/kiosk',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },

  // -- CRM and marketing --
  {
    id: 'guestloop-crm',
    name: 'GuestLoop CRM',
    vendor: 'GuestLoop',
    categoryIds: ['crm-marketing'],
    logoUrl: logo('guestloop'),
    developer: 'vendor',
    summary: t(
      'Guest profiles, segments and stay history in one CRM.',
      'Профили, сегменти и история на престоите в една CRM система.',
      'Профили гостей, сегменты и история проживаний в одной CRM.',
      "Misafir profilleri, segmentler ve konaklama geçmişi tek CRM'de.",
    ),
    description: t(
      'GuestLoop merges duplicate profiles and builds one history for every guest across all your properties. Create segments such as “returning families” and send them tailored offers.',
      'GuestLoop обединява дублираните профили и събира цялата история на всеки гост във всички ваши обекти. Създавайте сегменти като „завръщащи се семейства“ и им изпращайте специални оферти.',
      'GuestLoop объединяет дубли профилей и собирает единую историю каждого гостя по всем вашим объектам. Создавайте сегменты вроде «постоянные гости с детьми» и отправляйте им персональные предложения.',
      'GuestLoop yinelenen profilleri birleştirir ve tüm tesisleriniz genelinde her misafir için tek bir geçmiş oluşturur. “Tekrar gelen aileler” gibi segmentler oluşturun ve onlara özel teklifler gönderin.',
    ),
    dataFlows: [
      {
        direction: 'both',
        description: t(
          'Guest profiles and preferences',
          'Профили и предпочитания на гостите',
          'Профили и предпочтения гостей',
          'Misafir profilleri ve tercihleri',
        ),
      },
      {
        direction: 'to-app',
        description: t(
          'Stay history and spending',
          'История на престоите и разходи',
          'История проживаний и расходы',
          'Konaklama geçmişi ve harcamalar',
        ),
      },
    ],
    dataScopes: [
      scope('guest-profiles', 'read-write'),
      scope('reservations', 'read'),
      scope('marketing-consents', 'read-write'),
      scope('folios', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'GuestLoop',
      email: 'team@guestloop.example.org',
      phone: '+1 555 0130',
      url: 'https://guestloop.example.org/support',
    },
    moreInfoUrl: 'https://guestloop.example.org/hotels',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'mailgrove-campaigns',
    name: 'Mailgrove Campaigns',
    vendor: 'Mailgrove',
    categoryIds: ['crm-marketing'],
    developer: 'vendor',
    summary: t(
      'Newsletters to past guests who agreed to hear from you.',
      'Бюлетини до бивши гости, които са се съгласили да получават новини от вас.',
      'Рассылки прошлым гостям, которые согласились получать от вас новости.',
      'Sizden haber almayı kabul eden eski misafirlere bültenler.',
    ),
    description: t(
      'Mailgrove imports guests who gave marketing consent and keeps the list clean as people unsubscribe. Build campaigns from drag-and-drop blocks and track the bookings each email brings in.',
      'Mailgrove импортира гостите, дали съгласие за маркетинг, и поддържа списъка актуален, когато някой се отпише. Създавайте кампании от готови блокове и проследявайте резервациите, донесени от всеки имейл.',
      'Mailgrove импортирует гостей, давших согласие на рассылки, и поддерживает список в актуальном состоянии при отписках. Собирайте письма из готовых блоков и отслеживайте бронирования, пришедшие с каждой рассылки.',
      'Mailgrove pazarlama izni veren misafirleri içe aktarır ve abonelikten çıkanlara göre listeyi güncel tutar. Sürükle-bırak bloklarla kampanyalar oluşturun ve her e-postanın getirdiği rezervasyonları takip edin.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Guests with marketing consent',
          'Гости със съгласие за маркетинг',
          'Гости с согласием на рассылки',
          'Pazarlama izni olan misafirler',
        ),
      },
      {
        direction: 'from-app',
        description: t('Unsubscribes', 'Отписвания', 'Отписки', 'Abonelikten çıkanlar'),
      },
    ],
    dataScopes: [scope('guest-profiles', 'read'), scope('marketing-consents', 'read-write')],
    support: { kind: 'vendor', name: 'Mailgrove Support', email: 'support@mailgrove.example.com' },
    moreInfoUrl: 'https://mailgrove.example.com/hospitality',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },
  {
    id: 'loyalty-ledger',
    name: 'Loyalty Ledger',
    vendor: 'Pointwell',
    categoryIds: ['crm-marketing'],
    logoUrl: logo('pointwell'),
    developer: 'host',
    summary: t(
      'Award and redeem loyalty points on every stay.',
      'Натрупване и използване на точки за лоялност при всеки престой.',
      'Начисление и списание бонусных баллов за каждое проживание.',
      'Her konaklamada sadakat puanı kazandırın ve kullandırın.',
    ),
    description: t(
      'Loyalty Ledger links reservation data with your Pointwell loyalty program. It was developed by our team: after activation, enter the API address and keys from your Pointwell account, and points start accruing from the next check-out.',
      'Loyalty Ledger свързва данните за резервациите с вашата програма за лоялност в Pointwell. Интеграцията е разработена от нашия екип: след активиране въведете адреса на API и ключовете от акаунта си в Pointwell и точките ще започнат да се натрупват от следващото напускане.',
      'Loyalty Ledger связывает данные о бронированиях с вашей программой лояльности в Pointwell. Интеграцию разработала наша команда: после активации укажите адрес API и ключи из аккаунта Pointwell — баллы начнут начисляться со следующего выезда.',
      'Loyalty Ledger, rezervasyon verilerini Pointwell sadakat programınızla bağlar. Entegrasyonu ekibimiz geliştirdi: etkinleştirdikten sonra Pointwell hesabınızdaki API adresini ve anahtarları girin; puanlar bir sonraki çıkıştan itibaren birikmeye başlar.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Completed stays and amounts spent',
          'Завършени престои и похарчени суми',
          'Завершённые проживания и суммы расходов',
          'Tamamlanan konaklamalar ve harcanan tutarlar',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Points balance and redemptions',
          'Баланс на точките и използвани точки',
          'Баланс баллов и списания',
          'Puan bakiyesi ve kullanımlar',
        ),
      },
    ],
    dataScopes: [scope('guest-profiles', 'read'), scope('reservations', 'read'), scope('folios', 'read-write')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://pointwell.example.org/loyalty-ledger',
    mayChangeFees: true,
    termsVersion: '2026-09',
    connectorTypeId: 'custom-rest',
  },
  {
    id: 'reviewradar',
    name: 'ReviewRadar',
    vendor: 'Radarworks',
    categoryIds: ['crm-marketing', 'analytics'],
    developer: 'vendor',
    summary: t(
      'Ask for reviews after check-out and answer them in one place.',
      'Поискайте отзив след напускане и отговаряйте на всички отзиви от едно място.',
      'Просите отзыв после выезда и отвечайте на отзывы в одном окне.',
      'Çıkıştan sonra yorum isteyin ve tüm yorumları tek yerden yanıtlayın.',
    ),
    description: t(
      'ReviewRadar emails each departing guest a short survey and invites happy guests to post a public review. Reviews from the major sites land in one feed, with sentiment scores by department.',
      'ReviewRadar изпраща на всеки заминаващ гост кратка анкета и кани доволните гости да публикуват отзив. Отзивите от големите сайтове се събират в общ поток с оценка на настроението по отдели.',
      'ReviewRadar отправляет каждому выезжающему гостю короткую анкету и предлагает довольным гостям оставить публичный отзыв. Отзывы с крупных сайтов собираются в одной ленте с оценкой тональности по службам.',
      'ReviewRadar ayrılan her misafire kısa bir anket e-postası gönderir ve memnun misafirleri herkese açık yorum yazmaya davet eder. Büyük sitelerdeki yorumlar, departman bazında duygu puanlarıyla tek akışta toplanır.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Departures and guest emails',
          'Напускания и имейли на гостите',
          'Выезды и email гостей',
          'Çıkışlar ve misafir e-postaları',
        ),
      },
      {
        direction: 'from-app',
        description: t('Survey scores', 'Резултати от анкетите', 'Результаты анкет', 'Anket puanları'),
      },
    ],
    dataScopes: [scope('reservations', 'read'), scope('guest-profiles', 'read'), scope('reviews', 'write')],
    support: {
      kind: 'vendor',
      name: 'Radarworks',
      email: 'support@radarworks.example.com',
      phone: '+1 555 0133',
    },
    moreInfoUrl: 'https://radarworks.example.com/reviewradar',
    mayChangeFees: false,
    termsVersion: '2026-09',
    initialStatus: 'credentials-expired',
  },
  {
    id: 'upsell-studio',
    name: 'Upsell Studio',
    vendor: 'Brightside Commerce',
    categoryIds: ['guest-messaging', 'crm-marketing'],
    logoUrl: logo('upsell-studio'),
    developer: 'vendor',
    summary: t(
      'Sell room upgrades and extras before the guest arrives.',
      'Продавайте по-добри стаи и допълнителни услуги преди пристигането на госта.',
      'Продавайте повышение категории и доп. услуги ещё до заезда.',
      'Misafir gelmeden oda yükseltmeleri ve ekstralar satın.',
    ),
    description: t(
      'Upsell Studio offers each guest upgrades and extras that fit their stay, at prices you set. Accepted offers are added to the reservation and charged to the folio automatically.',
      'Upsell Studio предлага на всеки гост подходящи за престоя му по-добри стаи и допълнителни услуги на цени, които вие определяте. Приетите оферти се добавят към резервацията и се начисляват в сметката автоматично.',
      'Upsell Studio предлагает каждому гостю повышение категории и дополнительные услуги под его проживание по заданным вами ценам. Принятые предложения добавляются в бронирование и автоматически начисляются в фолио.',
      'Upsell Studio her misafire konaklamasına uygun oda yükseltmeleri ve ekstralar sunar; fiyatları siz belirlersiniz. Kabul edilen teklifler rezervasyona eklenir ve otomatik olarak misafir hesabına işlenir.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Upcoming stays and room types',
          'Предстоящи престои и типове стаи',
          'Предстоящие проживания и категории номеров',
          'Yaklaşan konaklamalar ve oda tipleri',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Accepted upgrades and extras',
          'Приети надграждания и екстри',
          'Принятые повышения категории и доп. услуги',
          'Kabul edilen yükseltmeler ve ekstralar',
        ),
      },
    ],
    dataScopes: [
      scope('reservations', 'read-write'),
      scope('rooms', 'read'),
      scope('folios', 'write'),
      scope('guest-profiles', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'Brightside Commerce',
      email: 'help@brightside.example.com',
      url: 'https://brightside.example.com/help',
    },
    moreInfoUrl: 'https://brightside.example.com/upsell-studio',
    mayChangeFees: true,
    termsVersion: '2026-09',
  },
  {
    id: 'wavelet-guest-wifi',
    name: 'Wavelet Guest Wi-Fi',
    vendor: 'Wavelet Networks',
    categoryIds: ['crm-marketing', 'guest-messaging'],
    logoUrl: logo('wavelet'),
    developer: 'vendor',
    summary: t(
      'Guest Wi-Fi login with room number and surname.',
      'Вход в Wi-Fi мрежата за гости с номер на стая и фамилия.',
      'Вход в гостевой Wi-Fi по номеру комнаты и фамилии.',
      'Oda numarası ve soyadıyla misafir Wi-Fi girişi.',
    ),
    description: t(
      'Wavelet checks the room number and surname against in-house guests, so only guests get online. Those who tick the consent box are added to your marketing list.',
      'Wavelet сверява номера на стаята и фамилията с настанените гости, така че в мрежата влизат само те. Тези, които отбележат съгласие, се добавят към маркетинговия ви списък.',
      'Wavelet сверяет номер комнаты и фамилию со списком проживающих, поэтому в сеть попадают только гости. Те, кто отметил согласие, добавляются в ваш список рассылки.',
      'Wavelet oda numarasını ve soyadını konaklayan misafirlerle karşılaştırır; böylece yalnızca misafirler internete bağlanır. Onay kutusunu işaretleyenler pazarlama listenize eklenir.',
    ),
    dataFlows: [
      { direction: 'to-app', description: IN_HOUSE_GUESTS },
      {
        direction: 'from-app',
        description: t('Marketing consents', 'Съгласия за маркетинг', 'Согласия на рассылки', 'Pazarlama izinleri'),
      },
    ],
    dataScopes: [
      scope('guest-profiles', 'read'),
      scope('reservations', 'read'),
      scope('marketing-consents', 'write'),
    ],
    support: { kind: 'vendor', name: 'Wavelet Networks', url: 'https://wavelet.example.com/support' },
    moreInfoUrl: 'https://wavelet.example.com/hotels',
    mayChangeFees: false,
    termsVersion: '2026-09',
  },

  // -- housekeeping and maintenance --
  {
    id: 'spotlessops',
    name: 'SpotlessOps',
    vendor: 'Spotless Operations',
    categoryIds: ['housekeeping'],
    logoUrl: logo('spotlessops'),
    developer: 'vendor',
    summary: t(
      'Housekeeping boards and cleaning checklists on mobile.',
      'Разпределение на почистването и чеклисти на мобилния телефон.',
      'Задания для горничных и чек-листы уборки на телефоне.',
      'Mobilde kat hizmetleri panosu ve temizlik kontrol listeleri.',
    ),
    description: t(
      'SpotlessOps assigns rooms to attendants every morning based on departures and stayovers. Once a room is cleaned and inspected, it turns clean in the front desk view at once.',
      'SpotlessOps разпределя стаите между камериерките всяка сутрин според напусканията и продължаващите престои. Щом стаята е почистена и проверена, на рецепцията тя веднага се вижда като чиста.',
      'Каждое утро SpotlessOps распределяет номера между горничными с учётом выездов и продолжающихся проживаний. Как только номер убран и проверен, на ресепшене он сразу отображается как чистый.',
      'SpotlessOps her sabah çıkışlara ve devam eden konaklamalara göre odaları kat görevlilerine dağıtır. Oda temizlenip kontrol edildiğinde resepsiyon ekranında hemen temiz olarak görünür.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Arrivals, departures and stayovers',
          'Пристигания, напускания и продължаващи престои',
          'Заезды, выезды и продолжающиеся проживания',
          'Varışlar, çıkışlar ve devam eden konaklamalar',
        ),
      },
      {
        direction: 'from-app',
        description: t(
          'Room status changes',
          'Промени в статуса на стаите',
          'Изменения статуса номеров',
          'Oda durumu değişiklikleri',
        ),
      },
    ],
    dataScopes: [
      scope('reservations', 'read'),
      scope('rooms', 'read'),
      scope('room-status', 'read-write'),
      scope('staff', 'read'),
    ],
    support: {
      kind: 'vendor',
      name: 'Spotless Operations',
      email: 'care@spotlessops.example.com',
      url: 'https://spotlessops.example.com/help',
    },
    moreInfoUrl: 'https://spotlessops.example.com/pms-integration',
    mayChangeFees: true,
    termsVersion: '2026-09',
    initialStatus: 'active',
  },
  {
    id: 'fixflow-maintenance',
    name: 'FixFlow Maintenance',
    vendor: 'FixFlow',
    categoryIds: ['housekeeping'],
    developer: 'vendor',
    summary: t(
      'Report and track repairs; rooms are blocked while work is under way.',
      'Подаване и проследяване на ремонти; стаите се блокират, докато трае работата.',
      'Заявки на ремонт и контроль их выполнения; на время работ номер снимается с продажи.',
      'Arızaları bildirin ve takip edin; onarım süresince oda satışa kapanır.',
    ),
    description: t(
      'Staff report a broken kettle or a dripping tap with a photo from their phone. If the repair makes a room unusable, FixFlow takes it out of order until the technician closes the ticket.',
      'Служителите подават сигнал за счупена кана или течащ кран със снимка от телефона. Ако ремонтът прави стаята неизползваема, FixFlow я извежда от експлоатация, докато техникът не приключи заявката.',
      'Сотрудники сообщают о сломанном чайнике или протекающем кране, прикрепив фото с телефона. Если номер из-за ремонта нельзя использовать, FixFlow снимает его с продажи, пока техник не закроет заявку.',
      'Personel bozuk bir su ısıtıcısını veya damlayan musluğu telefondan çektiği fotoğrafla bildirir. Onarım odayı kullanılamaz hâle getiriyorsa FixFlow, teknisyen kaydı kapatana kadar odayı hizmet dışı tutar.',
    ),
    dataFlows: [
      {
        direction: 'both',
        description: t(
          'Out-of-order rooms',
          'Стаи извън експлоатация',
          'Номера, снятые с продажи',
          'Hizmet dışı odalar',
        ),
      },
    ],
    dataScopes: [scope('rooms', 'read'), scope('room-status', 'read-write'), scope('tasks', 'read-write')],
    support: { kind: 'vendor', name: 'FixFlow', email: 'support@fixflow.example.org' },
    moreInfoUrl: 'https://fixflow.example.org/hotels',
    mayChangeFees: false,
    termsVersion: '2026-03',
  },
  {
    id: 'housekeeping-board',
    name: 'Housekeeping Board',
    vendor: 'Broomstick Apps',
    categoryIds: ['housekeeping'],
    developer: 'host',
    summary: t(
      'Show the live cleaning plan on a screen in the linen room.',
      'Показва текущия план за почистване на екран в бельовото помещение.',
      'Показывает актуальный план уборки на экране в бельевой.',
      'Güncel temizlik planını çamaşır odasındaki ekranda gösterir.',
    ),
    description: t(
      'A wall display for the housekeeping office, developed by our team for Broomstick screens. After activation, enter the display address and sign-in details to start showing room assignments.',
      'Стенен екран за офиса на хаускийпинга, разработен от нашия екип за дисплеите на Broomstick. След активиране въведете адреса и данните за вход на дисплея, за да започне да показва разпределението на стаите.',
      'Настенный экран для службы хаускипинга, который наша команда разработала для дисплеев Broomstick. После активации укажите адрес и данные для входа дисплея, и на нём появится распределение номеров.',
      'Broomstick ekranları için ekibimizin geliştirdiği, kat hizmetleri ofisine yönelik bir duvar ekranı. Etkinleştirdikten sonra oda atamalarının görünmesi için ekranın adresini ve giriş bilgilerini girin.',
    ),
    dataFlows: [
      {
        direction: 'to-app',
        description: t(
          'Room assignments and statuses',
          'Разпределение и статус на стаите',
          'Распределение и статус номеров',
          'Oda atamaları ve durumları',
        ),
      },
    ],
    dataScopes: [scope('room-status', 'read'), scope('staff', 'read')],
    support: { kind: 'host' },
    moreInfoUrl: 'https://broomstick.example.com/board',
    mayChangeFees: false,
    termsVersion: '2026-09',
    connectorTypeId: 'custom-rest',
  },
];

// ---- connector types ----------------------------------------------------------------------

const LABEL_NAME = t('Name', 'Име', 'Название', 'Ad');
const LABEL_USERNAME = t('Username', 'Потребителско име', 'Имя пользователя', 'Kullanıcı adı');
const LABEL_PASSWORD = t('Password', 'Парола', 'Пароль', 'Şifre');
const LABEL_VERIFICATION_URL = t('Verification URL', 'URL адрес за проверка', 'URL проверки', "Doğrulama URL'si");
const HELP_HTTPS = t(
  'Must start with https://',
  'Трябва да започва с https://',
  'Должен начинаться с https://',
  'https:// ile başlamalıdır',
);
const HELP_VERIFICATION_URL = t(
  'The address where the username and password are checked. Must start with https://',
  'Адресът, на който се проверяват потребителското име и паролата. Трябва да започва с https://',
  'Адрес, по которому проверяются имя пользователя и пароль. Должен начинаться с https://',
  'Kullanıcı adı ve şifrenin doğrulandığı adres. https:// ile başlamalıdır',
);

const WHEN_BASIC = [{ field: 'authType', oneOf: ['basic'] }];
const WHEN_OAUTH2 = [{ field: 'authType', oneOf: ['oauth2'] }];
const WHEN_PASSWORD_GRANT = [
  { field: 'authType', oneOf: ['oauth2'] },
  { field: 'grantType', oneOf: ['password'] },
];

const customRest: ConnectorTypeFixture = {
  id: 'custom-rest',
  name: t('Custom connector', 'Персонализиран конектор', 'Пользовательский коннектор', 'Özel bağlayıcı'),
  description: t(
    'Connects any REST API that uses basic authentication or OAuth 2.0.',
    'Свързва произволен REST API, който използва базово удостоверяване или OAuth 2.0.',
    'Подключает любой REST API с базовой аутентификацией или OAuth 2.0.',
    "Temel kimlik doğrulama veya OAuth 2.0 kullanan herhangi bir REST API'yi bağlar.",
  ),
  prerequisites: [],
  ipAllowList: [],
  maxPerOrganization: 10,
  issuesCredentials: false,
  supportsGroups: false,
  steps: [
    {
      id: 'connection',
      title: t('Connection settings', 'Настройки на връзката', 'Параметры подключения', 'Bağlantı ayarları'),
      requiresAuthorization: false,
      fields: [
        {
          id: 'name',
          kind: 'text',
          label: LABEL_NAME,
          help: t(
            'Must be unique in your organization.',
            'Трябва да е уникално в рамките на организацията.',
            'Должно быть уникальным в пределах организации.',
            'Kuruluşunuzda benzersiz olmalıdır.',
          ),
          required: true,
          maxLength: 100,
          unique: true,
        },
        {
          id: 'authType',
          kind: 'radio',
          label: t('Authentication type', 'Тип удостоверяване', 'Тип аутентификации', 'Kimlik doğrulama türü'),
          required: true,
          defaultValue: 'basic',
          options: [
            {
              value: 'basic',
              label: t(
                'Basic authentication',
                'Базово удостоверяване',
                'Базовая аутентификация',
                'Temel kimlik doğrulama',
              ),
            },
            { value: 'oauth2', label: t('OAuth 2.0', 'OAuth 2.0', 'OAuth 2.0', 'OAuth 2.0') },
          ],
        },
        {
          id: 'resourceUrl',
          kind: 'url',
          label: t(
            'Resource domain URL',
            'URL адрес на домейна с ресурси',
            'URL домена ресурсов',
            "Kaynak alan adı URL'si",
          ),
          help: HELP_HTTPS,
          required: true,
          mustStartWith: 'https://',
        },
        {
          id: 'grantType',
          kind: 'select',
          label: t('Grant type', 'Тип на разрешението', 'Тип гранта', 'Yetki türü'),
          required: true,
          defaultValue: 'client-credentials',
          options: [
            {
              value: 'client-credentials',
              label: t(
                'Client credentials',
                'Клиентски идентификационни данни',
                'Учётные данные клиента',
                'İstemci kimlik bilgileri',
              ),
            },
            {
              value: 'password',
              label: t('Password grant', 'С парола', 'По паролю', 'Şifre ile yetkilendirme'),
            },
          ],
          visibleWhen: WHEN_OAUTH2,
        },
        {
          id: 'clientId',
          kind: 'text',
          label: t('Client ID', 'ИД на клиента', 'Идентификатор клиента', 'İstemci kimliği'),
          required: true,
          maxLength: 300,
          visibleWhen: WHEN_OAUTH2,
        },
        {
          id: 'clientSecret',
          kind: 'secret',
          label: t('Client secret', 'Таен ключ на клиента', 'Секрет клиента', 'İstemci gizli anahtarı'),
          required: true,
          visibleWhen: WHEN_OAUTH2,
        },
        {
          id: 'tokenUrl',
          kind: 'url',
          label: t('Token URL', 'URL адрес за токени', 'URL получения токена', "Token URL'si"),
          help: t(
            'The token endpoint of the authorization server. Must start with https://',
            'Адресът за токени на сървъра за упълномощаване. Трябва да започва с https://',
            'Адрес выдачи токенов на сервере авторизации. Должен начинаться с https://',
            'Yetkilendirme sunucusunun token adresi. https:// ile başlamalıdır',
          ),
          required: true,
          mustStartWith: 'https://',
          visibleWhen: WHEN_OAUTH2,
        },
        {
          id: 'scope',
          kind: 'text',
          label: t('Scope', 'Обхват', 'Область доступа (scope)', 'Kapsam'),
          help: t(
            'Separate several scopes with spaces.',
            'Разделяйте няколко стойности с интервал.',
            'Несколько значений разделяйте пробелами.',
            'Birden fazla kapsamı boşlukla ayırın.',
          ),
          required: false,
          maxLength: 500,
          visibleWhen: WHEN_OAUTH2,
        },
        {
          id: 'passwordGrantUsername',
          kind: 'text',
          label: LABEL_USERNAME,
          help: t(
            'The service account used for the password grant.',
            'Служебният акаунт, с който се получава разрешението.',
            'Служебная учётная запись для гранта по паролю.',
            'Şifre ile yetkilendirmede kullanılan hizmet hesabı.',
          ),
          required: true,
          maxLength: 200,
          visibleWhen: WHEN_PASSWORD_GRANT,
        },
        {
          id: 'passwordGrantPassword',
          kind: 'secret',
          label: LABEL_PASSWORD,
          required: true,
          visibleWhen: WHEN_PASSWORD_GRANT,
        },
        {
          id: 'passwordGrantVerificationUrl',
          kind: 'url',
          label: LABEL_VERIFICATION_URL,
          help: HELP_VERIFICATION_URL,
          required: true,
          mustStartWith: 'https://',
          visibleWhen: WHEN_PASSWORD_GRANT,
        },
        {
          id: 'username',
          kind: 'text',
          label: LABEL_USERNAME,
          help: t(
            'The service account the connector signs in with.',
            'Служебният акаунт, с който конекторът влиза.',
            'Служебная учётная запись, под которой входит коннектор.',
            'Bağlayıcının oturum açtığı hizmet hesabı.',
          ),
          required: true,
          maxLength: 200,
          visibleWhen: WHEN_BASIC,
        },
        {
          id: 'password',
          kind: 'secret',
          label: LABEL_PASSWORD,
          required: true,
          visibleWhen: WHEN_BASIC,
        },
        {
          id: 'verificationUrl',
          kind: 'url',
          label: LABEL_VERIFICATION_URL,
          help: HELP_VERIFICATION_URL,
          required: true,
          mustStartWith: 'https://',
          visibleWhen: WHEN_BASIC,
        },
      ],
    },
  ],
};

type Option = { value: string; label: LocalizedText };

/** One of the twin call-tracking services: same API and form, separate accounts. */
function callTrackingType(spec: {
  id: string;
  name: string;
  twin: string;
  logoUrl?: string;
  ipAllowList: string[];
  acceptedCredentials: Record<string, string>[];
  tags: Option[];
  channels: Option[];
}): ConnectorTypeFixture {
  const { name, twin } = spec;
  const type: ConnectorTypeFixture = {
    id: spec.id,
    name: t(name, name, name, name),
    description: t(
      `Loads calls, tags and advertising channels from ${name}.`,
      `Зарежда обаждания, етикети и рекламни канали от ${name}.`,
      `Загружает звонки, теги и рекламные каналы из ${name}.`,
      `${name} hizmetinden çağrıları, etiketleri ve reklam kanallarını yükler.`,
    ),
    group: t('Lead tracking', 'Проследяване на запитвания', 'Лидтрекинг', 'Potansiyel müşteri takibi'),
    warning: t(
      `${name} and ${twin} have identical APIs but separate accounts: credentials from one never work on the other. Connect only the service you have an account with.`,
      `${name} и ${twin} имат еднакъв API, но отделни акаунти: данните за вход от едната услуга никога не работят в другата. Свържете само услугата, в която имате акаунт.`,
      `У ${name} и ${twin} одинаковый API, но разные аккаунты: учётные данные одного сервиса никогда не подойдут к другому. Подключайте только тот сервис, в котором у вас есть аккаунт.`,
      `${name} ve ${twin} aynı API'yi kullanır ancak hesapları ayrıdır: birinin kimlik bilgileri diğerinde asla çalışmaz. Yalnızca hesabınızın bulunduğu hizmeti bağlayın.`,
    ),
    prerequisites: [
      {
        id: 'data-api-enabled',
        text: t(
          `The Data API is enabled on your ${name} plan. It is not available on trial plans.`,
          `Data API е включен в плана ви в ${name}. В пробните планове не е наличен.`,
          `В вашем тарифе ${name} подключён Data API. На пробных тарифах он недоступен.`,
          `${name} paketinizde Data API etkin. Deneme paketlerinde bu özellik yoktur.`,
        ),
      },
      {
        id: 'data-api-permission',
        text: t(
          `Your ${name} user profile has the Data API permission.`,
          `Потребителският ви профил в ${name} има разрешение за Data API.`,
          `У вашего профиля пользователя в ${name} есть разрешение Data API.`,
          `${name} kullanıcı profilinizde Data API izni açık.`,
        ),
      },
      {
        id: 'access-level',
        text: t(
          'Your access level is high enough to change security and Data API settings.',
          'Нивото ви на достъп е достатъчно, за да променяте настройките за сигурност и Data API.',
          'Вашего уровня доступа достаточно, чтобы менять настройки безопасности и Data API.',
          'Erişim düzeyiniz güvenlik ve Data API ayarlarını değiştirmeye yetiyor.',
        ),
      },
      {
        id: 'ip-allow-list',
        text: t(
          `The IP addresses below are on the allow list in the ${name} security settings.`,
          `IP адресите по-долу са добавени към списъка с разрешени адреси в настройките за сигурност на ${name}.`,
          `IP-адреса ниже добавлены в список разрешённых в настройках безопасности ${name}.`,
          `Aşağıdaki IP adresleri ${name} güvenlik ayarlarındaki izin listesine eklendi.`,
        ),
      },
    ],
    ipAllowList: spec.ipAllowList,
    maxPerOrganization: null,
    issuesCredentials: false,
    supportsGroups: false,
    steps: [
      {
        id: 'credentials',
        title: t('Sign in', 'Вход', 'Авторизация', 'Oturum açma'),
        description: t(
          `Enter the login and password of your ${name} account, or an API key.`,
          `Въведете потребителското име и паролата за акаунта си в ${name} или API ключ.`,
          `Введите логин и пароль от аккаунта ${name} или API-ключ.`,
          `${name} hesabınızın kullanıcı adını ve şifresini ya da bir API anahtarını girin.`,
        ),
        requiresAuthorization: false,
        fields: [
          {
            id: 'authMethod',
            kind: 'radio',
            label: t('Sign-in method', 'Начин на вход', 'Способ авторизации', 'Oturum açma yöntemi'),
            help: t(
              'We recommend the login and password: API keys may expire.',
              'Препоръчваме потребителско име и парола: API ключовете може да изтекат.',
              'Рекомендуем логин и пароль: срок действия API-ключа может истечь.',
              'Kullanıcı adı ve şifre önerilir: API anahtarlarının süresi dolabilir.',
            ),
            required: true,
            defaultValue: 'login',
            options: [
              {
                value: 'login',
                label: t('Login and password', 'Потребителско име и парола', 'Логин и пароль', 'Kullanıcı adı ve şifre'),
              },
              { value: 'api-key', label: t('API key', 'API ключ', 'API-ключ', 'API anahtarı') },
            ],
          },
          {
            id: 'login',
            kind: 'text',
            label: t('Login', 'Потребителско име', 'Логин', 'Kullanıcı adı'),
            required: true,
            maxLength: 200,
            visibleWhen: [{ field: 'authMethod', oneOf: ['login'] }],
          },
          {
            id: 'password',
            kind: 'secret',
            label: LABEL_PASSWORD,
            required: true,
            visibleWhen: [{ field: 'authMethod', oneOf: ['login'] }],
          },
          {
            id: 'apiKey',
            kind: 'secret',
            label: t('API key', 'API ключ', 'API-ключ', 'API anahtarı'),
            required: true,
            visibleWhen: [{ field: 'authMethod', oneOf: ['api-key'] }],
          },
        ],
      },
      {
        id: 'loading',
        title: t('What to load', 'Какво да се зарежда', 'Что загружать', 'Yüklenecek veriler'),
        description: t(
          `Which calls, tags and advertising channels to load from ${name}.`,
          `Кои обаждания, етикети и рекламни канали да се зареждат от ${name}.`,
          `Какие обращения, теги и рекламные каналы загружать из ${name}.`,
          `${name} hizmetinden hangi çağrıların, etiketlerin ve reklam kanallarının yükleneceği.`,
        ),
        requiresAuthorization: true,
        fields: [
          {
            id: 'callsToLoad',
            kind: 'radio',
            label: t('Calls to load', 'Кои обаждания да се зареждат', 'Какие обращения загружать', 'Yüklenecek çağrılar'),
            required: true,
            defaultValue: 'all',
            options: [
              { value: 'all', label: t('All calls', 'Всички обаждания', 'Все обращения', 'Tüm çağrılar') },
              {
                value: 'primary',
                label: t('Primary calls only', 'Само първични обаждания', 'Только первичные', 'Yalnızca ilk çağrılar'),
              },
              {
                value: 'tagged',
                label: t(
                  'Tagged calls only',
                  'Само обаждания с етикет',
                  'Только с тегами',
                  'Yalnızca etiketli çağrılar',
                ),
              },
            ],
          },
          {
            id: 'tags',
            kind: 'multiselect',
            label: t('Tags', 'Етикети', 'Теги', 'Etiketler'),
            help: t(
              'Only calls with at least one of these tags are loaded.',
              'Зареждат се само обажданията с поне един от тези етикети.',
              'Загружаются только обращения хотя бы с одним из этих тегов.',
              'Yalnızca bu etiketlerden en az birini taşıyan çağrılar yüklenir.',
            ),
            required: true,
            optionsSource: 'tags',
            visibleWhen: [{ field: 'callsToLoad', oneOf: ['tagged'] }],
          },
          {
            id: 'channelMode',
            kind: 'radio',
            label: t('Channels', 'Канали', 'Каналы', 'Kanallar'),
            required: true,
            defaultValue: 'dynamic',
            options: [
              {
                value: 'dynamic',
                label: t(
                  'Dynamic (recommended)',
                  'Динамични (препоръчително)',
                  'Динамические (рекомендуется)',
                  'Dinamik (önerilen)',
                ),
              },
              {
                value: 'static',
                label: t('Static only', 'Само статични', 'Только статические', 'Yalnızca statik'),
              },
            ],
          },
          {
            id: 'staticChannels',
            kind: 'multiselect',
            label: t('Static channels', 'Статични канали', 'Статические каналы', 'Statik kanallar'),
            required: true,
            optionsSource: 'channels',
            visibleWhen: [{ field: 'channelMode', oneOf: ['static'] }],
          },
        ],
      },
    ],
    acceptedCredentials: spec.acceptedCredentials,
    remoteOptions: { tags: spec.tags, channels: spec.channels },
  };
  if (spec.logoUrl) type.logoUrl = spec.logoUrl;
  return type;
}

const TAG_BOOKING_REQUEST: Option = {
  value: 'booking-request',
  label: t('Booking request', 'Заявка за резервация', 'Заявка на бронирование', 'Rezervasyon talebi'),
};
const TAG_GROUP_BOOKING: Option = {
  value: 'group-booking',
  label: t('Group booking', 'Групова резервация', 'Групповое бронирование', 'Grup rezervasyonu'),
};
const TAG_EVENT_INQUIRY: Option = {
  value: 'event-inquiry',
  label: t('Event inquiry', 'Запитване за събитие', 'Запрос на мероприятие', 'Etkinlik talebi'),
};
const TAG_COMPLAINT: Option = { value: 'complaint', label: t('Complaint', 'Оплакване', 'Жалоба', 'Şikâyet') };
const TAG_REPEAT_GUEST: Option = {
  value: 'repeat-guest',
  label: t('Repeat guest', 'Повторен гост', 'Постоянный гость', 'Tekrar gelen misafir'),
};
const TAG_MISSED_CALL: Option = {
  value: 'missed-call',
  label: t('Missed call', 'Пропуснато обаждане', 'Пропущенный звонок', 'Cevapsız çağrı'),
};
const TAG_SPAM: Option = { value: 'spam', label: t('Spam', 'Спам', 'Спам', 'Spam') };
const TAG_CORPORATE: Option = {
  value: 'corporate',
  label: t('Corporate client', 'Корпоративен клиент', 'Корпоративный клиент', 'Kurumsal müşteri'),
};

const CHANNEL_SEEKLY: Option = {
  value: 'seekly-ads',
  label: t('Seekly Ads', 'Seekly Ads', 'Seekly Ads', 'Seekly Ads'),
};
const CHANNEL_TRAVELGRAM: Option = {
  value: 'travelgram-ads',
  label: t('Travelgram Ads', 'Travelgram Ads', 'Travelgram Ads', 'Travelgram Ads'),
};
const CHANNEL_NEWSLETTER: Option = {
  value: 'email-newsletter',
  label: t('Email newsletter', 'Имейл бюлетин', 'Email-рассылка', 'E-posta bülteni'),
};
const CHANNEL_OFFLINE: Option = {
  value: 'offline-ads',
  label: t('Offline ads', 'Офлайн реклама', 'Офлайн-реклама', 'Çevrim dışı reklamlar'),
};
const CHANNEL_ORGANIC: Option = {
  value: 'organic-search',
  label: t('Organic search', 'Органично търсене', 'Органический поиск', 'Organik arama'),
};
const CHANNEL_MAPS: Option = {
  value: 'mapfinder-listing',
  label: t('MapFinder listing', 'Профил в MapFinder', 'Карточка в MapFinder', 'MapFinder kaydı'),
};

const callTrack = callTrackingType({
  id: 'calltrack',
  name: 'Ringlytic',
  twin: 'Ringlytic Global',
  logoUrl: logo('ringlytic'),
  ipAllowList: ['192.0.2.10', '192.0.2.11', '198.51.100.24', '203.0.113.7'],
  acceptedCredentials: [
    { authMethod: 'login', login: 'demo@example.com', password: 'demo-password' },
    { authMethod: 'api-key', apiKey: 'demo-api-key' },
  ],
  tags: [
    TAG_BOOKING_REQUEST,
    TAG_GROUP_BOOKING,
    TAG_EVENT_INQUIRY,
    TAG_COMPLAINT,
    TAG_REPEAT_GUEST,
    TAG_MISSED_CALL,
    TAG_SPAM,
  ],
  channels: [CHANNEL_SEEKLY, CHANNEL_TRAVELGRAM, CHANNEL_NEWSLETTER, CHANNEL_OFFLINE, CHANNEL_ORGANIC],
});

const callTrackGlobal = callTrackingType({
  id: 'calltrack-global',
  name: 'Ringlytic Global',
  twin: 'Ringlytic',
  ipAllowList: ['192.0.2.40', '198.51.100.52', '203.0.113.90'],
  acceptedCredentials: [
    { authMethod: 'login', login: 'global-demo@example.com', password: 'global-demo-password' },
    { authMethod: 'api-key', apiKey: 'global-demo-api-key' },
  ],
  tags: [TAG_BOOKING_REQUEST, TAG_CORPORATE, TAG_EVENT_INQUIRY, TAG_COMPLAINT, TAG_MISSED_CALL],
  channels: [CHANNEL_SEEKLY, CHANNEL_MAPS, CHANNEL_NEWSLETTER, CHANNEL_OFFLINE, CHANNEL_ORGANIC, CHANNEL_TRAVELGRAM],
});

const restRegistry: ConnectorTypeFixture = {
  id: 'rest-registry',
  name: t('REST connector', 'REST конектор', 'REST-коннектор', 'REST bağlayıcısı'),
  description: t(
    'Gives your own systems a connector ID and secret to call the REST API for messages, instant messages, surveys and polls, and groups.',
    'Дава на вашите системи ИД и таен ключ на конектор за работа с REST API за съобщения, незабавни съобщения, анкети и групи.',
    'Выдаёт вашим системам идентификатор и секрет коннектора для работы с REST API сообщений, мгновенных сообщений, опросов и групп.',
    "Kendi sistemlerinize mesajlar, anlık iletiler, anketler ve gruplar için REST API'yi çağırmak üzere bir bağlayıcı kimliği ve gizli anahtar verir.",
  ),
  prerequisites: [],
  ipAllowList: [],
  maxPerOrganization: null,
  issuesCredentials: true,
  supportsGroups: true,
  steps: [
    {
      id: 'details',
      title: t('New connector', 'Нов конектор', 'Новый коннектор', 'Yeni bağlayıcı'),
      requiresAuthorization: false,
      fields: [
        {
          id: 'name',
          kind: 'text',
          label: t('Connector name', 'Име на конектора', 'Название коннектора', 'Bağlayıcı adı'),
          help: t(
            'Must be unique in your organization.',
            'Трябва да е уникално в рамките на организацията.',
            'Должно быть уникальным в пределах организации.',
            'Kuruluşunuzda benzersiz olmalıdır.',
          ),
          required: true,
          maxLength: 100,
          unique: true,
        },
        {
          id: 'description',
          kind: 'textarea',
          label: t('Description', 'Описание', 'Описание', 'Açıklama'),
          help: t(
            'A short note on what the connector is for.',
            'Кратко пояснение за какво служи конекторът.',
            'Кратко опишите, для чего нужен коннектор.',
            'Bağlayıcının ne için kullanıldığını kısaca yazın.',
          ),
          required: false,
          maxLength: 300,
        },
      ],
    },
  ],
};

// ---- everything ---------------------------------------------------------------------------

export const fixtures: Fixtures = {
  categories: [
    {
      id: 'channel-managers',
      name: t('Channel managers', 'Управление на канали', 'Менеджеры каналов', 'Kanal yöneticileri'),
    },
    {
      id: 'booking-engines',
      name: t('Booking engines', 'Онлайн резервации', 'Модули бронирования', 'Rezervasyon motorları'),
    },
    { id: 'payments', name: t('Payments', 'Плащания', 'Платежи', 'Ödemeler') },
    {
      id: 'guest-messaging',
      name: t('Guest messaging', 'Комуникация с гости', 'Общение с гостями', 'Misafir iletişimi'),
    },
    {
      id: 'revenue-management',
      name: t('Revenue management', 'Управление на приходите', 'Управление доходами', 'Gelir yönetimi'),
    },
    {
      id: 'accounting',
      name: t('Accounting and invoicing', 'Счетоводство и фактуриране', 'Бухгалтерия и счета', 'Muhasebe ve faturalama'),
    },
    {
      id: 'analytics',
      name: t('Analytics and reporting', 'Анализи и отчети', 'Аналитика и отчёты', 'Analiz ve raporlama'),
    },
    {
      id: 'door-locks',
      name: t('Door locks and access', 'Брави и достъп', 'Замки и доступ', 'Kapı kilitleri ve giriş'),
    },
    { id: 'crm-marketing', name: t('CRM and marketing', 'CRM и маркетинг', 'CRM и маркетинг', 'CRM ve pazarlama') },
    {
      id: 'call-tracking',
      name: t(
        'Telephony and call tracking',
        'Телефония и проследяване на обаждания',
        'Телефония и коллтрекинг',
        'Telefon ve çağrı takibi',
      ),
    },
    {
      id: 'housekeeping',
      name: t(
        'Housekeeping and maintenance',
        'Хаускийпинг и поддръжка',
        'Уборка и техобслуживание',
        'Kat hizmetleri ve bakım',
      ),
    },
  ],
  apps,
  connectorTypes: [customRest, callTrack, callTrackGlobal, restRegistry],
  syncServices: [
    {
      id: 'google',
      name: 'Google',
      icon: 'google',
      capabilities: ['calendar', 'contacts'],
      periods: [5, 15, 30, 60, 240, 1440],
      authorizationEndpoint: 'https://accounts.example.com/o/oauth2/auth',
    },
    {
      id: 'nimbusmail',
      name: 'NimbusMail',
      icon: 'nimbusmail',
      capabilities: ['calendar', 'contacts'],
      periods: [15, 60, 1440],
      authorizationEndpoint: 'https://login.nimbusmail.example.com/oauth2/v2/authorize',
    },
  ],
  tags: [
    { id: 'personal', name: t('Personal contacts', 'Лични контакти', 'Личные контакты', 'Kişisel rehber') },
    { id: 'vip', name: t('VIP guests', 'VIP гости', 'VIP-гости', 'VIP misafirler') },
    {
      id: 'corporate',
      name: t('Corporate clients', 'Корпоративни клиенти', 'Корпоративные клиенты', 'Kurumsal müşteriler'),
    },
    { id: 'travel-agents', name: t('Travel agents', 'Туристически агенти', 'Турагенты', 'Seyahat acenteleri') },
    {
      id: 'event-organizers',
      name: t(
        'Event organizers',
        'Организатори на събития',
        'Организаторы мероприятий',
        'Etkinlik organizatörleri',
      ),
    },
    {
      id: 'suppliers',
      name: t('Partners and suppliers', 'Партньори и доставчици', 'Партнёры и поставщики', 'İş ortakları ve tedarikçiler'),
    },
  ],
  groups: [
    { id: 'front-desk', name: 'Front desk' },
    { id: 'housekeeping', name: 'Housekeeping' },
    { id: 'maintenance', name: 'Maintenance' },
    { id: 'sales-events', name: 'Sales and events' },
    { id: 'night-shift', name: 'Night shift' },
  ],
  users: [
    { id: 'user-alex', name: 'Alex Morgan' },
    { id: 'user-dana', name: 'Dana Petrova' },
  ],
  connectors: [
    {
      id: 'connector-arrivals-bot',
      typeId: 'rest-registry',
      name: 'Arrivals bot',
      description: 'Posts the daily arrivals list to the front desk group.',
      ownerId: 'user-dana',
      status: 'active',
      groups: [
        { groupId: 'front-desk', daysAgo: 21 },
        { groupId: 'night-shift', daysAgo: 9 },
      ],
      values: {
        name: 'Arrivals bot',
        description: 'Posts the daily arrivals list to the front desk group.',
      },
    },
    {
      id: 'connector-survey-sender',
      typeId: 'rest-registry',
      name: 'Guest survey sender',
      description: 'Sends post-stay surveys. Paused until the new questionnaire is approved.',
      ownerId: 'user-alex',
      status: 'inactive',
      groups: [{ groupId: 'housekeeping', daysAgo: 14 }],
      values: {
        name: 'Guest survey sender',
        description: 'Sends post-stay surveys. Paused until the new questionnaire is approved.',
      },
    },
    {
      id: 'connector-room-service-api',
      typeId: 'custom-rest',
      name: 'Room service API',
      description: '',
      ownerId: 'user-dana',
      status: 'active',
      values: {
        name: 'Room service API',
        authType: 'basic',
        resourceUrl: 'https://api.roomservice.example.com',
        username: 'plugboard-service',
        verificationUrl: 'https://api.roomservice.example.com/auth/verify',
      },
      secrets: { password: 'room-service-demo-password' },
    },
  ],
  siteUrl: 'https://crm.example.com',
};

/**
 * The fixtures with their logos served from `base` (e.g. `https://pms.example.com/logos/`):
 * a page whose policy allows images from its own origin only serves them itself. The
 * contract wants absolute links, so `base` is absolute; each logo keeps its file name.
 */
export function withLogosAt(data: Fixtures, base: string): Fixtures {
  const moved = (url: string | undefined) => url && new URL(url.slice(url.lastIndexOf('/') + 1), base).href;
  return {
    ...data,
    apps: data.apps.map((app) => ({ ...app, logoUrl: moved(app.logoUrl) })),
    connectorTypes: data.connectorTypes.map((type) => ({ ...type, logoUrl: moved(type.logoUrl) })),
  };
}

/** Where the reference server's own OAuth provider answers, under `origin`. */
export const OAUTH_PROVIDER_PATH = '/oauth-provider/authorize';

/**
 * The fixtures for a site served at `origin` (e.g. `http://127.0.0.1:8000`) that is its own
 * OAuth provider, as the reference server is for its demo and tests: the redirect URI is
 * built from `origin`, and every sync service's consent page is the server's own.
 */
export function withOAuthProviderAt(data: Fixtures, origin: string): Fixtures {
  const base = new URL(origin).origin;
  return {
    ...data,
    siteUrl: base,
    syncServices: data.syncServices.map((service) => ({ ...service, authorizationEndpoint: `${base}${OAUTH_PROVIDER_PATH}` })),
  };
}
