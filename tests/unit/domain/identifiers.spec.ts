import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  checkEuVatNumber,
  checkFrenchVatNumber,
  checkIban,
  checkSiren,
  checkSiret,
  formatFrenchRib,
  formatIban,
  frenchIbanFromRib,
  frenchRibFromIban,
  frenchRibKey,
  frenchVatKey,
  frenchVatNumber,
  isValidEuVatNumber,
  isValidFrenchRib,
  isValidFrenchVatNumber,
  isValidIban,
  isValidSiren,
  isValidSiret,
  passesLuhn,
} from '@/domain'

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''))

describe('SIREN (INSEE: 9 digits, the 9th a Luhn key)', () => {
  it('accepts a SIREN whose Luhn sum is a multiple of 10, with or without spaces', () => {
    // From the right, every 2nd digit doubled (− 9 above 9): 0 + 4 + 3 + 9 + 2 + 7 + 2 + 6 + 7 = 40.
    expect(checkSiren('732829320')).toEqual({ valid: true })
    expect(isValidSiren('732 829 320')).toBe(true)
    expect(isValidSiren('732.829.320')).toBe(true)
  })

  it('refuses a wrong key with the reason "key"', () => {
    expect(checkSiren('732829321')).toEqual({ valid: false, problem: 'key' })
    expect(isValidSiren('732829321')).toBe(false)
  })

  it('refuses anything but 9 digits with the reason "format"', () => {
    for (const bad of ['', '73282932', '7328293200', '73282932A', 'ABCDEFGHI']) {
      expect(checkSiren(bad)).toEqual({ valid: false, problem: 'format' })
    }
  })

  it('exactly one key digit completes any 8 digits (Luhn detects every single-digit error)', () => {
    fc.assert(fc.property(digits(8), (stem) => {
      const keys = Array.from({ length: 10 }, (_, k) => k).filter((k) => isValidSiren(`${stem}${k}`))
      expect(keys).toHaveLength(1)
    }))
  })

  it('passesLuhn only takes digits', () => {
    expect(passesLuhn('79927398713')).toBe(true) // the textbook Luhn example
    expect(passesLuhn('79927398710')).toBe(false)
    expect(passesLuhn('7992 7398 713')).toBe(false)
  })
})

describe('SIRET (INSEE: SIREN + 5-digit NIC, Luhn on the 14 digits)', () => {
  it('accepts a SIRET passing Luhn whose SIREN is valid', () => {
    expect(checkSiret('732 829 320 00074')).toEqual({ valid: true })
    expect(isValidSiret('73282932000074')).toBe(true)
  })

  it('refuses a wrong NIC key ("key") and a wrong length ("format")', () => {
    expect(checkSiret('73282932000075')).toEqual({ valid: false, problem: 'key' })
    expect(checkSiret('7328293200007')).toEqual({ valid: false, problem: 'format' })
  })

  it('La Poste (SIREN 356 000 000): valid when the sum of the 14 digits is a multiple of 5', () => {
    // 3+5+6+4+9+8+3+7 = 45; the Luhn sum of this SIRET is not a multiple of 10.
    expect(passesLuhn('35600000049837')).toBe(false)
    expect(isValidSiret('35600000049837')).toBe(true)
    expect(isValidSiret('35600000049838')).toBe(false)
  })
})

describe('French VAT number (FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97)', () => {
  it('computes the key from the SIREN', () => {
    // 404 833 048 mod 97 = 56; 12 + 3 × 56 = 180; 180 mod 97 = 83.
    expect(Number('404833048') % 97).toBe(56)
    expect(frenchVatKey('404833048')).toBe('83')
    expect(frenchVatNumber('404 833 048')).toBe('FR83404833048')
  })

  it('pads a one-digit key with a zero', () => {
    // SIREN ≡ 95 (mod 97): 12 + 285 = 297 ≡ 6 → key '06'.
    expect(frenchVatKey('000000095')).toBe('06')
    expect(frenchVatKey(String(95 + 97 * 4_000_000))).toBe('06')
  })

  it('checks that the key matches the SIREN and that the SIREN is valid', () => {
    expect(isValidFrenchVatNumber('FR83404833048')).toBe(true)
    expect(isValidFrenchVatNumber('fr 83 404 833 048')).toBe(true)
    expect(checkFrenchVatNumber('FR84404833048')).toEqual({ valid: false, problem: 'key' })
    expect(checkFrenchVatNumber('FR83404833049')).toEqual({ valid: false, problem: 'key' })
    expect(checkFrenchVatNumber('FR8340483304')).toEqual({ valid: false, problem: 'format' })
    expect(checkFrenchVatNumber('DE83404833048')).toEqual({ valid: false, problem: 'format' })
  })

  it('frenchVatNumber of any valid SIREN is a valid VAT number', () => {
    fc.assert(fc.property(digits(8), (stem) => {
      const key = Array.from({ length: 10 }, (_, k) => `${stem}${k}`).find(isValidSiren) as string
      expect(isValidFrenchVatNumber(frenchVatNumber(key))).toBe(true)
    }))
  })

  it('throws on a SIREN that is not 9 digits', () => {
    expect(() => frenchVatNumber('12345')).toThrow()
  })
})

describe('EU VAT number formats (VIES shapes of the 27 member states; key checked for FR only)', () => {
  it.each([
    ['DE294817365', 'DE'], ['BE0412345614', 'BE'], ['ESB46827391', 'ES'], ['IT09125730013', 'IT'],
    ['IE6388047V', 'IE'], ['LU26375148', 'LU'], ['NL862417305B01', 'NL'], ['ATU12345678', 'AT'],
    ['EL123456789', 'GR'], ['SE123456789701', 'SE'], ['FR83404833048', 'FR'],
  ])('accepts %s for country %s', (vat, country) => {
    expect(checkEuVatNumber(vat, country)).toEqual({ valid: true })
  })

  it('refuses a wrong shape, an unknown prefix, a non-EU country and a prefix of another country', () => {
    expect(checkEuVatNumber('DE12345678')).toEqual({ valid: false, problem: 'format' })
    expect(checkEuVatNumber('NL862417305C01')).toEqual({ valid: false, problem: 'format' })
    expect(isValidEuVatNumber('GR123456789')).toBe(false) // Greece is EL in VIES
    expect(isValidEuVatNumber('GB318462957')).toBe(false) // not in the EU since 2021
    expect(isValidEuVatNumber('DE294817365', 'AT')).toBe(false)
  })

  it('checks the key of a French number', () => {
    expect(checkEuVatNumber('FR84404833048')).toEqual({ valid: false, problem: 'key' })
  })
})

describe('IBAN (ISO 13616: check digits by ISO 7064 mod 97-10)', () => {
  it('accepts valid IBANs of France, Germany and the United Kingdom, in any case and spacing', () => {
    expect(checkIban('FR76 3000 6000 0112 3456 7890 189')).toEqual({ valid: true })
    expect(isValidIban('fr7630006000011234567890189')).toBe(true)
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true)
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true)
  })

  it('refuses wrong check digits ("key") and a length that is not the country\'s ("format")', () => {
    expect(checkIban('FR7730006000011234567890189')).toEqual({ valid: false, problem: 'key' })
    expect(checkIban('FR763000600001123456789018')).toEqual({ valid: false, problem: 'format' })
    expect(checkIban('7630006000011234567890189')).toEqual({ valid: false, problem: 'format' })
  })

  it('detects any single changed digit', () => {
    const iban = 'FR7630006000011234567890189'
    fc.assert(fc.property(fc.integer({ min: 4, max: iban.length - 1 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
      const changed = iban.slice(0, position) + String((Number(iban[position]) + delta) % 10) + iban.slice(position + 1)
      expect(isValidIban(changed)).toBe(false)
    }))
  })

  it('prints the IBAN in groups of four', () => {
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189')
    expect(formatIban('FR76 3000-6000 0112 3456 7890 189')).toBe('FR76 3000 6000 0112 3456 7890 189')
  })
})

describe('French RIB (key = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97))', () => {
  it('computes the RIB key and finds it in the IBAN', () => {
    expect(frenchRibKey('30006', '00001', '12345678901')).toBe('89')
    const rib = frenchRibFromIban('FR7630006000011234567890189')
    expect(rib).toEqual({ bankCode: '30006', branchCode: '00001', accountNumber: '12345678901', key: '89' })
    expect(rib && isValidFrenchRib(rib)).toBe(true)
    expect(formatFrenchRib('FR7630006000011234567890189')).toBe('30006 00001 12345678901 89')
  })

  it('converts letters in the account number (A/J → 1, B/K/S → 2 … I/R/Z → 9)', () => {
    expect(frenchRibKey('30006', '00001', '1234567890A')).toBe(frenchRibKey('30006', '00001', '12345678901'))
    expect(frenchRibKey('30006', '00001', '1234567890S')).toBe(frenchRibKey('30006', '00001', '12345678902'))
    expect(frenchRibKey('30006', '00001', '1234567890Z')).toBe(frenchRibKey('30006', '00001', '12345678909'))
  })

  it('builds a valid IBAN from any RIB with its key', () => {
    fc.assert(fc.property(digits(5), digits(5), digits(11), (bankCode, branchCode, accountNumber) => {
      const key = frenchRibKey(bankCode, branchCode, accountNumber)
      const iban = frenchIbanFromRib({ bankCode, branchCode, accountNumber, key })
      expect(isValidIban(iban)).toBe(true)
      expect(frenchRibFromIban(iban)).toEqual({ bankCode, branchCode, accountNumber, key })
    }))
  })

  it('gives no RIB for a foreign or invalid IBAN', () => {
    expect(frenchRibFromIban('DE89370400440532013000')).toBeNull()
    expect(formatFrenchRib('FR7730006000011234567890189')).toBeNull()
  })
})
