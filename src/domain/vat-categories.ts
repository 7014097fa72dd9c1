/**
 * VAT categories beyond the rate, with the wording the invoice must carry (CGI ann. II art. 242
 * nonies A: "la référence à la disposition pertinente du CGI" for an exemption). The wording is legal
 * text in French and is printed as is; the locale files hold a translation for English screens
 * under `calc.vatCategory.<category>`.
 */

/** The VAT categories the simulator handles. */
export type VatCategory = 'standard' | 'exportExempt' | 'intraEuReverseCharge' | 'franchise'

/** What an invoice needs to know about a {@link VatCategory}. */
export interface VatCategoryInfo {
  /** True for the taxed category: its rate must be a French rate in force; the others are at 0 %. */
  readonly taxed: boolean
  /** EN 16931 VAT category code (BT-118, UNTDID 5305). */
  readonly en16931Code: 'S' | 'G' | 'K' | 'E'
  /** VAT exemption reason code (BT-121, VATEX list), absent for the taxed category. */
  readonly exemptionReasonCode?: string
  /** Mandatory wording on the invoice (BT-120), in French, absent for the taxed category. */
  readonly legalMention?: string
  /** The legal basis. */
  readonly source: string
}

/** Every VAT category with its code, its mandatory wording and its legal basis. */
export const VAT_CATEGORIES: Readonly<Record<VatCategory, VatCategoryInfo>> = {
  standard: { taxed: true, en16931Code: 'S', source: 'CGI art. 278 et suivants' },
  exportExempt: {
    taxed: false,
    en16931Code: 'G',
    exemptionReasonCode: 'VATEX-EU-G',
    legalMention: 'Exonération de TVA, art. 262 I du CGI',
    source: 'CGI art. 262 I',
  },
  intraEuReverseCharge: {
    taxed: false,
    en16931Code: 'K',
    exemptionReasonCode: 'VATEX-EU-IC',
    legalMention: 'Autoliquidation — exonération de TVA, art. 262 ter I du CGI',
    source: 'CGI art. 262 ter I; CGI ann. II art. 242 nonies A',
  },
  franchise: {
    taxed: false,
    en16931Code: 'E',
    exemptionReasonCode: 'VATEX-FR-FRANCHISE',
    legalMention: 'TVA non applicable, art. 293 B du CGI',
    source: 'CGI art. 293 B',
  },
}

/** The categories in display order (taxed first). */
export const VAT_CATEGORY_ORDER: readonly VatCategory[] = ['standard', 'exportExempt', 'intraEuReverseCharge', 'franchise']

/** True when `value` names a {@link VatCategory}. */
export function isVatCategory(value: unknown): value is VatCategory {
  return typeof value === 'string' && (VAT_CATEGORY_ORDER as readonly string[]).includes(value)
}
