import { describe, expect, it } from 'vitest'
import {
  checkMessageText,
  checkTemplate,
  findPlaceholders,
  isKnownPlaceholder,
  renderTemplate,
  renderText,
  salutation,
  templateFits,
  PLACEHOLDERS,
  type MessageTemplate,
  type TemplateContext,
  type TemplateFormatters,
} from '@/domain'

// Formatting is the caller's: these stand-ins show which language the renderer asked for.
const format: TemplateFormatters = {
  money: (cents, language) => `${language}:${cents}c`,
  date: (iso, language) => `${language}:${iso}`,
}

const context: TemplateContext = {
  language: 'fr',
  date: '2026-11-23',
  company: { name: 'Confluence Bureau', phone: '04 78 92 15 40' },
  tier: { name: 'Atelier Dubois', kind: 'customer' },
  contact: { civility: 'Mme', firstName: 'Claire', lastName: 'Martin', role: 'Acheteuse' },
  subjectDocument: { number: 'DE-2026-0001', typeLabel: 'Devis', date: '2026-11-02', totalExclVatCents: 123_456, validUntil: '2026-12-02' },
}

describe('renderText: placeholders filled from the context', () => {
  it('fills the recipient, the contact, the company, the document and today\'s simulated date', () => {
    const rendered = renderText(
      '{{contact.salutation}}, {{customer.name}} — {{contact.firstName}} {{contact.lastName}} ({{contact.role}}) — {{company.name}} — '
      + '{{document.type}} {{document.number}} du {{document.date}} : {{document.totalExclVat}}, valable jusqu\'au {{document.validUntil}} — {{date}}',
      context, format,
    )
    expect(rendered.text).toBe(
      'Madame, Atelier Dubois — Claire Martin (Acheteuse) — Confluence Bureau — Devis DE-2026-0001 du fr:2026-11-02 : fr:123456c, '
      + 'valable jusqu\'au fr:2026-12-02 — fr:2026-11-23',
    )
    expect(rendered).toMatchObject({ unknown: [], missing: [] })
  })

  it('formats money and dates in the message\'s language, through the functions passed in', () => {
    const rendered = renderText('{{document.totalExclVat}} {{date}}', { ...context, language: 'en' }, format)
    expect(rendered.text).toBe('en:123456c en:2026-11-23')
  })

  it('accepts spaces inside the braces', () => {
    expect(renderText('{{ company.name }}', context, format).text).toBe('Confluence Bureau')
  })

  it('reports an unknown placeholder (a typo) and keeps it as written, never silently dropped', () => {
    const rendered = renderText('Bonjour {{custmer.name}} et {{contact.lastName.x}}', context, format)
    expect(rendered.text).toBe('Bonjour {{custmer.name}} et {{contact.lastName.x}}')
    expect(rendered.unknown).toEqual(['custmer.name', 'contact.lastName.x'])
    expect(rendered.missing).toEqual([])
  })

  it('reports a known placeholder the context has no value for, and keeps it in the text', () => {
    const rendered = renderText('{{document.dueDate}} / {{document.amountDue}} / {{company.email}}', context, format)
    expect(rendered.text).toBe('{{document.dueDate}} / {{document.amountDue}} / {{company.email}}')
    expect(rendered.missing).toEqual(['document.dueDate', 'document.amountDue', 'company.email'])
  })

  it('reports each missing placeholder once, however often it appears', () => {
    expect(renderText('{{fill.x}} {{fill.x}} {{fill.y}}', context, format).missing).toEqual(['fill.x', 'fill.y'])
  })

  it('always reports {{fill.*}}: only the learner knows what goes there', () => {
    const rendered = renderText('Livraison le {{fill.newDeliveryDate}}', context, format)
    expect(rendered).toEqual({ text: 'Livraison le {{fill.newDeliveryDate}}', unknown: [], missing: ['fill.newDeliveryDate'] })
  })

  it('fills {{customer.name}} only for a customer or prospect, {{supplier.name}} only for a supplier', () => {
    const supplier: TemplateContext = { ...context, tier: { name: 'Sièges du Nord', kind: 'supplier' } }
    expect(renderText('{{customer.name}}', supplier, format).missing).toEqual(['customer.name'])
    expect(renderText('{{supplier.name}} {{tier.name}}', supplier, format).text).toBe('Sièges du Nord Sièges du Nord')
    expect(renderText('{{customer.name}}', { ...context, tier: { name: 'Nova', kind: 'prospect' } }, format).text).toBe('Nova')
  })

  it('treats an empty value as missing (a company without a phone number)', () => {
    expect(renderText('{{company.phone}}', { ...context, company: { name: 'X', phone: ' ' } }, format).missing).toEqual(['company.phone'])
  })

  it('leaves text without placeholders untouched', () => {
    expect(renderText('Prix : 12 € {pas un champ}', context, format)).toEqual({ text: 'Prix : 12 € {pas un champ}', unknown: [], missing: [] })
  })
})

describe('salutation (formule d\'appel)', () => {
  it('in French, names the title alone, or both when the person is unknown', () => {
    expect(salutation({ civility: 'M.', firstName: 'Paul', lastName: 'Durand' }, 'fr')).toBe('Monsieur')
    expect(salutation({ civility: 'Mme', firstName: 'Claire', lastName: 'Martin' }, 'fr')).toBe('Madame')
    expect(salutation({ firstName: 'Dominique', lastName: 'Roux' }, 'fr')).toBe('Madame, Monsieur')
    expect(salutation(undefined, 'fr')).toBe('Madame, Monsieur')
  })

  it('in British English, Mr/Ms and the surname without a full stop, the full name without a title, Sir or Madam for nobody', () => {
    expect(salutation({ civility: 'M.', firstName: 'Oliver', lastName: 'Bennett' }, 'en')).toBe('Dear Mr Bennett')
    expect(salutation({ civility: 'Mme', firstName: 'Siobhan', lastName: 'Murphy' }, 'en')).toBe('Dear Ms Murphy')
    expect(salutation({ firstName: 'Sam', lastName: 'Lee' }, 'en')).toBe('Dear Sam Lee')
    expect(salutation(undefined, 'en')).toBe('Dear Sir or Madam')
  })

  it('is the {{contact.salutation}} placeholder, which never goes missing', () => {
    expect(renderText('{{contact.salutation}},', { ...context, contact: undefined, language: 'en' }, format)).toEqual({ text: 'Dear Sir or Madam,', unknown: [], missing: [] })
    expect(renderText('{{contact.civility}}', { ...context, language: 'en' }, format).text).toBe('Ms')
  })
})

const template: MessageTemplate = {
  id: 't', audience: 'customer', name: { fr: 'Relance', en: 'Follow-up' },
  subject: { fr: 'Devis {{document.number}}', en: 'Quotation {{document.number}}' },
  body: { fr: '{{contact.salutation}},\nLivraison le {{fill.date}} {{oops}}', en: '{{contact.salutation}},\nDelivery on {{fill.date}} {{oops}}' },
}

describe('renderTemplate', () => {
  it('renders subject and body in the context\'s language and gathers what could not be filled', () => {
    expect(renderTemplate(template, context, format)).toEqual({
      subject: 'Devis DE-2026-0001', body: 'Madame,\nLivraison le {{fill.date}} {{oops}}', unknown: ['oops'], missing: ['fill.date'],
    })
    expect(renderTemplate(template, { ...context, language: 'en', subjectDocument: undefined }, format)).toEqual({
      subject: 'Quotation {{document.number}}', body: 'Dear Ms Martin,\nDelivery on {{fill.date}} {{oops}}', unknown: ['oops'], missing: ['document.number', 'fill.date'],
    })
  })
})

describe('checkTemplate and the vocabulary', () => {
  it('lists every known placeholder, and only those are known', () => {
    expect(PLACEHOLDERS).toContain('customer.name')
    expect(PLACEHOLDERS).toContain('contact.lastName')
    expect(PLACEHOLDERS).toContain('company.name')
    expect(PLACEHOLDERS).toContain('document.number')
    expect(PLACEHOLDERS).toContain('date')
    expect(PLACEHOLDERS.every(isKnownPlaceholder)).toBe(true)
    expect(isKnownPlaceholder('fill.anything')).toBe(true)
    expect(['fill.', 'fill.a-b', 'customer', 'customer.siren', '', 'date.x'].some(isKnownPlaceholder)).toBe(false)
  })

  it('finds unknown placeholders and those used in one language only', () => {
    expect(checkTemplate(template)).toEqual({ unknown: ['oops'], onlyIn: { fr: [], en: [] } })
    const lopsided = { ...template, body: { fr: '{{customer.name}}', en: '{{tier.name}}' }, subject: { fr: '', en: '' } }
    expect(checkTemplate(lopsided)).toEqual({ unknown: [], onlyIn: { fr: ['customer.name'], en: ['tier.name'] } })
  })

  it('findPlaceholders gives each name once, trimmed, in order', () => {
    expect(findPlaceholders('{{ b }} {{a}} {{b}}')).toEqual(['b', 'a'])
  })

  it('templateFits: customer templates for customers and prospects, supplier ones for suppliers, "any" for all', () => {
    expect(templateFits(template, 'customer')).toBe(true)
    expect(templateFits(template, 'prospect')).toBe(true)
    expect(templateFits(template, 'supplier')).toBe(false)
    expect(templateFits(template, 'department')).toBe(false)
    expect(templateFits({ ...template, audience: 'supplier' }, 'supplier')).toBe(true)
    expect(templateFits({ ...template, audience: 'supplier' }, 'carrier')).toBe(false)
    expect(templateFits({ ...template, audience: 'any' }, 'department')).toBe(true)
  })
})

describe('checkMessageText: what stops a message from leaving', () => {
  it('refuses an empty or blank subject and body, naming the field', () => {
    expect(checkMessageText({ subject: ' ', body: '' })).toEqual([{ field: 'subject', code: 'empty' }, { field: 'body', code: 'empty' }])
  })

  it('refuses a placeholder left in the text, listing them', () => {
    expect(checkMessageText({ subject: 'Devis {{document.number}}', body: 'Dear {{contact.lastName}}, {{fill.answer}}' })).toEqual([
      { field: 'subject', code: 'unresolvedPlaceholders', values: { placeholders: '{{document.number}}' } },
      { field: 'body', code: 'unresolvedPlaceholders', values: { placeholders: '{{contact.lastName}}, {{fill.answer}}' } },
    ])
  })

  it('accepts a finished message', () => {
    expect(checkMessageText({ subject: 'Votre devis', body: 'Madame,\nVoici notre devis.' })).toEqual([])
  })
})
