import { addDays, daysBetween } from '@/domain/calendar'
import type { Message, Product, PurchaseDoc, SalesDoc, Tier } from '@/domain'

export interface InboxInput {
  tiers: Tier[]
  products: Product[]
  salesDocs: SalesDoc[]
  delayedPurchases: PurchaseDoc[]
  overdueInvoices: SalesDoc[]
  companyName: string
  endDate: string
}

/**
 * A few unread messages waiting in the inbox on the first day: a foreign customer asking for a quote
 * in English, a supplier announcing a delay on the products that are short, a customer asking when a
 * backorder will arrive, a customer disputing an overdue invoice, and accounting's ageing reminder.
 * Texts are data (what the correspondent wrote), in the correspondent's language.
 */
export function inboxMessages(input: InboxInput): Message[] {
  const { tiers, products, salesDocs, delayedPurchases, overdueInvoices, companyName, endDate } = input
  const messages: Message[] = []
  const add = (message: Omit<Message, 'id' | 'attachmentIds' | 'read' | 'direction'>) =>
    messages.push({ id: `msg-${String(messages.length + 1).padStart(4, '0')}`, direction: 'in', attachmentIds: [], read: false, ...message })
  const product = (id: string) => products.find((p) => p.id === id)
  const customers = tiers.filter((t) => t.kind === 'customer')

  const english = customers.find((t) => t.language === 'en' && t.legal === 'company')
  if (english) {
    const contact = english.contacts[0]
    const items = products.filter((p) => p.active && p.kind === 'good').slice(0, 2)
    add({
      channel: 'email', date: addDays(endDate, -1), tierId: english.id, language: 'en',
      subject: 'Request for quotation',
      body: [`Dear ${companyName} team,`, '',
        `We would like a quotation for ${items.map((p, i) => `${(i + 1) * 20} × ${p.designation.en} (ref. ${p.reference})`).join(' and ')}, delivered to our premises.`,
        'Could you also confirm your delivery lead time and your payment terms?', '',
        'Kind regards,', contact ? `${contact.firstName} ${contact.lastName}` : english.name].join('\n'),
    })
  }

  const delayed = delayedPurchases[0]
  const supplier = delayed ? tiers.find((t) => t.id === delayed.supplierId) : undefined
  if (delayed && supplier) {
    const names = delayed.lines.map((line) => product(line.productId)?.designation[supplier.language] ?? line.designation)
    const fr = supplier.language === 'fr'
    add({
      channel: 'email', date: addDays(endDate, -3), tierId: supplier.id, language: supplier.language,
      subject: fr ? `Retard de livraison — commande ${delayed.number}` : `Delivery delay — order ${delayed.number}`,
      body: fr
        ? `Bonjour,\n\nNous vous informons que votre commande ${delayed.number} (${names.join(', ')}) ne pourra pas être livrée avant le ${addDays(endDate, 12).split('-').reverse().join('/')} en raison d'une rupture chez notre fabricant.\nNous vous prions de nous excuser pour ce contretemps.\n\nCordialement,\n${supplier.name}`
        : `Hello,\n\nPlease note that your order ${delayed.number} (${names.join(', ')}) cannot be delivered before ${addDays(endDate, 12)} because of a shortage at our manufacturer.\nWe apologise for the inconvenience.\n\nBest regards,\n${supplier.name}`,
    })
  }

  const backorder = salesDocs.find((d) => d.type === 'order' && d.status === 'partlyDelivered')
  const waiting = backorder ? tiers.find((t) => t.id === backorder.customerId) : undefined
  if (backorder && waiting) {
    const fr = waiting.language === 'fr'
    add({
      channel: 'email', date: addDays(endDate, -1), tierId: waiting.id, language: waiting.language,
      subject: fr ? `Reliquat de la commande ${backorder.number}` : `Backorder on order ${backorder.number}`,
      body: fr
        ? `Bonjour,\n\nNous n'avons reçu qu'une partie de notre commande ${backorder.number}. Pouvez-vous nous indiquer quand le reste sera livré ?\n\nMerci,\n${waiting.name}`
        : `Hello,\n\nWe have only received part of our order ${backorder.number}. When will the rest be delivered?\n\nThank you,\n${waiting.name}`,
    })
  }

  const disputed = overdueInvoices.find((d) => daysBetween(d.dueDate ?? d.date, endDate) > 60)
  const debtor = disputed ? tiers.find((t) => t.id === disputed.customerId) : undefined
  if (disputed && debtor) {
    const fr = debtor.language === 'fr'
    add({
      channel: 'email', date: addDays(endDate, -2), tierId: debtor.id, language: debtor.language,
      subject: fr ? `Facture ${disputed.number}` : `Invoice ${disputed.number}`,
      body: fr
        ? `Bonjour,\n\nNous ne retrouvons pas la facture ${disputed.number}. Pourriez-vous nous en adresser un duplicata ? Nous la réglerons dès réception.\n\nCordialement,\n${debtor.name}`
        : `Hello,\n\nWe cannot find invoice ${disputed.number}. Could you send us a copy? We will pay it on receipt.\n\nRegards,\n${debtor.name}`,
    })
  }

  if (overdueInvoices.length > 0) {
    add({
      channel: 'email', date: addDays(endDate, -1), department: 'accounting', language: 'fr',
      subject: 'Balance âgée : factures échues non réglées',
      body: `Bonjour,\n\n${overdueInvoices.length} factures clients sont échues et non réglées à ce jour. Merci de lancer les relances de la semaine, en commençant par les plus anciennes.\n\nLa comptabilité`,
    })
  }
  return messages
}
