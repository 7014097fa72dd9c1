/**
 * Company and bank identifiers: SIREN/SIRET (INSEE, Luhn key), French and EU intra-community VAT
 * numbers (CGI art. 286 ter; VIES formats), IBAN (ISO 13616, mod 97) and French RIB keys.
 * Every check takes the raw user input: spaces, dots and dashes are ignored, letters upper-cased.
 */

/** Why an identifier was refused: a wrong shape (`format`) or a wrong check key (`key`). */
export type IdentifierProblem = 'format' | 'key'

/** The outcome of a check: `{ valid: true }` or the reason, usable as an i18n key suffix. */
export type IdentifierCheck = { valid: true } | { valid: false; problem: IdentifierProblem }

const VALID: IdentifierCheck = { valid: true }
const BAD_FORMAT: IdentifierCheck = { valid: false, problem: 'format' }
const BAD_KEY: IdentifierCheck = { valid: false, problem: 'key' }

/** Removes spaces (incl. non-breaking), dots and dashes, and upper-cases: "fr 12-345.678" → "FR12345678". */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.\-\u00a0\u202f]/g, '').toUpperCase()
}

/**
 * True when `digits` (only digits) passes the Luhn algorithm (ISO/IEC 7812-1): from the right, every
 * second digit is doubled (minus 9 above 9) and the sum is a multiple of 10.
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/**
 * Checks a SIREN: 9 digits whose last one is a Luhn key (INSEE).
 * @example checkSiren('732 829 320') // { valid: true }
 * @example checkSiren('732829321') // { valid: false, problem: 'key' }
 */
export function checkSiren(value: string): IdentifierCheck {
  const siren = compactIdentifier(value)
  if (!/^\d{9}$/.test(siren)) return BAD_FORMAT
  return passesLuhn(siren) ? VALID : BAD_KEY
}

/** True when `value` is a SIREN with a valid Luhn key (see {@link checkSiren}). */
export function isValidSiren(value: string): boolean {
  return checkSiren(value).valid
}

/** La Poste's SIREN: its many establishments exhausted the Luhn keys, so INSEE uses another rule. */
const LA_POSTE_SIREN = '356000000'

/**
 * Checks a SIRET: 14 digits, SIREN + 5-digit NIC, the whole number passing Luhn (INSEE). The SIREN
 * part must be valid too. Exception: La Poste's establishments (SIREN 356 000 000) are valid when
 * the sum of the 14 digits is a multiple of 5.
 */
export function checkSiret(value: string): IdentifierCheck {
  const siret = compactIdentifier(value)
  if (!/^\d{14}$/.test(siret)) return BAD_FORMAT
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((total, digit) => total + Number(digit), 0)
    return sum % 5 === 0 ? VALID : BAD_KEY
  }
  return passesLuhn(siret.slice(0, 9)) && passesLuhn(siret) ? VALID : BAD_KEY
}

/** True when `value` is a valid SIRET (see {@link checkSiret}). */
export function isValidSiret(value: string): boolean {
  return checkSiret(value).valid
}

/**
 * The 2-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97 (DGFiP).
 * @example frenchVatKey('404833048') // '83'
 * @throws Error when `siren` is not 9 digits.
 */
export function frenchVatKey(siren: string): string {
  const compact = compactIdentifier(siren)
  if (!/^\d{9}$/.test(compact)) throw new Error(`frenchVatKey: '${siren}' is not a 9-digit SIREN`)
  const key = (12 + 3 * (Number(compact) % 97)) % 97
  return String(key).padStart(2, '0')
}

/**
 * The French intra-community VAT number of a company: 'FR' + key + SIREN (CGI art. 286 ter).
 * @example frenchVatNumber('404 833 048') // 'FR83404833048'
 * @throws Error when `siren` is not 9 digits.
 */
export function frenchVatNumber(siren: string): string {
  const compact = compactIdentifier(siren)
  return `FR${frenchVatKey(compact)}${compact}`
}

/**
 * Checks a French VAT number 'FR' + 2-digit key + SIREN: the key must be the one computed from the
 * SIREN and the SIREN must pass Luhn. (Letter keys, given to some non-resident companies, are
 * accepted as a format but not computed here: the simulator only issues numeric ones.)
 */
export function checkFrenchVatNumber(value: string): IdentifierCheck {
  const vat = compactIdentifier(value)
  const match = /^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/.exec(vat)
  if (!match) return BAD_FORMAT
  const [, key, siren] = match as unknown as [string, string, string]
  if (!passesLuhn(siren)) return BAD_KEY
  if (!/^\d{2}$/.test(key)) return VALID
  return key === frenchVatKey(siren) ? VALID : BAD_KEY
}

/** True when `value` is a French VAT number whose key matches its SIREN (see {@link checkFrenchVatNumber}). */
export function isValidFrenchVatNumber(value: string): boolean {
  return checkFrenchVatNumber(value).valid
}

/**
 * Shapes of intra-community VAT numbers of the 27 EU member states after the 2-letter prefix (VIES;
 * Greece uses 'EL', not 'GR'). Only the shape is checked, except for France.
 */
export const EU_VAT_NUMBER_FORMATS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
}

/** The VAT prefix of an EU country: its ISO 3166-1 code, except Greece ('GR' → 'EL'). */
export function euVatPrefix(countryCode: string): string {
  const code = countryCode.toUpperCase()
  return code === 'GR' ? 'EL' : code
}

/**
 * Checks an EU intra-community VAT number: a known member-state prefix and the shape of that state;
 * for France the key too ({@link checkFrenchVatNumber}). When `countryCode` (ISO, e.g. the
 * customer's country) is given, the prefix must be that country's.
 * @example checkEuVatNumber('DE 123 456 789', 'DE') // { valid: true }
 */
export function checkEuVatNumber(value: string, countryCode?: string): IdentifierCheck {
  const vat = compactIdentifier(value)
  const prefix = vat.slice(0, 2)
  const format = EU_VAT_NUMBER_FORMATS[prefix]
  if (!format) return BAD_FORMAT
  if (countryCode !== undefined && euVatPrefix(countryCode) !== prefix) return BAD_FORMAT
  if (prefix === 'FR') return checkFrenchVatNumber(vat)
  return format.test(vat.slice(2)) ? VALID : BAD_FORMAT
}

/** True when `value` is a well-formed EU VAT number (see {@link checkEuVatNumber}). */
export function isValidEuVatNumber(value: string, countryCode?: string): boolean {
  return checkEuVatNumber(value, countryCode).valid
}

/** IBAN lengths of the SEPA countries (ISO 13616 registry, SWIFT). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
}

/** The remainder mod 97 of a string of digits and letters, letters as 10..35 (ISO 7064 MOD 97-10). */
function mod97(alphanumeric: string): number {
  let remainder = 0
  for (const char of alphanumeric) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char)
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
  }
  return remainder
}

/**
 * Checks an IBAN (ISO 13616): country code, 2 check digits, BBAN; the length of the country when
 * known (15–34 otherwise); country code + check digits moved to the end, letters as 10..35, the
 * number mod 97 must be 1.
 * @example checkIban('FR76 3000 6000 0112 3456 7890 189') // { valid: true }
 */
export function checkIban(value: string): IdentifierCheck {
  const iban = compactIdentifier(value)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return BAD_FORMAT
  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)]
  if (expectedLength !== undefined && iban.length !== expectedLength) return BAD_FORMAT
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1 ? VALID : BAD_KEY
}

/** True when `value` is a valid IBAN (see {@link checkIban}). */
export function isValidIban(value: string): boolean {
  return checkIban(value).valid
}

/**
 * The IBAN in its printed form: groups of 4 characters separated by spaces (ISO 13616 "paper format").
 * @example formatIban('fr7630006000011234567890189') // 'FR76 3000 6000 0112 3456 7890 189'
 */
export function formatIban(value: string): string {
  return compactIdentifier(value).replace(/(.{4})(?=.)/g, '$1 ')
}

/** A French RIB (relevé d'identité bancaire): the BBAN of a French IBAN. */
export interface FrenchRib {
  /** Code banque, 5 digits. */
  bankCode: string
  /** Code guichet, 5 digits. */
  branchCode: string
  /** Numéro de compte, 11 digits or letters. */
  accountNumber: string
  /** Clé RIB, 2 digits. */
  key: string
}

/** Letters of a French account number as digits (A/J → 1, B/K/S → 2 … I/R/Z → 9), per the RIB rule. */
function ribDigits(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => {
    const index = letter.charCodeAt(0) - 64 // A = 1
    const shifted = index >= 19 ? index + 1 : index // S = 19 → 20, so S maps like B/K
    return String(((shifted - 1) % 9) + 1)
  })
}

/**
 * The 2-digit RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), letters of the
 * account converted first (Banque de France rule).
 * @throws Error when the codes do not have 5, 5 and 11 characters.
 */
export function frenchRibKey(bankCode: string, branchCode: string, accountNumber: string): string {
  if (!/^\d{5}$/.test(bankCode) || !/^\d{5}$/.test(branchCode) || !/^[0-9A-Z]{11}$/.test(accountNumber)) {
    throw new Error('frenchRibKey: expects a 5-digit bank code, a 5-digit branch code and an 11-character account number')
  }
  const account = Number(ribDigits(accountNumber))
  const weighted = (89 * Number(bankCode) + 15 * Number(branchCode) + 3 * (account % 97)) % 97
  return String(97 - weighted).padStart(2, '0')
}

/** The RIB inside a French IBAN, or null when `iban` is not a valid French IBAN. */
export function frenchRibFromIban(iban: string): FrenchRib | null {
  const compact = compactIdentifier(iban)
  if (!compact.startsWith('FR') || !isValidIban(compact)) return null
  return {
    bankCode: compact.slice(4, 9),
    branchCode: compact.slice(9, 14),
    accountNumber: compact.slice(14, 25),
    key: compact.slice(25, 27),
  }
}

/** True when the RIB key of `rib` matches its codes (see {@link frenchRibKey}). */
export function isValidFrenchRib(rib: FrenchRib): boolean {
  try {
    return frenchRibKey(rib.bankCode, rib.branchCode, rib.accountNumber) === rib.key
  } catch {
    return false
  }
}

/**
 * The French IBAN of a RIB: 'FR' + check digits + bank + branch + account + RIB key, the check
 * digits being 98 − (BBAN + 'FR00' mod 97) (ISO 13616).
 * @example frenchIbanFromRib({ bankCode: '30006', branchCode: '00001', accountNumber: '12345678901', key: '89' }) // 'FR7630006000011234567890189'
 */
export function frenchIbanFromRib(rib: FrenchRib): string {
  const bban = `${rib.bankCode}${rib.branchCode}${rib.accountNumber}${rib.key}`.toUpperCase()
  const check = 98 - mod97(`${bban}FR00`)
  return `FR${String(check).padStart(2, '0')}${bban}`
}

/**
 * A French IBAN in the layout of a RIB: "Banque 30006 · Guichet 00001 · Compte 12345678901 · Clé 89"
 * parts, for printing on invoices beside the IBAN. Null when not a valid French IBAN.
 */
export function formatFrenchRib(iban: string): string | null {
  const rib = frenchRibFromIban(iban)
  if (!rib) return null
  return `${rib.bankCode} ${rib.branchCode} ${rib.accountNumber} ${rib.key}`
}
