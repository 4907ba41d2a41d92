/**
 * fast-check arbitraries for the values that cross the adapter boundary: links, dates and
 * network addresses, each valid as the contract reads it and spoiled in the ways a
 * backend, a host or an admin gets it wrong. Shared by the property tests.
 */
import fc from 'fast-check';

// ---- text -----------------------------------------------------------------------------------

/** Any text, astral planes and combining marks included; a code point is at most two units. */
export function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ maxLength, unit: 'binary' });
}

/** A string of exactly `length` UTF-16 units: zod counts units, so limits are tested at the unit. */
export function textOfLength(length: number): fc.Arbitrary<string> {
  return fc.constantFrom('x', 'é', 'Я', '\u0130').map((unit) => unit.repeat(length));
}

/** Text 1 to 40 units longer than `max`. */
export function tooLong(max: number): fc.Arbitrary<string> {
  return fc.integer({ min: 1, max: 40 }).chain((extra) => textOfLength(max + extra));
}

// ---- links ----------------------------------------------------------------------------------

// `xn--` begins a punycode label, which the URL parser decodes and may refuse.
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/).filter((text) => !text.startsWith('xn--'));

/** A DNS name such as `api-2.example.com`, in any letter case. */
export const hostName: fc.Arbitrary<string> = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/), fc.boolean())
  .map(([labels, tld, shout]) => {
    const name = [...labels, tld].join('.');
    return shout ? name.toUpperCase() : name;
  });

const pathSegment = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/);

/** An absolute link with the given schemes, a port, a path, a query and a fragment now and then. */
export function webUrl(schemes: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      scheme: fc.constantFrom(...schemes),
      host: hostName,
      port: fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }),
      path: fc.array(pathSegment, { maxLength: 3 }),
      query: fc.option(fc.stringMatching(/^[a-z]{1,6}=[A-Za-z0-9%]{0,8}$/), { nil: undefined }),
      fragment: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{0,8}$/), { nil: undefined }),
    })
    .map(({ scheme, host, port, path, query, fragment }) => {
      const authority = port === undefined ? host : `${host}:${port}`;
      const tail = `${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`;
      return `${scheme}://${authority}/${path.join('/')}${tail}`;
    });
}

export const httpUrl = webUrl(['http', 'https', 'HTTPS']);
export const httpsUrl = webUrl(['https', 'Https']);

/** Links a web page must never follow: script and data schemes, other protocols, no link at all. */
export const unsafeUrl: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('javascript', 'JavaScript', 'vbscript', 'data', 'file', 'ftp', 'ws', 'blob'), anyText(30))
    .map(([scheme, rest]) => `${scheme}:${rest}`),
  fc.constantFrom(
    'javascript:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.com',
    'example.com',
    '//example.com/path',
    '/relative/path',
    'https://',
    'https://exa mple.com/',
    'https://-example.com/',
    'http://example.com:99999/',
    '',
  ),
);

/**
 * A web scheme without its `//`: `https:example.com` is relative to a page of the same
 * scheme, so a browser does not go to example.com when it follows it.
 */
export const slashlessUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('http', 'https', 'HTTPS'), fc.constantFrom('', '/', '\\', '\\\\', '/\\'), hostName)
  .map(([scheme, slashes, host]) => `${scheme}:${slashes}${host}/`);

/** A plain-HTTP link, refused where TLS is required. */
export const plainHttpUrl = webUrl(['http']);

// ---- dates ----------------------------------------------------------------------------------

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Days in `month` (1–12) of `year`: day 0 of the next month is this month's last. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true });

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate: fc.Arbitrary<string> = instant.map((date) => date.toISOString().slice(0, 10));

/**
 * An RFC 3339 date-time with seconds and an offset: `Z` or any `±hh:mm`, with or without a
 * fraction. The wall time is shifted by the offset so the string names the same instant.
 */
export const isoDateTime: fc.Arbitrary<string> = fc
  .record({
    date: instant,
    offsetMinutes: fc.oneof(fc.constant(0), fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })),
    zulu: fc.boolean(),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
  })
  .map(({ date, offsetMinutes, zulu, fraction }) => {
    const useZulu = zulu && offsetMinutes === 0;
    const wall = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
    const sign = offsetMinutes < 0 ? '-' : '+';
    const magnitude = Math.abs(offsetMinutes);
    const offset = useZulu ? 'Z' : `${sign}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
    return `${wall}${fraction === undefined ? '' : `.${fraction}`}${offset}`;
  });

/** A `YYYY-MM-DD` that no calendar has: day 0, a day past the month's end (29 February of a common year included), month 0 or 13. */
export const impossibleDate: fc.Arbitrary<string> = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), past: fc.integer({ min: 1, max: 9 }), how: fc.nat(3) })
  .map(({ year, month, past, how }) => {
    if (how === 0) return `${year}-${pad(month)}-00`;
    if (how === 1) return `${year}-13-${pad(past)}`;
    if (how === 2) return `${year}-00-${pad(past)}`;
    return `${year}-${pad(month)}-${pad(daysIn(year, month) + past)}`;
  });

/** Dates in shapes RFC 3339 does not allow, and dates that do not exist. */
export const badIsoDate: fc.Arbitrary<string> = fc.oneof(
  impossibleDate,
  fc.constantFrom('2024-1-1', '20240101', '24-01-01', '2024/01/01', '2024-01-01T00:00:00Z', 'today', ''),
);

/** Date-times an RFC 3339 reader refuses: impossible dates or times, a missing offset or seconds. */
export const badIsoDateTime: fc.Arbitrary<string> = fc.oneof(
  impossibleDate.map((date) => `${date}T10:00:00Z`),
  fc.constantFrom(
    '2024-01-01T24:00:00Z',
    '2024-01-01T10:60:00Z',
    '2024-01-01T10:00:60Z',
    '2024-01-01T10:00:00',
    '2024-01-01T10:00Z',
    '2024-01-01 10:00:00Z',
    '2024-01-01T10:00:00+24:00',
    '2024-01-01T10:00:00+0100',
    '2024-01-01',
    'yesterday',
    '',
  ),
);

// ---- network addresses ----------------------------------------------------------------------

export const octet = fc.integer({ min: 0, max: 255 });

/** An IPv4 address as four numbers, printed the one way zod reads (no leading zeros). */
export const ipv4Octets = fc.array(octet, { minLength: 4, maxLength: 4 });
export const ipv4: fc.Arbitrary<string> = ipv4Octets.map((octets) => octets.join('.'));
export const cidrv4: fc.Arbitrary<string> = fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([address, prefix]) => `${address}/${prefix}`);

/** Eight 16-bit groups, zero half the time so that `::` has runs to stand for. */
export const ipv6Groups: fc.Arbitrary<number[]> = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), {
  minLength: 8,
  maxLength: 8,
});

/** How one IPv6 address is written: which zero run `::` replaces, padding, letter case, a dotted tail. */
export interface Ipv6Spelling {
  /** Picks one of the runs of zero groups to write as `::`, or none. */
  compress: number | undefined;
  padded: boolean;
  upper: boolean;
  dottedTail: boolean;
}

export const ipv6Spelling: fc.Arbitrary<Ipv6Spelling> = fc.record({
  compress: fc.option(fc.nat(), { nil: undefined }),
  padded: fc.boolean(),
  upper: fc.boolean(),
  dottedTail: fc.boolean(),
});

/** Writes `groups` as RFC 4291 allows: every spelling names the same address. */
export function spellIpv6(groups: readonly number[], spelling: Ipv6Spelling): string {
  const hexCount = spelling.dottedTail ? 6 : 8;
  const hex = groups.slice(0, hexCount).map((group) => {
    const digits = group.toString(16).padStart(spelling.padded ? 4 : 1, '0');
    return spelling.upper ? digits.toUpperCase() : digits;
  });
  const tail: string[] = [];
  if (spelling.dottedTail) {
    const [high = 0, low = 0] = groups.slice(6);
    tail.push([high >> 8, high & 0xff, low >> 8, low & 0xff].join('.'));
  }
  const runs: [number, number][] = [];
  for (let start = 0; start < hexCount; start += 1) {
    for (let end = start + 1; end <= hexCount && groups[end - 1] === 0; end += 1) runs.push([start, end]);
  }
  const run = spelling.compress === undefined || runs.length === 0 ? undefined : runs[spelling.compress % runs.length];
  if (!run) return [...hex, ...tail].join(':');
  const before = hex.slice(0, run[0]).join(':');
  const after = [...hex.slice(run[1]), ...tail].join(':');
  return `${before}::${after}`;
}

export const ipv6: fc.Arbitrary<string> = fc.tuple(ipv6Groups, ipv6Spelling).map(([groups, spelling]) => spellIpv6(groups, spelling));
export const cidrv6: fc.Arbitrary<string> = fc.tuple(ipv6, fc.integer({ min: 0, max: 128 })).map(([address, prefix]) => `${address}/${prefix}`);

export const networkAddress: fc.Arbitrary<string> = fc.oneof(ipv4, cidrv4, ipv6, cidrv6);

/** A character no address has, whitespace aside: letters past `f`, punctuation, look-alike digits. */
const foreignCharacter = fc.constantFrom('g', 'z', 'G', 'x', '-', '_', '@', '%', '[', ']', ',', ';', '\\', 'ı', '\u0660', '\uff11', '\u00b2', '\u2024');

/** IPv4 addresses and ranges that are not: a number past 255, three or five numbers, a prefix past 32. */
export const badIpv4: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(ipv4Octets, fc.nat(3), fc.integer({ min: 256, max: 99_999 }))
    .map(([octets, at, big]) => octets.map((value, index) => (index === at ? big : value)).join('.')),
  fc.tuple(ipv4Octets, fc.boolean()).map(([octets, fewer]) => (fewer ? octets.slice(0, 3) : [...octets, 1]).join('.')),
  fc.tuple(ipv4, fc.integer({ min: 33, max: 9_999 })).map(([address, prefix]) => `${address}/${prefix}`),
  fc.tuple(ipv4, fc.constantFrom('/', '/-1', '/+8', '/8/8', '/ 8', '/0x8')).map(([address, prefix]) => `${address}${prefix}`),
  ipv4Octets.map(([a, b, c]) => `${a}..${b}.${c}`),
  ipv4.map((address) => `${address}.`),
);

/** IPv6 addresses and ranges that are not: nine or seven groups, five hex digits, two `::`, a prefix past 128. */
export const badIpv6: fc.Arbitrary<string> = fc.oneof(
  ipv6Groups.map((groups) => [...groups, 1].map((group) => group.toString(16)).join(':')),
  ipv6Groups.map((groups) => groups.slice(1).map((group) => group.toString(16)).join(':')),
  fc.tuple(ipv6Groups, fc.nat(7)).map(([groups, at]) => groups.map((group, index) => (index === at ? `1${group.toString(16).padStart(4, '0')}` : group.toString(16))).join(':')),
  fc.tuple(ipv6Groups, fc.integer({ min: 1, max: 5 })).map(([groups, at]) => {
    const hex = groups.slice(0, 6).map((group) => group.toString(16));
    return `${hex.slice(0, at).join(':')}::${hex.slice(at).join(':')}::1`;
  }),
  fc.tuple(ipv6, fc.integer({ min: 129, max: 9_999 })).map(([address, prefix]) => `${address}/${prefix}`),
  fc.tuple(ipv6Groups, fc.integer({ min: 256, max: 999 })).map(([groups, big]) => `${groups.slice(0, 6).map((group) => group.toString(16)).join(':')}:1.2.3.${big}`),
  fc.constantFrom(':', ':::', '1:2:3:4:5:6:7:', ':1:2:3:4:5:6:7', '::1::', 'fe80::1%eth0', '[::1]', '::1/', '::1/0128'),
);

/** A string with at least one character no address has, wherever else it came from. */
export const garbageAddress: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(networkAddress, anyText(20)), foreignCharacter, fc.nat())
  .map(([base, bad, at]) => {
    const index = base.length === 0 ? 0 : at % (base.length + 1);
    return `${base.slice(0, index)}${bad}${base.slice(index)}`;
  });

export const badNetworkAddress: fc.Arbitrary<string> = fc.oneof(badIpv4, badIpv6, garbageAddress);
