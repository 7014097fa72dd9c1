import type { Address } from '@/domain/model'

/** An address on one line ("12 rue …, 69002 Lyon"). */
export function addressLabel(address: Address): string {
  return [address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country === 'FR' ? '' : address.country].filter(Boolean).join(', ')
}

/** The index of `address` among `list` (same street, postal code and city), or -1. */
export function addressIndex(list: readonly Address[], address: Address | undefined): number {
  if (!address) return -1
  return list.findIndex((a) => a.line1 === address.line1 && a.postalCode === address.postalCode && a.city === address.city)
}
