/**
 * The sub-navigation of the "Stock & achats" area. Each feature of the area appends its page here
 * (one line: the path and the full i18n key of its label); the order is the order shown.
 */
export interface StockAreaLink {
  to: string
  labelKey: string
}

export const STOCK_AREA_LINKS: StockAreaLink[] = [
  { to: '/stock-achats', labelKey: 'stock.nav.catalog' },
  { to: '/stock-achats/stock', labelKey: 'stock.nav.levels' },
  { to: '/stock-achats/inventaire', labelKey: 'stock.nav.inventory' },
  { to: '/stock-achats/transporteurs', labelKey: 'shipping.nav.carriers' },
  { to: '/stock-achats/place-de-marche', labelKey: 'shipping.nav.marketplace' },
  { to: '/stock-achats/reapprovisionnement', labelKey: 'purchasing.nav.replenishment' },
  { to: '/stock-achats/commandes-fournisseurs', labelKey: 'purchasing.nav.supplierOrders' },
]
