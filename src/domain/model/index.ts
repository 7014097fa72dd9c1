/** Stored shapes of the company's records (the whole sales chain, purchasing, stock, payments, messages). */
export type * from './common'
export type * from './company'
export type * from './tiers'
export type * from './products'
export type * from './documents'
export type * from './messages'
export type * from './gdpr'
