/**
 * The rules of the trusted-network list, in one place: the network security form checks
 * them as the admin types, the reference backend checks them again before saving.
 */
import type { FieldError } from './errors.js';
import { NetworkAddressSchema, type TrustedNetwork } from './schemas.js';

/** The longest label the contract accepts (`TrustedNetworkSchema`). */
export const MAX_NETWORK_LABEL_LENGTH = 100;

/** Why `address` cannot join `listed` (blank, not IPv4/IPv6/CIDR, or already there), or undefined. */
export function checkTrustedAddress(address: string, listed: readonly TrustedNetwork[]): FieldError | undefined {
  const trimmed = address.trim();
  if (!trimmed) return { code: 'required' };
  if (!NetworkAddressSchema.safeParse(trimmed).success) return { code: 'invalid-address' };
  const candidate = canonicalAddress(trimmed);
  if (listed.some((network) => canonicalAddress(network.address) === candidate)) return { code: 'duplicate-address' };
  return undefined;
}

/**
 * One spelling for each address, so that a listed one is found however it is typed again.
 * IPv6 has many (`2001:DB8::1`, `2001:db8:0:0:0:0:0:1`, `::ffff:1.2.3.4`); the URL parser
 * writes the short lower-case one (RFC 5952). IPv4 and prefixes have one already: the
 * schema refuses leading zeros.
 */
function canonicalAddress(address: string): string {
  const folded = address.trim().toLowerCase();
  if (!folded.includes(':') || !NetworkAddressSchema.safeParse(folded).success) return folded;
  const [host = '', prefix] = folded.split('/');
  const short = new URL(`http://[${host}]/`).hostname.slice(1, -1);
  return prefix === undefined ? short : `${short}/${prefix}`;
}

/** Why a network's label is refused, or undefined. */
export function checkNetworkLabel(label: string): FieldError | undefined {
  return label.trim().length > MAX_NETWORK_LABEL_LENGTH ? { code: 'too-long', params: { max: MAX_NETWORK_LABEL_LENGTH } } : undefined;
}
