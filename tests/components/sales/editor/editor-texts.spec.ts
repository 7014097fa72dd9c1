import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages } from '@/i18n/all-messages'

// The shared locale check reads keys made of letters, digits and dots: the editor's namespace has a
// hyphen (sales-editor), so its literal keys are checked here, in both languages.
const FILES = [
  ...readdirSync('src/components/sales/editor').map((name) => join('src/components/sales/editor', name)),
  'src/pages/SalesDocEditorPage.vue',
  'src/pages/SalesListPage.vue',
]

function has(tree: unknown, key: string): boolean {
  let node = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string'
}

describe('sales-editor texts', () => {
  it('define every key the editor names literally, in French and in English', () => {
    const keys = new Set(FILES.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(sales-editor\.[\w.]+)'/g)].map((m) => m[1]!)))
    expect(keys.size).toBeGreaterThan(40)
    const missing = [...keys].flatMap((key) => (['fr', 'en'] as const).filter((lang) => !has(messages[lang], key)).map((lang) => `${lang}: ${key}`))
    expect(missing).toEqual([])
  })

  it('define the field labels and reused keys built at run time', () => {
    const fields = ['address', 'carrier', 'customer', 'customerPo', 'discounts', 'earlyPayment', 'lineDiscounts', 'lines', 'notes', 'product', 'quantity', 'shipping', 'unitPrice', 'validUntil', 'warehouse']
    const reused = ['calculator.error.empty', 'calculator.error.negative', 'calculator.error.notANumber', 'calculator.error.tooManyDecimals', 'catalog.prices.basis.agreementPrice', 'sales.totals.title']
    const keys = [...fields.map((f) => `sales-editor.fields.${f}`), ...reused]
    expect(keys.flatMap((key) => (['fr', 'en'] as const).filter((lang) => !has(messages[lang], key)).map((lang) => `${lang}: ${key}`))).toEqual([])
  })
})
