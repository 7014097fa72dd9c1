import type { CompanyCatalog } from '../catalog'
import { CARRIERS } from './carriers'
import { CUSTOMERS } from './customers'
import { FAMILIES } from './families'
import { PRODUCTS } from './products'
import { SALESPEOPLE } from './salespeople'
import { COMPANY_SETTINGS } from './settings'
import { SUPPLIERS } from './suppliers'
import { WAREHOUSES } from './warehouses'

/**
 * The built-in company, Confluence Bureau SAS (Lyon): what a new workspace starts from before the
 * history generator adds three years of documents. Static and deterministic.
 */
export const BUILT_IN_CATALOG: CompanyCatalog = {
  settings: COMPANY_SETTINGS,
  families: FAMILIES,
  warehouses: WAREHOUSES,
  salespeople: SALESPEOPLE,
  tiers: [...CUSTOMERS, ...SUPPLIERS, ...CARRIERS],
  products: PRODUCTS,
}

export { BASE_MONTHLY_TARGET_CENTS } from './salespeople'
export { WAREHOUSE_BY_REGION } from './warehouses'
export { CUSTOMER_HISTORY_HINTS, type CustomerHistoryHint, type PaymentBehaviour } from './history-hints'
