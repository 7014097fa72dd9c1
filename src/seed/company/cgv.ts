import type { CompanySettings } from '@/domain'

/**
 * Confluence Bureau's conditions générales de vente, one clause per entry, in French (the version
 * that prevails) and English. C. com. L441-1 requires them to state the conditions of sale, the
 * price list, price reductions and the payment conditions (L441-10: terms, penalty rate, the 40 €
 * indemnity, escompte). The escompte clause matches `earlyPaymentDiscountPercent: 0`, the penalty
 * clause `latePenaltyRatePercent: null` (legal default rate).
 */
export const CGV: CompanySettings['cgv'] = [
  {
    title: { fr: '1. Champ d\'application', en: '1. Scope' },
    body: {
      fr: 'Les présentes conditions générales de vente (CGV) s\'appliquent à toutes les ventes de produits et de services conclues par Confluence Bureau SAS avec ses clients professionnels et consommateurs, en agence, par ses commerciaux, sur sa boutique en ligne et sur les places de marché professionnelles. Elles constituent le socle unique de la négociation commerciale (C. com. art. L441-1) et prévalent sur les conditions générales d\'achat du client, sauf accord écrit contraire. Seules des conditions particulières acceptées par écrit peuvent y déroger.',
      en: 'These general terms and conditions of sale apply to every sale of goods and services made by Confluence Bureau SAS to business and consumer customers, in branch, through its sales representatives, on its webshop and on professional marketplaces. They are the sole basis of commercial negotiation (French Commercial Code art. L441-1) and prevail over the customer\'s general purchasing conditions unless otherwise agreed in writing. Only special conditions accepted in writing may depart from them.',
    },
  },
  {
    title: { fr: '2. Devis et commandes', en: '2. Quotes and orders' },
    body: {
      fr: 'Nos devis sont valables trente (30) jours à compter de leur date d\'émission, sauf mention contraire. La commande est ferme à réception du devis signé ou du bon de commande du client, confirmée par notre accusé de réception. Toute modification ou annulation demandée par le client après confirmation doit être acceptée par écrit ; les produits commandés sur mesure ou spécialement pour le client ne peuvent être annulés. Un acompte peut être demandé pour les commandes spéciales.',
      en: 'Our quotes are valid for thirty (30) days from their date of issue unless stated otherwise. An order is binding once we receive the signed quote or the customer\'s purchase order and confirm it with our acknowledgement. Any change or cancellation requested by the customer after confirmation must be accepted in writing; goods made to measure or ordered specially for the customer cannot be cancelled. A down payment may be required for special orders.',
    },
  },
  {
    title: { fr: '3. Prix', en: '3. Prices' },
    body: {
      fr: 'Nos prix sont ceux du tarif en vigueur au jour de la commande. Ils sont exprimés en euros hors taxes (HT), départ de nos entrepôts ; la TVA est facturée au taux en vigueur à la date du fait générateur. Les frais de livraison sont indiqués sur le devis et la facture. Les remises et ristournes accordées figurent sur la facture (C. com. art. L441-9). Les prix affichés aux consommateurs sur la boutique en ligne sont toutes taxes comprises (TTC).',
      en: 'Our prices are those of the price list in force on the order date. They are in euros excluding VAT, ex our warehouses; VAT is charged at the rate in force on the date of the taxable event. Delivery charges are stated on the quote and the invoice. Discounts and rebates granted are shown on the invoice (French Commercial Code art. L441-9). Prices shown to consumers on the webshop include VAT.',
    },
  },
  {
    title: { fr: '4. Livraison et transfert des risques', en: '4. Delivery and transfer of risk' },
    body: {
      fr: 'Les délais de livraison sont donnés à titre indicatif ; un retard ne peut justifier l\'annulation de la commande ni des dommages et intérêts qu\'au-delà de trente (30) jours après mise en demeure restée sans effet. Les risques sont transférés au client professionnel dès la remise des produits au lieu de livraison convenu, nonobstant la clause de réserve de propriété. Le client vérifie les colis à la réception et, en cas d\'avarie ou de manquant, formule des réserves précises sur le bon de livraison et les confirme au transporteur par lettre recommandée dans les trois (3) jours (C. com. art. L133-3). Pour le consommateur, les risques sont transférés lors de la prise de possession physique des produits (C. conso. art. L216-4).',
      en: 'Delivery times are given as an indication; a delay may only justify cancelling the order or claiming damages more than thirty (30) days after a formal notice that has remained unanswered. Risk passes to business customers when the goods are handed over at the agreed place of delivery, notwithstanding the retention-of-title clause. The customer checks the parcels on receipt and, in case of damage or missing items, writes precise reservations on the delivery note and confirms them to the carrier by registered letter within three (3) days (French Commercial Code art. L133-3). For consumers, risk passes when they take physical possession of the goods (Consumer Code art. L216-4).',
    },
  },
  {
    title: { fr: '5. Conditions de paiement', en: '5. Payment terms' },
    body: {
      fr: 'Sauf accord particulier mentionné sur la facture, nos factures sont payables à trente (30) jours à compter de leur date d\'émission, par virement bancaire sur le compte indiqué sur la facture. Les délais convenus ne peuvent dépasser soixante (60) jours à compter de la date d\'émission de la facture, ou quarante-cinq (45) jours fin de mois (C. com. art. L441-10 I). Les commandes des consommateurs et celles passées sur la boutique en ligne sont payables à la commande. Nous nous réservons le droit de demander un acompte ou un paiement comptant lorsque l\'encours autorisé du client est dépassé.',
      en: 'Unless a special arrangement is stated on the invoice, our invoices are payable within thirty (30) days of their date of issue, by bank transfer to the account shown on the invoice. Agreed terms may not exceed sixty (60) days from the invoice date, or forty-five (45) days end of month (French Commercial Code art. L441-10 I). Consumer orders and webshop orders are payable when the order is placed. We may ask for a down payment or cash payment when the customer\'s authorised credit limit is exceeded.',
    },
  },
  {
    title: { fr: '6. Escompte', en: '6. Early-payment discount' },
    body: {
      fr: 'Pas d\'escompte pour paiement anticipé, sauf condition particulière mentionnée sur la facture.',
      en: 'No discount for early payment, unless a special condition is stated on the invoice.',
    },
  },
  {
    title: { fr: '7. Retard de paiement', en: '7. Late payment' },
    body: {
      fr: 'Tout retard de paiement entraîne de plein droit, dès le lendemain de la date d\'échéance et sans rappel préalable, l\'application de pénalités de retard calculées sur le montant TTC restant dû au taux d\'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points de pourcentage (C. com. art. L441-10 II). Tout professionnel en retard de paiement est en outre redevable d\'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (C. com. art. D441-5) ; une indemnité complémentaire peut être demandée sur justificatifs lorsque les frais exposés sont supérieurs. Le défaut de paiement d\'une échéance rend immédiatement exigibles toutes les sommes dues et autorise la suspension des livraisons en cours.',
      en: 'Any late payment automatically incurs, from the day after the due date and without prior reminder, late-payment penalties on the amount due including VAT at the interest rate applied by the European Central Bank to its most recent refinancing operation plus 10 percentage points (French Commercial Code art. L441-10 II). A business customer who pays late also owes a fixed indemnity for recovery costs of €40 per invoice (French Commercial Code art. D441-5); additional compensation may be claimed, with evidence, when the costs incurred are higher. Failure to pay one instalment makes all sums owed immediately payable and allows us to suspend deliveries in progress.',
    },
  },
  {
    title: { fr: '8. Réserve de propriété', en: '8. Retention of title' },
    body: {
      fr: 'Les produits vendus restent la propriété de Confluence Bureau SAS jusqu\'au paiement intégral du prix en principal et accessoires (loi n° 80-335 du 12 mai 1980 ; C. civ. art. 2367 ; C. com. art. L624-16). La remise d\'un effet de commerce ou d\'un chèque ne constitue pas un paiement avant son encaissement effectif. En cas de défaut de paiement, nous pourrons revendiquer les produits en stock chez le client, qui s\'engage à les individualiser et à les assurer contre tout dommage.',
      en: 'The goods sold remain the property of Confluence Bureau SAS until the price and all related sums have been paid in full (French law no. 80-335 of 12 May 1980; Civil Code art. 2367; Commercial Code art. L624-16). A bill of exchange or a cheque is not payment until it has actually been cashed. If payment is not made, we may reclaim the goods held in the customer\'s stock; the customer undertakes to keep them identifiable and to insure them against any damage.',
    },
  },
  {
    title: { fr: '9. Garanties et retours', en: '9. Warranties and returns' },
    body: {
      fr: 'Nos produits bénéficient de la garantie du fabricant indiquée sur la fiche produit et de la garantie légale des vices cachés (C. civ. art. 1641 et suivants). Les consommateurs bénéficient en outre de la garantie légale de conformité pendant deux (2) ans à compter de la délivrance (C. conso. art. L217-3 et suivants). Tout retour de marchandise doit faire l\'objet d\'un accord préalable de notre service client dans les huit (8) jours de la livraison ; les produits sont retournés neufs, dans leur emballage d\'origine. Un produit reconnu défectueux est réparé, remplacé ou remboursé par un avoir. Les produits sur mesure, les consommables entamés et les denrées alimentaires ne sont ni repris ni échangés.',
      en: 'Our goods carry the manufacturer\'s warranty stated on the product sheet and the legal warranty against hidden defects (Civil Code art. 1641 et seq.). Consumers also benefit from the legal guarantee of conformity for two (2) years from delivery (Consumer Code art. L217-3 et seq.). Any return requires the prior agreement of our customer service within eight (8) days of delivery; goods are returned unused in their original packaging. A product found defective is repaired, replaced or refunded by a credit note. Made-to-measure goods, opened consumables and food are neither taken back nor exchanged.',
    },
  },
  {
    title: { fr: '10. Droit de rétractation des consommateurs', en: '10. Consumers\' right of withdrawal' },
    body: {
      fr: 'Le consommateur qui achète à distance dispose d\'un délai de quatorze (14) jours à compter de la réception des produits pour exercer son droit de rétractation sans avoir à se justifier (C. conso. art. L221-18). Il renvoie les produits à ses frais ; nous le remboursons au plus tard quatorze (14) jours après avoir été informés de sa décision. Ce droit ne s\'applique pas aux produits confectionnés selon ses spécifications, ni aux denrées périssables (C. conso. art. L221-28).',
      en: 'A consumer buying at a distance has fourteen (14) days from receipt of the goods to withdraw without giving any reason (Consumer Code art. L221-18). The consumer returns the goods at his or her own cost; we refund within fourteen (14) days of being informed of the decision. This right does not apply to goods made to the consumer\'s specifications or to perishable food (Consumer Code art. L221-28).',
    },
  },
  {
    title: { fr: '11. Données personnelles', en: '11. Personal data' },
    body: {
      fr: 'Les données personnelles de nos clients et de leurs interlocuteurs sont traitées par Confluence Bureau SAS pour la gestion des commandes, de la facturation, du recouvrement et de la relation commerciale, sur le fondement du contrat et de nos obligations légales (RGPD, règlement (UE) 2016/679). Elles sont conservées pendant la durée de la relation commerciale puis le temps des prescriptions légales (dix ans pour les pièces comptables). Chaque personne dispose d\'un droit d\'accès, de rectification, d\'effacement, de limitation, d\'opposition et de portabilité, qu\'elle exerce auprès de dpo@confluence-bureau.example, et peut saisir la CNIL.',
      en: 'Personal data of our customers and their contacts are processed by Confluence Bureau SAS to manage orders, invoicing, debt collection and the business relationship, on the basis of the contract and our legal obligations (GDPR, Regulation (EU) 2016/679). They are kept for the duration of the relationship and then for the legal limitation periods (ten years for accounting records). Everyone has the right of access, rectification, erasure, restriction, objection and portability, exercised by writing to dpo@confluence-bureau.example, and may lodge a complaint with the CNIL.',
    },
  },
  {
    title: { fr: '12. Litiges', en: '12. Disputes' },
    body: {
      fr: 'À défaut de règlement amiable, tout litige relatif aux ventes conclues avec un professionnel, y compris en cas de référé, d\'appel en garantie ou de pluralité de défendeurs, relève de la compétence exclusive du tribunal de commerce de Lyon. Le consommateur peut recourir gratuitement au médiateur de la consommation MédiaConso Rhône (www.mediaconso-rhone.example) (C. conso. art. L612-1) ou saisir la juridiction compétente selon les règles de droit commun.',
      en: 'Failing an amicable settlement, any dispute about sales to a business customer, including summary proceedings, third-party claims or several defendants, falls under the exclusive jurisdiction of the Commercial Court of Lyon (tribunal de commerce de Lyon). Consumers may refer the matter free of charge to the consumer mediator MédiaConso Rhône (www.mediaconso-rhone.example) (Consumer Code art. L612-1) or to the competent court under the ordinary rules.',
    },
  },
  {
    title: { fr: '13. Droit applicable', en: '13. Applicable law' },
    body: {
      fr: 'Les présentes CGV et les ventes qu\'elles régissent sont soumises au droit français, à l\'exclusion de la Convention de Vienne du 11 avril 1980 sur la vente internationale de marchandises. En cas de divergence entre la version française et la version anglaise, la version française prévaut.',
      en: 'These terms and the sales they govern are subject to French law, excluding the Vienna Convention of 11 April 1980 on the International Sale of Goods. In case of discrepancy between the French and English versions, the French version prevails.',
    },
  },
]
