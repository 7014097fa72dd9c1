/**
 * The texts of the dunning levels in French and English: courtesy reminder, relance 1 (friendly),
 * relance 2 (firmer, account statement, penalties and 40 € recalled, 8-day deadline), the formal
 * notice (mise en demeure by registered letter: principal + penalties + 40 € per late invoice,
 * 8–15 days, legal action announced) and the internal alert to management. Figures come from the
 * domain (penalties, claim totals); formatting is passed in, as for message templates.
 */
import { claimTotals, type ClaimLine, type ClaimTotals, type DunningLevel } from './dunning'
import type { TemplateFormatters } from './message-templates'
import type { IsoDate, Language } from './model/common'
import type { CompanySettings } from './model/company'
import type { Contact } from './model/tiers'

/** What a dunning letter is written from. */
export interface DunningLetterContext {
  language: Language
  /** Today's simulated date. */
  date: IsoDate
  companyName: string
  companyPhone?: string
  customerName: string
  /** "Mme Martin" / "Ms Martin", or undefined for "Madame, Monsieur". */
  contactName?: string
  lines: readonly ClaimLine[]
  totals: ClaimTotals
  /** Whether the letter recalls penalties and the 40 € indemnity (relance 2 on). */
  recallPenalties: boolean
  /** Annual penalty rate used, in percent (undefined: the legal default of each half-year). */
  ratePercent?: number
  /** The date to pay by (deadline). */
  payBy?: IsoDate
}

/** How a letter greets a contact: "Mme Martin" in French, "Ms Martin" in English; the full name without civility. */
export function letterContactName(contact: Pick<Contact, 'civility' | 'firstName' | 'lastName'> | undefined, language: Language): string | undefined {
  if (!contact) return undefined
  const civility = contact.civility === 'Mme' ? (language === 'fr' ? 'Mme' : 'Ms') : contact.civility === 'M.' ? (language === 'fr' ? 'M.' : 'Mr') : undefined
  return civility ? `${civility} ${contact.lastName}` : `${contact.firstName} ${contact.lastName}`.trim()
}

/** What {@link dunningLetterContext} builds a letter's context from. */
export interface DunningLetterSource {
  language: Language
  date: IsoDate
  /** The company's settings: its name and its agreed penalty rate (none: the legal default). */
  settings: Pick<CompanySettings, 'identity' | 'latePenaltyRatePercent'> | null | undefined
  customerName: string
  /** The contact written to, if any. */
  contact: Pick<Contact, 'civility' | 'firstName' | 'lastName'> | undefined
  /** The claim on each invoice (with penalties from relance 2 on). */
  lines: readonly ClaimLine[]
  level: Pick<DunningLevel, 'recallPenalties'>
  payBy?: IsoDate | undefined
}

/**
 * The context of a level's letter, built once for the command that sends it and the form that previews
 * it: the greeting in the letter's language, the claim's totals (40 € once per late invoice), whether
 * the level recalls penalties, and the agreed rate when the terms of sale set one.
 */
export function dunningLetterContext(source: DunningLetterSource): DunningLetterContext {
  const contactName = letterContactName(source.contact, source.language)
  const rate = source.settings?.latePenaltyRatePercent
  return {
    language: source.language, date: source.date, companyName: source.settings?.identity.name ?? '', customerName: source.customerName,
    ...(contactName ? { contactName } : {}), lines: source.lines, totals: claimTotals(source.lines),
    recallPenalties: Boolean(source.level.recallPenalties),
    ...(rate != null ? { ratePercent: rate } : {}),
    ...(source.payBy ? { payBy: source.payBy } : {}),
  }
}

/** A rendered letter or email. */
export interface DunningLetter {
  subject: string
  body: string
}

/** The template keys of the default plan and of the alert. */
export const DUNNING_TEMPLATE_KEYS = ['dunning.courtesy', 'dunning.relance1', 'dunning.relance2', 'dunning.formalNotice', 'dunning.litigation'] as const

type Texts = Record<Language, { greeting: (c?: string) => string; sign: string }>
const COMMON: Texts = {
  fr: { greeting: (c) => (c ? `Bonjour ${c},` : 'Madame, Monsieur,'), sign: 'Veuillez agréer nos salutations distinguées.' },
  en: { greeting: (c) => (c ? `Dear ${c},` : 'Dear Sir or Madam,'), sign: 'Yours faithfully,' },
}

function invoiceList(ctx: DunningLetterContext, f: TemplateFormatters): string {
  const { language: l } = ctx
  return ctx.lines.map((line) => {
    const head = l === 'fr'
      ? `- Facture ${line.invoiceNumber ?? line.invoiceId} échue le ${f.date(line.dueDate, l)} : ${f.money(line.remainingCents, l)} TTC`
      : `- Invoice ${line.invoiceNumber ?? line.invoiceId} due on ${f.date(line.dueDate, l)}: ${f.money(line.remainingCents, l)} incl. VAT`
    if (!ctx.recallPenalties || line.daysLate <= 0) return head
    return l === 'fr'
      ? `${head} ; ${line.daysLate} jours de retard, pénalités ${f.money(line.penaltyCents, l)}, indemnité forfaitaire ${f.money(line.indemnityCents, l)}`
      : `${head}; ${line.daysLate} days late, penalties ${f.money(line.penaltyCents, l)}, fixed indemnity ${f.money(line.indemnityCents, l)}`
  }).join('\n')
}

function penaltiesParagraph(ctx: DunningLetterContext, f: TemplateFormatters): string {
  const l = ctx.language
  const rate = ctx.ratePercent === undefined
    ? (l === 'fr' ? 'au taux de la BCE majoré de 10 points' : 'at the ECB rate plus 10 points')
    : (l === 'fr' ? `au taux de ${String(ctx.ratePercent).replace('.', ',')} % l'an` : `at ${ctx.ratePercent}% a year`)
  return l === 'fr'
    ? `Conformément à l'article L441-10 du Code de commerce, des pénalités de retard courent depuis le lendemain de l'échéance ${rate}, sur le montant TTC (montant × taux × jours / 365), soit ${f.money(ctx.totals.penaltyCents, l)}, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture payée en retard (article D441-5), soit ${f.money(ctx.totals.indemnityCents, l)}. Montant total dû : ${f.money(ctx.totals.totalCents, l)}.`
    : `Under article L441-10 of the French Commercial Code, late-payment penalties run from the day after the due date ${rate}, on the amount including VAT (amount × rate × days / 365), i.e. ${f.money(ctx.totals.penaltyCents, l)}, plus a fixed recovery indemnity of €40 per invoice paid late (article D441-5), i.e. ${f.money(ctx.totals.indemnityCents, l)}. Total amount due: ${f.money(ctx.totals.totalCents, l)}.`
}

/**
 * Renders a level's letter or email in the context's language. Unknown keys render as the relance 1 text
 * would not be right, so they throw: the plan editor only offers the keys of {@link DUNNING_TEMPLATE_KEYS}.
 */
export function renderDunningLetter(templateKey: string, ctx: DunningLetterContext, f: TemplateFormatters): DunningLetter {
  const l = ctx.language
  const c = COMMON[l]
  const list = invoiceList(ctx, f)
  const principal = f.money(ctx.totals.principalCents, l)
  const payBy = ctx.payBy ? f.date(ctx.payBy, l) : undefined
  const parts: string[] = [c.greeting(ctx.contactName)]
  let subject: string
  switch (templateKey) {
    case 'dunning.courtesy':
      subject = l === 'fr' ? `Rappel d'échéance – ${ctx.companyName}` : `Payment due soon – ${ctx.companyName}`
      parts.push(l === 'fr'
        ? `Nous nous permettons de vous rappeler l'échéance prochaine des factures suivantes :\n${list}\nSi le règlement est déjà parti, merci de ne pas tenir compte de ce message.`
        : `May we remind you that the following invoices will soon fall due:\n${list}\nIf payment has already been made, please disregard this message.`)
      break
    case 'dunning.relance1':
      subject = l === 'fr' ? `Facture(s) échue(s) – ${ctx.customerName}` : `Overdue invoice(s) – ${ctx.customerName}`
      parts.push(l === 'fr'
        ? `Sauf erreur de notre part, les factures suivantes restent impayées à ce jour :\n${list}\nTotal : ${principal} TTC. Pourriez-vous nous indiquer la date de leur règlement ? En cas de désaccord sur une facture, merci de nous le signaler.`
        : `According to our records, the following invoices remain unpaid:\n${list}\nTotal: ${principal} incl. VAT. Could you let us know when they will be paid? If you disagree with an invoice, please tell us.`)
      break
    case 'dunning.relance2':
      subject = l === 'fr' ? `Deuxième relance – factures impayées – ${ctx.customerName}` : `Second reminder – unpaid invoices – ${ctx.customerName}`
      parts.push(l === 'fr'
        ? `Malgré notre précédente relance, les factures suivantes restent impayées :\n${list}\nVous trouverez ci-joint votre relevé de compte.`
        : `Despite our previous reminder, the following invoices remain unpaid:\n${list}\nPlease find your account statement enclosed.`)
      parts.push(penaltiesParagraph(ctx, f))
      if (payBy) parts.push(l === 'fr' ? `Nous vous remercions de régulariser avant le ${payBy}. Vos nouvelles commandes sont en attente jusqu'au règlement.` : `Please settle before ${payBy}. Your new orders are on hold until payment.`)
      break
    case 'dunning.formalNotice':
    case 'dunning.litigation':
      subject = l === 'fr' ? `Mise en demeure de payer – lettre recommandée avec accusé de réception` : `Formal notice to pay – registered letter with acknowledgement of receipt`
      parts.push(l === 'fr'
        ? `Malgré nos relances, vous restez redevable des sommes suivantes :\n${list}\nPrincipal : ${principal} TTC.`
        : `Despite our reminders, you still owe the following amounts:\n${list}\nPrincipal: ${principal} incl. VAT.`)
      parts.push(penaltiesParagraph(ctx, f))
      parts.push(l === 'fr'
        ? `Par la présente, nous vous mettons en demeure de régler la somme de ${f.money(ctx.totals.totalCents, l)}${payBy ? ` au plus tard le ${payBy}` : ''}. À défaut, nous engagerons une procédure judiciaire de recouvrement (injonction de payer) sans autre avis.`
        : `We hereby give you formal notice to pay ${f.money(ctx.totals.totalCents, l)}${payBy ? ` by ${payBy} at the latest` : ''}. Failing this, we will start legal recovery proceedings (order for payment) without further notice.`)
      break
    default:
      throw new RangeError(`Unknown dunning template ${templateKey}`)
  }
  parts.push(c.sign, ctx.companyName)
  return { subject, body: parts.join('\n\n') }
}

/** What management is told about a customer (internal message). */
export interface ManagementAlertContext {
  language: Language
  customerName: string
  totals: ClaimTotals
  invoiceNumbers: readonly string[]
  /** What was done and what is asked (the learner's words). */
  note: string
}

/** The internal alert to management: the customer, the invoices, the sums at stake and the learner's note. */
export function renderManagementAlert(ctx: ManagementAlertContext, f: TemplateFormatters): DunningLetter {
  const l = ctx.language
  const invoices = ctx.invoiceNumbers.join(', ')
  return l === 'fr'
    ? {
        subject: `Alerte impayé – ${ctx.customerName}`,
        body: `Client : ${ctx.customerName}\nFactures : ${invoices}\nPrincipal : ${f.money(ctx.totals.principalCents, l)} TTC ; pénalités ${f.money(ctx.totals.penaltyCents, l)} ; indemnités ${f.money(ctx.totals.indemnityCents, l)} ; total ${f.money(ctx.totals.totalCents, l)}.\n\n${ctx.note}`,
      }
    : {
        subject: `Unpaid invoices alert – ${ctx.customerName}`,
        body: `Customer: ${ctx.customerName}\nInvoices: ${invoices}\nPrincipal: ${f.money(ctx.totals.principalCents, l)} incl. VAT; penalties ${f.money(ctx.totals.penaltyCents, l)}; indemnities ${f.money(ctx.totals.indemnityCents, l)}; total ${f.money(ctx.totals.totalCents, l)}.\n\n${ctx.note}`,
      }
}
