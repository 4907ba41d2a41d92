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
  const folded = trimmed.toLowerCase();
  if (listed.some((network) => network.address.trim().toLowerCase() === folded)) return { code: 'duplicate-address' };
  return undefined;
}

/** Why a network's label is refused, or undefined. */
export function checkNetworkLabel(label: string): FieldError | undefined {
  return label.trim().length > MAX_NETWORK_LABEL_LENGTH ? { code: 'too-long', params: { max: MAX_NETWORK_LABEL_LENGTH } } : undefined;
}
