/**
 * Message templates with placeholders, rendered from what is known about the recipient, the company
 * and the document concerned. A professional message never leaves with a placeholder in it: every
 * placeholder the context cannot fill is reported (a typo as `unknown`, a value the context lacks as
 * `missing`) and kept as written in the text, so the learner sees where to write.
 *
 * Placeholders are written `{{group.field}}` (spaces inside the braces allowed). The vocabulary is
 * {@link PLACEHOLDERS}; `{{fill.<anything>}}` marks what only the learner knows (a new delivery date,
 * the answer to a question): always reported as missing until replaced.
 *
 * Formatting of money and dates is passed in ({@link TemplateFormatters}): the domain has no i18n.
 */
import type { Bilingual, IsoDate, Language } from './model/common'
import type { Contact, TierKind } from './model/tiers'

/** Who a template is written for: customers and prospects, suppliers, or anyone. */
export type TemplateAudience = 'customer' | 'supplier' | 'any'

/** A template in both languages; the learner picks it, the composer renders it in the message's language. */
export interface MessageTemplate {
  id: string
  audience: TemplateAudience
  name: Bilingual
  subject: Bilingual
  body: Bilingual
}

/** The document a message is about (a quote to follow up, an invoice to remind, an order to confirm). */
export interface TemplateDocument {
  number?: string
  /** The document's kind in the message's language ("Devis", "quote"), given by the caller. */
  typeLabel?: string
  date: IsoDate
  totalExclVatCents?: number
  totalInclVatCents?: number
  amountDueCents?: number
  dueDate?: IsoDate
  validUntil?: IsoDate
  /** A purchase order's expected delivery date. */
  expectedDate?: IsoDate
  /** A late purchase order: days since its expected (promised) delivery date. */
  daysLate?: number
  /** The customer's own order reference. */
  customerReference?: string
}

/** What a template is rendered from. */
export interface TemplateContext {
  language: Language
  /** Today's simulated date. */
  date: IsoDate
  company?: { name: string; phone?: string; email?: string }
  tier?: { name: string; kind: TierKind }
  contact?: Pick<Contact, 'civility' | 'firstName' | 'lastName'> & { role?: string }
  /** The document concerned; named `subjectDocument` so it never reads like the DOM's global. */
  subjectDocument?: TemplateDocument
}

/** Formatting in the message's language (1 234,56 € and 23/11/2026 in French), supplied by the caller. */
export interface TemplateFormatters {
  money(cents: number, language: Language): string
  date(isoDate: IsoDate, language: Language): string
}

type Resolver = (context: TemplateContext, format: TemplateFormatters) => string | undefined

const money = (cents: number | undefined, c: TemplateContext, f: TemplateFormatters) => (cents === undefined ? undefined : f.money(cents, c.language))
const day = (date: IsoDate | undefined, c: TemplateContext, f: TemplateFormatters) => (date ? f.date(date, c.language) : undefined)
const nonEmpty = (text: string | undefined) => (text?.trim() ? text : undefined)
const isCustomer = (kind: TierKind | undefined) => kind === 'customer' || kind === 'prospect'

/** The vocabulary, by group; the group `fill` is open (see the module's comment). */
const GROUPS: Record<string, Record<string, Resolver>> = {
  company: {
    name: (c) => nonEmpty(c.company?.name),
    phone: (c) => nonEmpty(c.company?.phone),
    email: (c) => nonEmpty(c.company?.email),
  },
  tier: { name: (c) => c.tier?.name },
  customer: { name: (c) => (isCustomer(c.tier?.kind) ? c.tier?.name : undefined) },
  supplier: { name: (c) => (c.tier?.kind === 'supplier' ? c.tier.name : undefined) },
  contact: {
    civility: (c) => (c.contact?.civility ? civilityWord(c.contact.civility, c.language) : undefined),
    firstName: (c) => nonEmpty(c.contact?.firstName),
    lastName: (c) => nonEmpty(c.contact?.lastName),
    fullName: (c) => (c.contact ? nonEmpty(`${c.contact.firstName} ${c.contact.lastName}`.trim()) : undefined),
    role: (c) => nonEmpty(c.contact?.role),
    salutation: (c) => salutation(c.contact, c.language),
  },
  document: {
    number: (c) => nonEmpty(c.subjectDocument?.number),
    type: (c) => nonEmpty(c.subjectDocument?.typeLabel),
    date: (c, f) => day(c.subjectDocument?.date, c, f),
    totalExclVat: (c, f) => money(c.subjectDocument?.totalExclVatCents, c, f),
    totalInclVat: (c, f) => money(c.subjectDocument?.totalInclVatCents, c, f),
    amountDue: (c, f) => money(c.subjectDocument?.amountDueCents, c, f),
    dueDate: (c, f) => day(c.subjectDocument?.dueDate, c, f),
    validUntil: (c, f) => day(c.subjectDocument?.validUntil, c, f),
    expectedDate: (c, f) => day(c.subjectDocument?.expectedDate, c, f),
    daysLate: (c) => (c.subjectDocument?.daysLate === undefined ? undefined : String(c.subjectDocument.daysLate)),
    customerReference: (c) => nonEmpty(c.subjectDocument?.customerReference),
  },
}

/** Every placeholder the renderer knows besides `date` and `fill.*`, as `group.field`. */
export const PLACEHOLDERS: readonly string[] = ['date', ...Object.entries(GROUPS).flatMap(([group, fields]) => Object.keys(fields).map((field) => `${group}.${field}`))]

const FILL_GROUP = 'fill'
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

function resolver(name: string): Resolver | 'fill' | undefined {
  if (name === 'date') return (c, f) => f.date(c.date, c.language)
  const [group, field, ...rest] = name.split('.')
  if (rest.length > 0 || !group || !field) return undefined
  if (group === FILL_GROUP) return /^\w+$/.test(field) ? 'fill' : undefined
  return GROUPS[group]?.[field]
}

/** True when `name` (as written between the braces, trimmed) is in the vocabulary. */
export function isKnownPlaceholder(name: string): boolean {
  return resolver(name) !== undefined
}

/** The placeholders written in `text`, trimmed, in order of appearance, each once. */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))]
}

/** A rendered text and what could not be filled in it (kept as written in `text`). */
export interface RenderedText {
  text: string
  /** Placeholders outside the vocabulary (a typo, a field that does not exist). */
  unknown: string[]
  /** Known placeholders the context has no value for, and every `fill.*`. */
  missing: string[]
}

/** Replaces each placeholder of `text` by its value in `context`; reports those it cannot fill. */
export function renderText(text: string, context: TemplateContext, format: TemplateFormatters): RenderedText {
  const unknown = new Set<string>()
  const missing = new Set<string>()
  const out = text.replace(PLACEHOLDER, (written, name: string) => {
    const resolve = resolver(name)
    if (resolve === undefined) { unknown.add(name); return written }
    const value = resolve === 'fill' ? undefined : resolve(context, format)
    if (value === undefined) { missing.add(name); return written }
    return value
  })
  return { text: out, unknown: [...unknown], missing: [...missing] }
}

/** A template rendered in the context's language, with every placeholder left unfilled. */
export interface RenderedTemplate {
  subject: string
  body: string
  unknown: string[]
  missing: string[]
}

export function renderTemplate(template: MessageTemplate, context: TemplateContext, format: TemplateFormatters): RenderedTemplate {
  const subject = renderText(template.subject[context.language], context, format)
  const body = renderText(template.body[context.language], context, format)
  return {
    subject: subject.text,
    body: body.text,
    unknown: [...new Set([...subject.unknown, ...body.unknown])],
    missing: [...new Set([...subject.missing, ...body.missing])],
  }
}

/** Whether a template suits a recipient: a tier of this kind, or an internal department. */
export function templateFits(template: MessageTemplate, recipient: TierKind | 'department'): boolean {
  if (template.audience === 'any') return true
  if (template.audience === 'supplier') return recipient === 'supplier'
  return isCustomer(recipient as TierKind)
}

/** What is wrong with a template as written: placeholders outside the vocabulary, or a different set in French and English. */
export interface TemplateProblems {
  unknown: string[]
  /** Placeholders used in one language and not the other. */
  onlyIn: { fr: string[]; en: string[] }
}

export function checkTemplate(template: MessageTemplate): TemplateProblems {
  const used = (language: Language) => new Set(findPlaceholders(`${template.subject[language]}\n${template.body[language]}`))
  const fr = used('fr')
  const en = used('en')
  return {
    unknown: [...new Set([...fr, ...en])].filter((name) => !isKnownPlaceholder(name)),
    onlyIn: { fr: [...fr].filter((n) => !en.has(n)), en: [...en].filter((n) => !fr.has(n)) },
  }
}

/** A problem of a message's text, for the field it concerns (`messages.rules.<code>`). */
export interface MessageTextIssue {
  field: 'subject' | 'body'
  code: 'empty' | 'unresolvedPlaceholders'
  values?: { placeholders: string }
}

/**
 * What stops a message from leaving: an empty subject or body, or a placeholder still in it (a message
 * reading "Dear {{contact.lastName}}" shows the customer it was never read over).
 */
export function checkMessageText(message: { subject: string; body: string }): MessageTextIssue[] {
  const issues: MessageTextIssue[] = []
  for (const field of ['subject', 'body'] as const) {
    const text = message[field]
    if (!text.trim()) { issues.push({ field, code: 'empty' }); continue }
    const left = findPlaceholders(text)
    if (left.length > 0) issues.push({ field, code: 'unresolvedPlaceholders', values: { placeholders: left.map((n) => `{{${n}}}`).join(', ') } })
  }
  return issues
}

/**
 * The formule d'appel. French letters name the title alone ("Madame,", "Monsieur,", or "Madame,
 * Monsieur," when the person is unknown); English ones use the title and surname ("Dear Ms Murphy"),
 * the full name when the title is unknown, and "Dear Sir or Madam" when nobody is named.
 */
export function salutation(contact: TemplateContext['contact'], language: Language): string {
  if (language === 'fr') return contact?.civility ? civilityWord(contact.civility, 'fr') : 'Madame, Monsieur'
  if (contact?.civility && contact.lastName.trim()) return `Dear ${civilityWord(contact.civility, 'en')} ${contact.lastName.trim()}`
  const name = contact ? `${contact.firstName} ${contact.lastName}`.trim() : ''
  return name ? `Dear ${name}` : 'Dear Sir or Madam'
}

function civilityWord(civility: NonNullable<Contact['civility']>, language: Language): string {
  if (language === 'fr') return civility === 'M.' ? 'Monsieur' : 'Madame'
  // British usage: no full stop after Mr and Ms.
  return civility === 'M.' ? 'Mr' : 'Ms'
}
