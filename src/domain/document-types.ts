/**
 * Document types and their sign. Amounts are always entered and computed positive; the document type
 * says whether they add to or deduct from what the customer owes (an avoir is "net à déduire").
 */
import { centsFromBigInt, type Cents } from './money'

/** The documents `priceDocument` prices. */
export type DocumentType = 'invoice' | 'creditNote'

/** EN 16931 type code (BT-3, UNTDID 1001) and accounting sign of each document type. */
export const DOCUMENT_TYPES: Readonly<Record<DocumentType, { readonly typeCode: 380 | 381; readonly sign: 1 | -1 }>> = {
  invoice: { typeCode: 380, sign: 1 },
  creditNote: { typeCode: 381, sign: -1 },
}

/** The amount with the sign of its document: what it does to the customer's balance. */
export function signedAmount(amount: Cents, documentType: DocumentType): Cents {
  return centsFromBigInt(BigInt(amount) * BigInt(DOCUMENT_TYPES[documentType].sign))
}
