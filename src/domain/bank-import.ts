/**
 * Bank statement import and reconciliation suggestions (rapprochement bancaire, DOMAIN-FR §4: a
 * customer's payment is matched to its invoices — lettrage). Pure: the CSV splitting itself is
 * papaparse's; this module reads the rows it gives (French bank exports: `;` or `,` separators,
 * dd/mm/yyyy or ISO dates, "1 234,56" amounts or separate Débit/Crédit columns, optional header).
 */
import { isCalendarDate } from './calendar'
import type { IsoDate } from './model/common'

/** Limits of one statement file: what a learner's export holds, far from a browser's limits. */
export const BANK_IMPORT_LIMITS = { maxRows: 5000, maxBytes: 1024 * 1024, maxLabelLength: 200, maxProblems: 50 } as const

/** A column of a statement. */
export type BankColumn = 'date' | 'label' | 'amount' | 'debit' | 'credit'

export type BankProblemCode =
  | 'emptyFile' | 'fileTooLarge' | 'tooManyRows' | 'columns'
  | 'badDate' | 'badAmount' | 'zeroAmount' | 'bothAmounts' | 'emptyLabel' | 'labelTooLong' | 'formula'

/** What is wrong in a file: the row (1 = first row of the file) and column where it is, when it is in one. */
export interface BankImportProblem {
  code: BankProblemCode
  row?: number
  column?: BankColumn
  /** The text found (cut to 40 characters) or the limit broken. */
  values?: Record<string, string | number>
}

/** One statement line read from the file. */
export interface ParsedBankLine {
  row: number
  date: IsoDate
  label: string
  /** Signed: + credit (money in), − debit. */
  amountCents: number
}

export type BankReadResult =
  | { ok: true; lines: ParsedBankLine[] }
  | { ok: false; problems: BankImportProblem[]; /** Problems beyond the listed ones. */ more: number }

/** Lower case, accents removed, anything but letters and digits turned into single spaces. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
}

/**
 * The separator of a statement from its first line: `;` (French exports, where the comma is the
 * decimal mark) when the line holds one, `,` otherwise.
 */
export function detectBankSeparator(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  return firstLine.includes(';') ? ';' : ','
}

const HEADER_NAMES: Record<BankColumn, readonly string[]> = {
  date: ['date', 'date operation', 'date d operation', 'date comptable', 'date de l operation'],
  label: ['libelle', 'libelle operation', 'libelle de l operation', 'intitule', 'description', 'label', 'details'],
  amount: ['montant', 'montant eur', 'montant en euros', 'montant en eur', 'amount'],
  debit: ['debit', 'debit eur', 'debits'],
  credit: ['credit', 'credit eur', 'credits'],
}

function columnOfHeader(cell: string): BankColumn | undefined {
  const name = normalizeForMatch(cell)
  return (Object.keys(HEADER_NAMES) as BankColumn[]).find((column) => HEADER_NAMES[column].includes(name))
}

type Layout = Partial<Record<BankColumn, number>>

function completeLayout(layout: Layout): boolean {
  return layout.date !== undefined && layout.label !== undefined
    && (layout.amount !== undefined || (layout.debit !== undefined && layout.credit !== undefined))
}

/** The columns named by a header row, or undefined when the row is not a header. */
function headerLayout(row: readonly string[]): Layout | undefined {
  const layout: Layout = {}
  row.forEach((cell, index) => {
    const column = columnOfHeader(cell)
    if (column && layout[column] === undefined) layout[column] = index
  })
  return Object.keys(layout).length > 0 ? layout : undefined
}

/** A dd/mm/yyyy (also with - or .) or yyyy-mm-dd date as an ISO date, or undefined. */
export function parseBankDate(text: string): IsoDate | undefined {
  const value = text.trim()
  let iso: string | undefined
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)
  if (french) iso = `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`
  else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) iso = value
  return iso && isCalendarDate(iso) ? iso : undefined
}

const MAX_AMOUNT_CENTS = 100_000_000_000 // 1 milliard d'euros: beyond, a typo or a hostile file

/**
 * An amount as cents: "1 234,56", "-89,90", "1.234,56", "1234.56", "+12", "12,5 €". Thousands
 * separators are spaces (also non-breaking), dots before a comma decimal mark, or commas before a
 * dot decimal mark ("1,234.56"; "12,345" alone is ambiguous and refused). Undefined when the text
 * is not one amount.
 */
export function parseBankAmount(text: string): number | undefined {
  const value = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(€|eur)$/i, '')
  let sign = 1
  let digits = value
  if (/^[+-]/.test(digits)) {
    if (digits.startsWith('-')) sign = -1
    digits = digits.slice(1)
  }
  let integer: string
  let decimals: string
  let match: RegExpExecArray | null
  if ((match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(digits))) { integer = match[1]!; decimals = match[2] ?? '' }
  else if ((match = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(digits))) { integer = match[1]!.replace(/\./g, ''); decimals = match[2] ?? '' }
  else if ((match = /^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$/.exec(digits))) { integer = match[1]!.replace(/,/g, ''); decimals = match[2]! }
  else return undefined
  if (integer.length > 12) return undefined
  const cents = Number(integer) * 100 + Number(decimals.padEnd(2, '0'))
  return cents > MAX_AMOUNT_CENTS ? undefined : sign * cents + 0
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text)

/** A cell a spreadsheet would run as a formula when the statement is exported again (CSV injection). */
function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text)
}

/**
 * Reads the rows of a statement (as papaparse split them) into lines, or lists every problem with its
 * row and column. A first row whose cells are column names (Date, Libellé, Montant, Débit, Crédit…)
 * is a header; without one, 3 columns read as date, label, amount and 4 as date, label, debit, credit.
 * Blank rows are skipped. `sizeBytes` is the file's size (over 1 Mo: refused before reading).
 */
export function readBankRows(rows: readonly (readonly string[])[], sizeBytes = 0): BankReadResult {
  const fail = (problem: BankImportProblem): BankReadResult => ({ ok: false, problems: [problem], more: 0 })
  if (sizeBytes > BANK_IMPORT_LIMITS.maxBytes) return fail({ code: 'fileTooLarge', values: { max: '1 Mo' } })
  const numbered = rows.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => String(c ?? '').trim()) }))
    .filter(({ cells }) => cells.some((c) => c !== ''))
  if (numbered.length === 0) return fail({ code: 'emptyFile' })

  const first = numbered[0]!
  const header = parseBankDate(first.cells[0] ?? '') === undefined ? headerLayout(first.cells) : undefined
  const data = header ? numbered.slice(1) : numbered
  if (data.length === 0) return fail({ code: 'emptyFile' })
  if (data.length > BANK_IMPORT_LIMITS.maxRows) return fail({ code: 'tooManyRows', values: { count: data.length, max: BANK_IMPORT_LIMITS.maxRows } })
  let layout: Layout | undefined = header
  if (!layout) {
    const width = first.cells.length
    if (width === 3) layout = { date: 0, label: 1, amount: 2 }
    else if (width === 4) layout = { date: 0, label: 1, debit: 2, credit: 3 }
  }
  if (!layout || !completeLayout(layout)) return fail({ code: 'columns', row: first.row, values: { count: first.cells.length } })

  const problems: BankImportProblem[] = []
  const lines: ParsedBankLine[] = []
  const at = layout as Required<Pick<Layout, 'date' | 'label'>> & Layout
  for (const { row, cells } of data) {
    const before = problems.length
    const cell = (column: number | undefined) => (column === undefined ? '' : cells[column] ?? '')
    const dateText = cell(at.date)
    const date = parseBankDate(dateText)
    if (!date) problems.push({ code: 'badDate', row, column: 'date', values: { text: clip(dateText) } })

    const label = cell(at.label).replace(/\s+/g, ' ')
    if (label === '') problems.push({ code: 'emptyLabel', row, column: 'label' })
    else if (looksLikeFormula(label)) problems.push({ code: 'formula', row, column: 'label', values: { text: clip(label) } })
    else if (label.length > BANK_IMPORT_LIMITS.maxLabelLength) problems.push({ code: 'labelTooLong', row, column: 'label', values: { max: BANK_IMPORT_LIMITS.maxLabelLength } })

    let amountCents: number | undefined
    if (at.amount !== undefined) {
      const text = cell(at.amount)
      amountCents = parseBankAmount(text)
      if (amountCents === undefined) problems.push({ code: 'badAmount', row, column: 'amount', values: { text: clip(text) } })
    } else {
      const debitText = cell(at.debit)
      const creditText = cell(at.credit)
      if (debitText !== '' && creditText !== '') problems.push({ code: 'bothAmounts', row, column: 'debit' })
      else {
        const column: BankColumn = debitText !== '' ? 'debit' : 'credit'
        const text = debitText !== '' ? debitText : creditText
        const parsed = parseBankAmount(text)
        if (parsed === undefined) problems.push({ code: 'badAmount', row, column, values: { text: clip(text) } })
        else amountCents = column === 'debit' ? -Math.abs(parsed) : Math.abs(parsed)
      }
    }
    if (amountCents === 0) problems.push({ code: 'zeroAmount', row, column: at.amount !== undefined ? 'amount' : 'credit' })
    if (problems.length === before && date && amountCents) lines.push({ row, date, label, amountCents })
  }
  if (problems.length > 0) {
    return { ok: false, problems: problems.slice(0, BANK_IMPORT_LIMITS.maxProblems), more: Math.max(0, problems.length - BANK_IMPORT_LIMITS.maxProblems) }
  }
  return { ok: true, lines }
}

/** What makes two statement lines the same operation: date, label and amount. */
export function bankLineKey(line: { date: IsoDate; label: string; amountCents: number }): string {
  return `${line.date}|${normalizeForMatch(line.label)}|${line.amountCents}`
}

/** An open invoice (something remains to pay) of a customer, as the suggestions need it. */
export interface OpenInvoice {
  id: string
  number: string
  customerId: string
  customerName: string
  date: IsoDate
  remainingCents: number
}

export type MatchReason =
  | { code: 'number'; values: { number: string } }
  | { code: 'name'; values: { name: string } }
  | { code: 'amountOne'; values: { number: string } }
  | { code: 'amountSum'; values: { count: number } }
  | { code: 'amountDiffers'; values: { remainingCents: number } }

/** One suggested match of a credit line: the customer, the invoices it would pay, how sure and why. */
export interface MatchSuggestion {
  customerId: string
  customerName: string
  invoices: OpenInvoice[]
  /** 0–100: number in the label 50, name 30, amount equal to what remains 40 (sum of several 35). */
  score: number
  reasons: MatchReason[]
}

const LEGAL_FORMS = new Set(['sarl', 'sas', 'sasu', 'sa', 'eurl', 'sci', 'snc', 'scop', 'ei', 'earl', 'gaec', 'ste', 'societe', 'ets', 'etablissements'])

/** The customer's name as it would appear in a label: normalized, legal form dropped. */
function nameForMatch(name: string): string {
  const words = normalizeForMatch(name).split(' ').filter((w) => w !== '' && !LEGAL_FORMS.has(w))
  return words.join(' ')
}

function containsWords(haystack: string, needle: string): boolean {
  return needle.length >= 3 && ` ${haystack} `.includes(` ${needle} `)
}

const MAX_SUM_INVOICES = 14

/** Several invoices (at least 2) whose remaining amounts add up to `target`, oldest first; fewest invoices wins. */
function invoicesSumming(invoices: readonly OpenInvoice[], target: number): OpenInvoice[] | undefined {
  const pool = [...invoices].sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number)).slice(0, MAX_SUM_INVOICES)
  let best: OpenInvoice[] | undefined
  for (let mask = 1; mask < 1 << pool.length; mask++) {
    let sum = 0
    const chosen: OpenInvoice[] = []
    for (let i = 0; i < pool.length; i++) {
      if (mask & (1 << i)) { sum += pool[i]!.remainingCents; chosen.push(pool[i]!) }
    }
    if (chosen.length >= 2 && sum === target && (!best || chosen.length < best.length)) best = chosen
  }
  return best
}

/**
 * Suggested matches for a credit line (money in): the open invoices of the customers whose name or
 * invoice number appears in the label (accents and case ignored), scored by what agrees — the
 * number, the name, an amount equal to one invoice's remaining due or to the sum of several of the
 * same customer's — best first, at most `limit`. A debit line gets none (it is no customer payment).
 */
export function suggestMatches(line: { label: string; amountCents: number }, openInvoices: readonly OpenInvoice[], limit = 5): MatchSuggestion[] {
  if (line.amountCents <= 0) return []
  const label = normalizeForMatch(line.label)
  const compactLabel = label.replace(/ /g, '')
  const byCustomer = new Map<string, OpenInvoice[]>()
  for (const invoice of openInvoices) {
    if (invoice.remainingCents <= 0) continue
    const list = byCustomer.get(invoice.customerId)
    if (list) list.push(invoice)
    else byCustomer.set(invoice.customerId, [invoice])
  }
  const found = new Map<string, MatchSuggestion>()
  const add = (invoices: OpenInvoice[], score: number, reasons: MatchReason[]) => {
    const key = invoices.map((i) => i.id).sort().join('+')
    const known = found.get(key)
    if (known && known.score >= score) return
    found.set(key, { customerId: invoices[0]!.customerId, customerName: invoices[0]!.customerName, invoices, score: Math.min(100, score), reasons })
  }
  for (const invoices of byCustomer.values()) {
    const name = nameForMatch(invoices[0]!.customerName)
    const nameReason: MatchReason[] = containsWords(label, name) ? [{ code: 'name', values: { name: invoices[0]!.customerName } }] : []
    const byNumber = invoices.filter((i) => {
      const number = normalizeForMatch(i.number).replace(/ /g, '')
      return number.length >= 4 && compactLabel.includes(number)
    })
    if (nameReason.length === 0 && byNumber.length === 0) continue
    const nameScore = nameReason.length ? 30 : 0
    for (const invoice of byNumber) {
      const equal = invoice.remainingCents === line.amountCents
      add([invoice], 50 + nameScore + (equal ? 40 : 0), [
        { code: 'number', values: { number: invoice.number } }, ...nameReason,
        equal ? { code: 'amountOne', values: { number: invoice.number } } : { code: 'amountDiffers', values: { remainingCents: invoice.remainingCents } },
      ])
    }
    const identified: MatchReason[] = nameReason.length ? nameReason : []
    const baseScore = nameScore || 20 // identified through another invoice's number only
    for (const invoice of invoices.filter((i) => i.remainingCents === line.amountCents && !byNumber.includes(i))) {
      add([invoice], baseScore + 40, [...identified, { code: 'amountOne', values: { number: invoice.number } }])
    }
    const oldest = [...invoices].sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number))[0]!
    if (nameReason.length && byNumber.length === 0 && !invoices.some((i) => i.remainingCents === line.amountCents)) {
      // Named but no amount agrees: maybe a part payment of the oldest invoice.
      add([oldest], nameScore, [...nameReason, { code: 'amountDiffers', values: { remainingCents: oldest.remainingCents } }])
    }
    const several = invoicesSumming(invoices, line.amountCents)
    if (several) {
      const numbered = several.some((i) => byNumber.includes(i))
      add(several, baseScore + 35 + (numbered ? 20 : 0), [
        ...(numbered ? several.filter((i) => byNumber.includes(i)).map((i): MatchReason => ({ code: 'number', values: { number: i.number } })) : []),
        ...identified, { code: 'amountSum', values: { count: several.length } },
      ])
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || a.invoices[0]!.date.localeCompare(b.invoices[0]!.date) || a.invoices[0]!.number.localeCompare(b.invoices[0]!.number))
    .slice(0, limit)
}
