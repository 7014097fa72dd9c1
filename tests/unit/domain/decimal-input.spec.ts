import { describe, expect, it } from 'vitest'
import { parseDecimalNumber, parseEurosToCents, parsePercentList, parseScaledDecimal } from '@/domain'

// Typed figures become exact integers: no binary float ever touches an amount (money convention).
describe('reading typed decimals', () => {
  it('reads French and English amounts as exact cents', () => {
    expect(parseEurosToCents('1 234,56')).toEqual({ ok: true, value: 123456 })
    expect(parseEurosToCents('1\u202f234,5')).toEqual({ ok: true, value: 123450 })
    expect(parseEurosToCents('0,29')).toEqual({ ok: true, value: 29 })
    expect(parseEurosToCents('145')).toEqual({ ok: true, value: 14500 })
    expect(parseEurosToCents('389.90')).toEqual({ ok: true, value: 38990 })
    expect(parseEurosToCents('12,')).toEqual({ ok: true, value: 1200 })
  })

  it('refuses what is not an amount, saying why', () => {
    expect(parseEurosToCents('')).toEqual({ ok: false, error: 'empty' })
    expect(parseEurosToCents('12,345')).toEqual({ ok: false, error: 'tooManyDecimals' })
    expect(parseEurosToCents('12 €')).toEqual({ ok: false, error: 'notANumber' })
    expect(parseEurosToCents('1,2,3')).toEqual({ ok: false, error: 'notANumber' })
    expect(parseEurosToCents('-5')).toEqual({ ok: false, error: 'negative' })
    expect(parseScaledDecimal('-5', 2, true)).toEqual({ ok: true, value: -500 })
  })

  it('reads percents and quantities with up to 3 decimals', () => {
    expect(parseDecimalNumber('5,5')).toEqual({ ok: true, value: 5.5 })
    expect(parseDecimalNumber('8.28')).toEqual({ ok: true, value: 8.28 })
    expect(parseDecimalNumber('2,125')).toEqual({ ok: true, value: 2.125 })
    expect(parseDecimalNumber('2,1255')).toEqual({ ok: false, error: 'tooManyDecimals' })
  })

  it('reads a cascade of discounts separated by ";" or "+", never by the decimal comma', () => {
    expect(parsePercentList('5 ; 2')).toEqual({ ok: true, value: [5, 2] })
    expect(parsePercentList('5 % + 2,5 %')).toEqual({ ok: true, value: [5, 2.5] })
    expect(parsePercentList('')).toEqual({ ok: true, value: [] })
    expect(parsePercentList('5 ; x')).toEqual({ ok: false, error: 'notANumber', index: 1 })
  })
})
