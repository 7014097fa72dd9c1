import { frenchVatNumber } from '@/domain/identifiers'
import type { Address, Contact, Language } from '@/domain'

/** A French address ('FR'). */
export function fr(line1: string, postalCode: string, city: string, line2?: string): Address {
  return line2 === undefined ? { line1, postalCode, city, country: 'FR' } : { line1, line2, postalCode, city, country: 'FR' }
}

/** An address abroad. */
export function abroad(country: string, line1: string, postalCode: string, city: string): Address {
  return { line1, postalCode, city, country }
}

/** SIREN and the VAT number derived from it (FR + key + SIREN), so the two never disagree. */
export function frenchIds(siren: string): { siren: string; vatNumber: string } {
  return { siren, vatNumber: frenchVatNumber(siren) }
}

/** A contact of tier `tierId`; its id is `<tierId>-<n>`. */
export function contact(
  tierId: string,
  n: number,
  civility: 'M.' | 'Mme',
  firstName: string,
  lastName: string,
  role: string,
  language: Language,
  email?: string,
  phone?: string,
): Contact {
  const found: Contact = { id: `${tierId}-${n}`, civility, firstName, lastName, role, language }
  if (email !== undefined) found.email = email
  if (phone !== undefined) found.phone = phone
  return found
}
