/** Commercial statistics (DOMAIN-FR §9): rates, sales facts and their aggregates. */
export * from './rates'
export * from './sales-facts'
export * from './aggregate'
export * from './quote-summary'
export * from './fact-index'
export * from './chart-types'
