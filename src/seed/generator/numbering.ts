import { formatDocumentNumber, nextDocumentNumber } from '@/domain/sales/numbering'
import type { NumberingPrefixes, NumberingSequences } from '@/domain'

export type NumberingSeries = keyof NumberingPrefixes

/**
 * Numbers the generated history in one continuous sequence per series and per year, in the order the
 * documents are issued (C. com. L441-9; CGI ann. II art. 242 nonies A, 7°), with the very rule the
 * validation commands use (`nextDocumentNumber`): FA-2025-00001, FA-2025-00002…
 */
export class Numbering {
  private current: NumberingSequences = {}

  constructor(private readonly prefixes: NumberingPrefixes) {}

  /** Last number used per series and year, stored in the workspace's meta for the commands to go on from. */
  get sequences(): NumberingSequences {
    return this.current
  }

  next(series: NumberingSeries, date: string): string {
    const next = nextDocumentNumber({ series, prefix: this.prefixes[series], date, sequences: this.current })
    this.current = next.sequences
    return next.number
  }
}

/** 'FA', '2025', 12 → 'FA-2025-00012' (the domain's `formatDocumentNumber`). */
export const formatNumber = formatDocumentNumber
