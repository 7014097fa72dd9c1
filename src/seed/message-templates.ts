import type { MessageTemplate } from '@/domain'

/**
 * The built-in message templates, in French and English: what an assistant commercial writes every
 * week (REAC CP1, CP3, CP5). Texts are data, rendered by the domain's `renderTemplate`; `{{fill.…}}`
 * marks what only the learner knows and must write before sending.
 */
const SIGNATURE = {
  fr: 'Cordialement,\n\nLe service commercial\n{{company.name}}\n{{company.phone}}',
  en: 'Kind regards,\n\nSales department\n{{company.name}}\n{{company.phone}}',
}

export const MESSAGE_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'quoteSending',
    audience: 'customer',
    name: { fr: 'Envoi d\'un devis', en: 'Sending a quotation' },
    subject: { fr: 'Notre devis {{document.number}}', en: 'Our quotation {{document.number}}' },
    body: {
      fr: `{{contact.salutation}},\n\nComme suite à votre demande, nous avons le plaisir de vous adresser ci-joint notre devis {{document.number}} d'un montant de {{document.totalExclVat}} HT, valable jusqu'au {{document.validUntil}}.\n\nNous restons à votre disposition pour tout renseignement complémentaire.\n\n${SIGNATURE.fr}`,
      en: `{{contact.salutation}},\n\nFurther to your request, please find attached our quotation {{document.number}} for {{document.totalExclVat}} excluding VAT, valid until {{document.validUntil}}.\n\nPlease do not hesitate to contact us should you need any further information.\n\n${SIGNATURE.en}`,
    },
  },
  {
    id: 'quoteFollowUp',
    audience: 'customer',
    name: { fr: 'Relance d\'un devis', en: 'Quotation follow-up' },
    subject: { fr: 'Votre devis {{document.number}} du {{document.date}}', en: 'Your quotation {{document.number}} of {{document.date}}' },
    body: {
      fr: `{{contact.salutation}},\n\nLe {{document.date}}, nous vous avons adressé notre devis {{document.number}} d'un montant de {{document.totalExclVat}} HT, valable jusqu'au {{document.validUntil}}.\n\nAvez-vous pu en prendre connaissance ? Nous serions heureux de répondre à vos questions ou de l'adapter à vos besoins.\n\nDans l'attente de votre retour,\n\n${SIGNATURE.fr}`,
      en: `{{contact.salutation}},\n\nOn {{document.date}} we sent you our quotation {{document.number}} for {{document.totalExclVat}} excluding VAT, valid until {{document.validUntil}}.\n\nHave you had a chance to look at it? We would be pleased to answer any questions or to adapt it to your needs.\n\nWe look forward to hearing from you.\n\n${SIGNATURE.en}`,
    },
  },
  {
    id: 'orderConfirmation',
    audience: 'customer',
    name: { fr: 'Confirmation de commande', en: 'Order confirmation' },
    subject: { fr: 'Confirmation de votre commande {{document.number}}', en: 'Confirmation of your order {{document.number}}' },
    body: {
      fr: `{{contact.salutation}},\n\nNous vous remercions de votre commande du {{document.date}}, enregistrée sous le numéro {{document.number}}, d'un montant de {{document.totalExclVat}} HT.\n\nLa livraison est prévue le {{fill.deliveryDate}}.\n\n${SIGNATURE.fr}`,
      en: `{{contact.salutation}},\n\nThank you for your order of {{document.date}}, registered under number {{document.number}}, for {{document.totalExclVat}} excluding VAT.\n\nDelivery is scheduled for {{fill.deliveryDate}}.\n\n${SIGNATURE.en}`,
    },
  },
  {
    id: 'deliveryDelay',
    audience: 'customer',
    name: { fr: 'Avis de retard de livraison', en: 'Delivery delay notice' },
    subject: { fr: 'Retard de livraison — commande {{document.number}}', en: 'Delivery delay — order {{document.number}}' },
    body: {
      fr: `{{contact.salutation}},\n\nNous sommes au regret de vous informer que la livraison de votre commande {{document.number}} du {{document.date}} est retardée : {{fill.reason}}.\n\nNous serons en mesure de vous livrer le {{fill.newDeliveryDate}}. Nous vous prions de bien vouloir nous excuser pour ce contretemps et restons à votre disposition.\n\n${SIGNATURE.fr}`,
      en: `{{contact.salutation}},\n\nWe regret to inform you that the delivery of your order {{document.number}} of {{document.date}} has been delayed: {{fill.reason}}.\n\nWe will be able to deliver on {{fill.newDeliveryDate}}. Please accept our apologies for the inconvenience; we remain at your disposal.\n\n${SIGNATURE.en}`,
    },
  },
  {
    id: 'paymentReminderCourtesy',
    audience: 'customer',
    name: { fr: 'Relance amiable de paiement', en: 'Courtesy payment reminder' },
    subject: { fr: 'Facture {{document.number}} — rappel d\'échéance', en: 'Invoice {{document.number}} — payment reminder' },
    body: {
      fr: `{{contact.salutation}},\n\nSauf erreur ou omission de notre part, notre facture {{document.number}} du {{document.date}}, d'un montant de {{document.amountDue}}, échue le {{document.dueDate}}, reste impayée à ce jour.\n\nIl s'agit sans doute d'un oubli : nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si votre paiement a été émis entre-temps, nous vous prions de ne pas tenir compte de ce message.\n\n${SIGNATURE.fr}`,
      en: `{{contact.salutation}},\n\nUnless we are mistaken, our invoice {{document.number}} of {{document.date}} for {{document.amountDue}}, due on {{document.dueDate}}, remains unpaid to date.\n\nThis is probably an oversight: we would be grateful if you could arrange payment at your earliest convenience. If your payment has been sent in the meantime, please disregard this message.\n\n${SIGNATURE.en}`,
    },
  },
  {
    id: 'invoiceCopy',
    audience: 'customer',
    name: { fr: 'Envoi d\'un duplicata de facture', en: 'Copy of an invoice' },
    subject: { fr: 'Duplicata de la facture {{document.number}}', en: 'Copy of invoice {{document.number}}' },
    body: {
      fr: `{{contact.salutation}},\n\nComme suite à votre demande, vous trouverez ci-joint le duplicata de notre facture {{document.number}} du {{document.date}}, d'un montant de {{document.amountDue}}, échue le {{document.dueDate}}.\n\nNous vous remercions par avance de votre règlement.\n\n${SIGNATURE.fr}`,
      en: `{{contact.salutation}},\n\nAs requested, please find attached a copy of our invoice {{document.number}} of {{document.date}} for {{document.amountDue}}, due on {{document.dueDate}}.\n\nThank you in advance for your payment.\n\n${SIGNATURE.en}`,
    },
  },
  {
    id: 'informationAnswer',
    audience: 'any',
    name: { fr: 'Réponse à une demande d\'information', en: 'Answer to a request for information' },
    subject: { fr: 'Votre demande d\'information', en: 'Your request for information' },
    body: {
      fr: `{{contact.salutation}},\n\nNous vous remercions de votre message et de l'intérêt que vous portez à {{company.name}}.\n\n{{fill.answer}}\n\nNous restons à votre disposition pour tout renseignement complémentaire.\n\n${SIGNATURE.fr}`,
      en: `{{contact.salutation}},\n\nThank you for your message and for your interest in {{company.name}}.\n\n{{fill.answer}}\n\nPlease do not hesitate to contact us should you need any further information.\n\n${SIGNATURE.en}`,
    },
  },
  {
    id: 'supplierChase',
    audience: 'supplier',
    name: { fr: 'Relance d\'un fournisseur', en: 'Chasing a supplier' },
    subject: { fr: 'Relance — notre commande {{document.number}}', en: 'Reminder — our order {{document.number}}' },
    body: {
      fr: `{{contact.salutation}},\n\nNotre commande {{document.number}} du {{document.date}}, dont la livraison était prévue le {{document.expectedDate}}, ne nous est pas encore parvenue : elle accuse à ce jour {{document.daysLate}} jour(s) de retard.\n\nPourriez-vous nous confirmer par retour une date de livraison ferme ? Nos clients attendent ces articles.\n\nCordialement,\n\nLe service achats\n{{company.name}}\n{{company.phone}}`,
      en: `{{contact.salutation}},\n\nOur order {{document.number}} of {{document.date}}, due for delivery on {{document.expectedDate}}, has not reached us yet: it is now {{document.daysLate}} day(s) late.\n\nCould you please confirm a firm delivery date by return? Our customers are waiting for these items.\n\nKind regards,\n\nPurchasing department\n{{company.name}}\n{{company.phone}}`,
    },
  },
  {
    id: 'supplierOrderSending',
    audience: 'supplier',
    name: { fr: 'Envoi d\'une commande fournisseur', en: 'Sending a purchase order' },
    subject: { fr: 'Notre commande {{document.number}}', en: 'Our purchase order {{document.number}}' },
    body: {
      fr: `{{contact.salutation}},\n\nNous vous prions de bien vouloir enregistrer notre commande {{document.number}} du {{document.date}}, d'un montant de {{document.totalExclVat}} HT, pour une livraison au plus tard le {{document.expectedDate}}.\n\nMerci de nous confirmer par retour sa bonne réception et la date de livraison.\n\nCordialement,\n\nLe service achats\n{{company.name}}\n{{company.phone}}`,
      en: `{{contact.salutation}},\n\nPlease register our purchase order {{document.number}} of {{document.date}}, for {{document.totalExclVat}} excluding VAT, for delivery no later than {{document.expectedDate}}.\n\nPlease confirm receipt of this order and the delivery date by return.\n\nKind regards,\n\nPurchasing department\n{{company.name}}\n{{company.phone}}`,
    },
  },
]

/** A built-in template by id. */
export function findMessageTemplate(id: string): MessageTemplate | undefined {
  return MESSAGE_TEMPLATES.find((template) => template.id === id)
}
