/**
 * Text matching for checks: what a learner typed is compared case- and accent-insensitively, with any
 * kind of space, apostrophe or dash counting the same, and numbers read in French or English format
 * ("1 234,56", "1234,56", "1,234.56" all read 1234.56).
 */

const normalized = new Map<string, string>()

/** Lower case, no accents, one kind of space, apostrophe and dash, spaces collapsed (remembered: names are compared often). */
export function normalizeText(text: string): string {
  let result = normalized.get(text)
  if (result === undefined) {
    result = normalize(text)
    if (normalized.size > 20_000) normalized.clear()
    normalized.set(text, result)
  }
  return result
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ')
    .trim()
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)

/**
 * True when `needle` occurs in `haystack` (both already normalised) as whole words: "rgpd" is found in
 * "le rgpd," but "30" is not found in "130".
 */
export function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return true
  let from = 0
  for (;;) {
    const at = haystack.indexOf(needle, from)
    if (at < 0) return false
    const before = haystack[at - 1]
    const after = haystack[at + needle.length]
    const startsWithWord = isWordChar(needle[0])
    const endsWithWord = isWordChar(needle[needle.length - 1])
    if ((!startsWithWord || !isWordChar(before)) && (!endsWithWord || !isWordChar(after))) return true
    from = at + 1
  }
}

/** A number as an exact decimal string without trailing zeros ("1234.5", "-3", "0.055"). */
function canonicalDecimal(sign: string, integer: string, fraction: string): string {
  const int = integer.replace(/^0+(?=\d)/, '')
  const frac = fraction.replace(/0+$/, '')
  const body = frac ? `${int}.${frac}` : int
  return body === '0' ? '0' : `${sign === '-' ? '-' : ''}${body}`
}

const GROUPED = /^\d{1,3}(?:[ .,']\d{3})+$/

/**
 * The readings of a number token as exact decimal strings: French ("1 234,56", "1.234,56") and English
 * ("1,234.56"). An ambiguous token ("1,234") has two readings.
 */
export function readNumber(token: string): string[] {
  const trimmed = token.replace(/[\u00a0\u202f\u2009]/g, ' ').trim()
  const match = /^([-\u2212+]?)\s*(\d[\d ., ']*)$/.exec(trimmed)
  if (!match) return []
  const sign = match[1] === '+' ? '' : match[1] ? '-' : ''
  const digits = match[2]!.replace(/[ .,']+$/, '')
  const readings = new Set<string>()
  // Decimal separator ',' (French) or '.' (English), the other characters grouping thousands.
  for (const decimal of [',', '.']) {
    const at = digits.lastIndexOf(decimal)
    const integerPart = at < 0 ? digits : digits.slice(0, at)
    const fraction = at < 0 ? '' : digits.slice(at + 1)
    if (!/^\d*$/.test(fraction)) continue
    if (at >= 0 && fraction === '') continue
    const groupsOk = /^\d+$/.test(integerPart) || GROUPED.test(integerPart)
    if (!groupsOk || integerPart.includes(decimal)) continue
    readings.add(canonicalDecimal(sign, integerPart.replace(/[ .,']/g, ''), fraction))
  }
  return [...readings]
}

// A number in running text: digits with optional thousands groups and a decimal part.
const NUMBER_IN_TEXT = /[-\u2212]?\d{1,3}(?:(?:[ \u00a0\u202f.,']\d{3})+)(?:[.,]\d+)?(?!\d)|[-\u2212]?\d+(?:[.,]\d+)?/g

/** Every exact decimal value written in `text`, in any of its readings. */
export function numbersIn(text: string): Set<string> {
  const values = new Set<string>()
  for (const match of text.matchAll(NUMBER_IN_TEXT)) {
    const before = match.index > 0 ? text[match.index - 1] : undefined
    if (before !== undefined && /[\p{L}]/u.test(before)) continue // "CP1" is a code, not a number
    for (const reading of readNumber(match[0])) values.add(reading)
    // "1 234,56" may also be two numbers in a list ("1 234"): keep the plain pieces too.
    for (const piece of match[0].split(/[ \u00a0\u202f]/)) for (const reading of readNumber(piece)) values.add(reading)
  }
  return values
}

/** True when `fact` is a number alone (possibly with a unit sign: "1 234,56 €", "10 %"). */
export function numericFact(fact: string): string[] | undefined {
  const stripped = fact.replace(/[€%]|\beur(os?)?\b/gi, '').trim()
  if (!/\d/.test(stripped)) return undefined
  const readings = readNumber(stripped)
  return readings.length ? readings : undefined
}

/** True when `text` (raw) mentions `fact`: numbers by value, words case- and accent-insensitively. */
export function mentions(text: string, normalizedText: string, numbers: Set<string>, fact: string): boolean {
  const asNumber = numericFact(fact)
  if (asNumber) return asNumber.some((value) => numbers.has(value))
  return containsWords(normalizedText, normalizeText(fact))
}
