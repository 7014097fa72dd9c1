import type { NumberingPrefixes } from '@/domain'
import type { NumberingSequences } from './types'

export type NumberingSeries = keyof NumberingPrefixes

/**
 * Numbers documents in one continuous sequence per series and per year, in the order they are issued
 * (C. com. L441-9; CGI ann. II art. 242 nonies A, 7°: "numéro unique basé sur une séquence
 * chronologique et continue"): FA-2025-00001, FA-2025-00002…
 */
export class Numbering {
  readonly sequences: NumberingSequences = {}

  constructor(private readonly prefixes: NumberingPrefixes) {}

  next(series: NumberingSeries, date: string): string {
    const year = date.slice(0, 4)
    const bySeries = (this.sequences[series] ??= {})
    const value = (bySeries[year] ?? 0) + 1
    bySeries[year] = value
    return formatNumber(this.prefixes[series], year, value)
  }
}

/** 'FA', '2025', 12 → 'FA-2025-00012' (a prefix that already ends with a dash keeps one dash). */
export function formatNumber(prefix: string, year: string, value: number): string {
  return `${prefix.replace(/-+$/, '')}-${year}-${String(value).padStart(5, '0')}`
}
