/**
 * The scenario file format, as a zod 4 schema (the JSON Schema for trainers' editors is generated from
 * it: `npm run scenario:schema`). A scenario is data only: ids, texts, records, events on the simulated
 * clock, tasks, declarative checks and rubric items. What zod cannot say (criterion ids exist in the
 * referential, references between checks and tasks, computed amounts are computable) is checked
 * afterwards by `validateScenario` (validate.ts), with the same kind of positioned, translated errors.
 *
 * Error messages are i18n keys: a custom `error` here is a key under `scenario.errors.*`.
 */
import { z } from 'zod'
import { isCalendarDate } from '@/domain'
import { OTHER_REFERENTIAL_IDS } from './referentials'
import { SCENARIO_LIMITS as L } from './limits'

const E = (key: string) => ({ error: `scenario.errors.${key}` })

// ── Scalars ─────────────────────────────────────────────────────────────────────────────────────

/** A stable identifier: letters, digits, '-', '_' or '.', starting with a letter or digit. */
export const IdSchema = z.string().max(L.idLength).regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, E('invalidId'))
  .meta({ id: 'Id', description: 'Identifiant : lettres, chiffres, - _ . (Identifier: letters, digits, - _ .)' })

const text = (max: number) => z.string().min(1).max(max)
const ShortText = text(L.shortText)
const MediumText = text(L.mediumText)
const LongText = text(L.longText)

/** A text in French and in English (French first). */
const bilingual = (max: number) => z.strictObject({ fr: text(max), en: text(max) })
export const BilingualShortSchema = bilingual(L.shortText).meta({ id: 'BilingualShort', description: 'Texte court en français (fr) et en anglais (en).' })
export const BilingualMediumSchema = bilingual(L.mediumText).meta({ id: 'BilingualMedium', description: 'Texte en français (fr) et en anglais (en).' })
/** Markdown (sanitised subset) in French and in English. */
export const BilingualMarkdownSchema = bilingual(L.longText).meta({ id: 'BilingualMarkdown', description: 'Markdown simple (sans HTML ni image), en français et en anglais.' })

/** A calendar date 'YYYY-MM-DD'. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, E('invalidDate')).refine(isCalendarDate, E('invalidDate'))
  .meta({ id: 'IsoDate', description: "Date 'AAAA-MM-JJ'." })

/** A day of the simulated clock: a day offset from the start date (0 = start date) or a date. */
export const WhenSchema = z.union([z.int().min(-L.maxDays).max(L.maxDays), IsoDateSchema])
  .meta({ id: 'When', description: 'Jour simulé : décalage en jours depuis la date de départ (0 = départ) ou date AAAA-MM-JJ.' })

const Cents = z.int().min(0).max(1e12).meta({ id: 'Cents', description: 'Montant en centimes (entier) : 1 234,56 € = 123456.' })
const SignedCents = z.int().min(-1e12).max(1e12)
const Percent = z.number().min(0).max(100).meta({ id: 'Percent', description: 'Pourcentage de 0 à 100.' })
const Language = z.enum(['fr', 'en'])
const Department = z.enum(['shipping', 'accounting', 'production', 'afterSales', 'management'])
const PaymentMethod = z.enum(['transfer', 'cheque', 'card', 'lcr', 'directDebit'])
const MessageChannel = z.enum(['email', 'phone', 'letter', 'meeting', 'note'])
const SalesDocType = z.enum(['quote', 'order', 'delivery', 'invoice', 'creditNote', 'downPayment'])
const SalesDocStatus = z.enum(['draft', 'sent', 'accepted', 'refused', 'expired', 'confirmed', 'partlyDelivered', 'delivered', 'invoiced', 'cancelled', 'shipped', 'validated'])
const VatCategory = z.enum(['standard', 'exportExempt', 'intraEuReverseCharge', 'franchise'])
const CriterionId = z.string().regex(/^C[PT]\d{1,2}\.\d{1,2}$/, E('invalidCriterion'))
  .meta({ id: 'CriterionId', description: 'Critère du REAC ACom 2025 (CP1.1 … CP8.5, CT1.1 … CT3.1).' })
const CommandName = z.string().max(L.idLength).regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, E('invalidCommand'))
  .meta({ id: 'CommandName', description: 'Nom de commande (tiers.create, gdpr.recordConsent, messages.send…).' })
/** A dotted property path into a record ('totals.totalInclVatCents', 'lines.0.quantity'). */
export const PathSchema = z.string().max(L.shortText)
  .regex(/^[A-Za-z_$][\w$]*(\.(\d{1,3}|[A-Za-z_$][\w$]*))*$/, E('invalidPath'))
  .refine((path) => !path.split('.').some((part) => FORBIDDEN_KEYS.has(part)), E('forbiddenKey'))
  .meta({ id: 'Path', description: 'Chemin de propriété pointé : totals.totalInclVatCents, lines.0.quantity.' })

/** Keys that could reach an object's prototype: refused anywhere in a scenario. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export const PaymentTermsSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('onReceipt') }),
  z.strictObject({ kind: z.literal('net'), days: z.int().min(0).max(60) }),
  z.strictObject({ kind: z.literal('daysEndOfMonth'), days: z.int().min(0).max(45), method: z.enum(['addDaysThenEndOfMonth', 'endOfMonthThenAddDays']) }),
]).meta({ id: 'PaymentTerms', description: 'Conditions de paiement (C. com. L441-10).' })

const Range = z.strictObject({ min: z.int().min(0).optional(), max: z.int().min(0).optional() })

// ── Values computed through the domain API ──────────────────────────────────────────────────────

/** Fields of `priceDocument`'s result an expected amount can take. */
export const PRICED_FIELDS = [
  'grossCents', 'lineDiscountCents', 'netCommercialCents', 'earlyPaymentDiscountCents', 'netFinancialCents', 'shippingCents',
  'totalExclVatCents', 'totalVatCents', 'totalInclVatCents', 'downPaymentCents', 'amountDueCents',
] as const

const PriceLineSchema = z.strictObject({
  quantity: z.number().positive().max(1e6),
  unitPriceCents: Cents,
  vatRatePercent: Percent,
  discountsPercent: z.array(Percent).max(5).optional(),
  vatCategory: VatCategory.optional(),
})

/** The input of the domain's `priceDocument`, declared in the scenario. */
export const PriceInputSchema = z.strictObject({
  lines: z.array(PriceLineSchema).min(1).max(L.lines),
  discountsPercent: z.array(Percent).max(5).optional(),
  earlyPaymentDiscountPercent: Percent.optional(),
  shippingCents: Cents.optional(),
  downPaymentCents: Cents.optional(),
  documentType: z.enum(['invoice', 'creditNote']).optional(),
  vatDate: IsoDateSchema.optional(),
})

/** The percents a `rate` computes (DOMAIN-FR §9, margins §1): `value` against `reference`. */
export const RATE_FORMULAS = ['evolution', 'achievement', 'relativeGap', 'markupOnCost', 'marginOnSales', 'share', 'index'] as const
export type RateFormula = typeof RATE_FORMULAS[number]

/** The fact fields a sales total can be filtered by. */
const SalesWhereSchema = z.strictObject({
  customerId: IdSchema.optional(), productId: IdSchema.optional(), familyId: IdSchema.optional(), region: ShortText.optional(),
  channel: z.enum(['direct', 'webshop', 'marketplace']).optional(), salespersonId: IdSchema.optional(),
})

export interface ExpectedInput {
  priceDocument?: z.input<typeof PriceInputSchema>
  exclVatFromInclVat?: { inclVatCents: number; vatRatePercent: number }
  latePaymentPenalty?: { amountInclVatCents: number; dueDate: string; paymentDate: string; annualRatePercent?: number; businessCustomer?: boolean }
  field?: string
  sum?: ExpectedTermInput[]
  difference?: ExpectedTermInput[]
  salesTotal?: { from: string; to: string; where?: z.input<typeof SalesWhereSchema>; measure?: 'netHtCents' | 'costHtCents' | 'quantity' }
  quoteConversion?: { from: string; to: string; salespersonId?: string; measure: 'countRatePercent' | 'valueRatePercent' | 'quotes' | 'converted' | 'quotesValueCents' | 'convertedValueCents' }
  rate?: { formula: RateFormula; value: ExpectedTermInput; reference: ExpectedTermInput }
}
export type ExpectedTermInput = ExpectedInput | { cents: number }

/**
 * An expected amount, in cents, computed through the domain API from declared inputs: never a typed-in
 * figure. Exactly one of `priceDocument`, `exclVatFromInclVat`, `latePaymentPenalty` (each with its
 * `field`), `sum` or `difference` (whose terms may be literal `{ cents }`).
 */
export const ExpectedSchema: z.ZodType<ExpectedInput> = z.strictObject({
  priceDocument: PriceInputSchema.optional(),
  exclVatFromInclVat: z.strictObject({ inclVatCents: Cents, vatRatePercent: Percent }).optional(),
  latePaymentPenalty: z.strictObject({
    amountInclVatCents: Cents, dueDate: IsoDateSchema, paymentDate: IsoDateSchema,
    annualRatePercent: Percent.optional(), businessCustomer: z.boolean().optional(),
  }).optional(),
  field: z.enum([...PRICED_FIELDS, 'exclVatCents', 'vatCents', 'penaltyCents', 'indemnityCents', 'totalCents']).optional(),
  get sum() {
    return z.array(ExpectedTermSchema).min(1).max(L.expressionTerms).optional()
  },
  get difference() {
    return z.array(ExpectedTermSchema).length(2).optional()
  },
  salesTotal: z.strictObject({
    from: IsoDateSchema, to: IsoDateSchema, where: SalesWhereSchema.optional(), measure: z.enum(['netHtCents', 'costHtCents', 'quantity']).optional(),
  }).optional().meta({ description: "CA HT (net des avoirs, hors acomptes, port et escompte), coût ou quantité des ventes de la tentative sur la période, calculé par le domaine des statistiques." }),
  quoteConversion: z.strictObject({
    from: IsoDateSchema, to: IsoDateSchema, salespersonId: IdSchema.optional(),
    measure: z.enum(['countRatePercent', 'valueRatePercent', 'quotes', 'converted', 'quotesValueCents', 'convertedValueCents']),
  }).optional().meta({ description: 'Transformation des devis de la période en commandes (en nombre ou en valeur), tous commerciaux ou un seul.' }),
  get rate() {
    return z.strictObject({ formula: z.enum(RATE_FORMULAS), value: ExpectedTermSchema, reference: ExpectedTermSchema }).optional()
      .meta({ description: 'Pourcentage non arrondi de value par rapport à reference : evolution, achievement (réalisation), relativeGap (écart relatif), markupOnCost (taux de marge), marginOnSales (taux de marque), share (part), index (base 100).' })
  },
}).meta({ id: 'Expected', description: 'Valeur attendue calculée par le domaine (priceDocument, exclVatFromInclVat, latePaymentPenalty, sum, difference, salesTotal, quoteConversion, rate).' })

const ExpectedTermSchema: z.ZodType<ExpectedTermInput> = z.union([z.strictObject({ cents: SignedCents }), ExpectedSchema])

// ── Property matchers ───────────────────────────────────────────────────────────────────────────

const Scalar = z.union([z.string().max(L.mediumText), z.number(), z.boolean(), z.null()])
type ScalarValue = string | number | boolean | null

export interface MatcherOpsInput {
  equals?: ScalarValue | ScalarValue[]
  notEquals?: ScalarValue | ScalarValue[]
  oneOf?: ScalarValue[]
  min?: number | string
  max?: number | string
  contains?: string
  exists?: boolean
  length?: number | { min?: number; max?: number }
  some?: MatchersInput
  every?: MatchersInput
  dueDate?: { terms: z.input<typeof PaymentTermsSchema>; from?: string }
}
export type MatcherInput = ScalarValue | ScalarValue[] | MatcherOpsInput
export type MatchersInput = Record<string, MatcherInput>

const MatcherOpsSchema: z.ZodType<MatcherOpsInput> = z.strictObject({
  equals: z.union([Scalar, z.array(Scalar).max(L.lines)]).optional(),
  notEquals: z.union([Scalar, z.array(Scalar).max(L.lines)]).optional(),
  oneOf: z.array(Scalar).min(1).max(L.options).optional(),
  min: z.union([z.number(), IsoDateSchema]).optional(),
  max: z.union([z.number(), IsoDateSchema]).optional(),
  contains: ShortText.optional(),
  exists: z.boolean().optional(),
  length: z.union([z.int().min(0), Range]).optional(),
  get some() {
    return MatchersSchema.optional()
  },
  get every() {
    return MatchersSchema.optional()
  },
  dueDate: z.strictObject({ terms: PaymentTermsSchema, from: PathSchema.optional() }).optional()
    .meta({ description: "Égale l'échéance calculée par le domaine depuis la date du document (champ `from`, 'date' par défaut)." }),
}).refine((ops) => Object.keys(ops).length > 0, E('emptyMatcher'))

/** A value (equality), a list (equal list) or operators. */
export const MatcherSchema: z.ZodType<MatcherInput> = z.union([Scalar, z.array(Scalar).max(L.lines), MatcherOpsSchema])

/** Property path → matcher; every one must hold. */
export const MatchersSchema: z.ZodType<MatchersInput> = z.record(PathSchema, MatcherSchema)
  .refine((matchers) => Object.keys(matchers).length <= L.matchers, { error: 'scenario.errors.tooManyMatchers', params: { maximum: L.matchers } })
  .meta({ id: 'Matchers', description: 'Propriété → valeur attendue ou opérateurs (equals, notEquals, oneOf, min, max, contains, exists, length, some, every, dueDate).' })

// ── Conditions and checks ───────────────────────────────────────────────────────────────────────

const Scope = z.enum(['attempt', 'all']).meta({ id: 'Scope', description: "attempt (défaut) : seulement ce qui a été créé pendant l'épreuve ; all : tout l'historique." })
const Collection = z.enum([
  'salesDocs', 'tiers', 'products', 'payments', 'messages', 'purchaseDocs', 'stockMoves', 'gdprRequests', 'priceAgreements',
  'supplierClaims', 'solvencyChecks', 'dunningActions', 'recoveryCases', 'analyses',
])
/** A tier by id, or by matchers on its record (a tier the learner creates has no id known in advance). */
const TierRef = z.union([IdSchema, z.strictObject({ where: MatchersSchema })]).meta({ id: 'TierRef', description: 'Un tiers : son id, ou { where: … } sur sa fiche.' })
const Window = z.strictObject({ from: WhenSchema.optional(), to: WhenSchema.optional() })
  .meta({ id: 'Window', description: 'Fenêtre de dates simulées, bornes incluses.' })

const DocumentSelectorShape = {
  type: z.union([SalesDocType, z.array(SalesDocType).min(1).max(6)]).optional(),
  customer: TierRef.optional(),
  status: z.union([SalesDocStatus, z.array(SalesDocStatus).min(1).max(12)]).optional(),
  where: MatchersSchema.optional(),
  scope: Scope.optional(),
}

const CommandRef = z.strictObject({
  command: CommandName,
  input: MatchersSchema.optional(),
  result: MatchersSchema.optional(),
  outcome: z.enum(['done', 'refused']).optional(),
}).meta({ id: 'CommandRef' })

const Fact = z.union([
  ShortText,
  z.strictObject({ anyOf: z.array(ShortText).min(1).max(L.alternatives) }),
  z.strictObject({ amount: ExpectedSchema }),
]).meta({ description: "Fait exigé : un texte (sans casse ni accents ; nombres au format français ou anglais), l'une de plusieurs variantes (anyOf), ou un montant calculé (amount)." })

const TO_ONE_OF = 'scenario.errors.exactlyOne'
const Recipient = z.strictObject({ tierId: IdSchema.optional(), department: Department.optional(), tier: MatchersSchema.optional() })
  .refine((to) => [to.tierId, to.department, to.tier].filter((v) => v !== undefined).length === 1, { error: TO_ONE_OF, params: { fields: 'tierId, department, tier' } })

/** The conditions, by kind; `extra` adds the fields of a top-level check. */
function conditionVariants<S extends z.core.$ZodLooseShape>(extra: S) {
  return [
    z.strictObject({
      ...extra, kind: z.literal('documentExists'), ...DocumentSelectorShape, count: Range.optional(),
    }).meta({ description: 'Un document de vente existe (type, client, statut, propriétés).' }),
    z.strictObject({
      ...extra, kind: z.literal('recordExists'), collection: Collection, where: MatchersSchema.optional(), count: Range.optional(), scope: Scope.optional(),
    }).meta({ description: "Un enregistrement existe dans une table (tiers, articles, règlements, messages…)." }),
    z.strictObject({
      ...extra, kind: z.literal('amountEquals'), document: z.strictObject(DocumentSelectorShape),
      field: PathSchema.optional(), expected: ExpectedSchema, toleranceCents: z.int().min(0).max(10_000).optional(),
    }).meta({ description: "Un montant d'un document égale la valeur calculée par le domaine, à la tolérance près (centimes)." }),
    z.strictObject({
      ...extra, kind: z.literal('commandHappened'), command: CommandName, input: MatchersSchema.optional(),
      result: MatchersSchema.optional(), between: Window.optional(), count: Range.optional(),
    }).meta({ description: 'Une commande a été exécutée (acceptée).' }),
    z.strictObject({
      ...extra, kind: z.literal('commandRefused'), command: CommandName, input: MatchersSchema.optional(),
      reason: z.string().max(L.shortText).optional(), between: Window.optional(),
    }).meta({ description: 'Une commande a été tentée et refusée (motif facultatif).' }),
    z.strictObject({
      ...extra, kind: z.literal('commandNotHappened'), command: CommandName, input: MatchersSchema.optional(),
      outcome: z.enum(['done', 'refused', 'any']).optional(), between: Window.optional(),
    }).meta({ description: "Une commande n'a pas été exécutée." }),
    z.strictObject({ ...extra, kind: z.literal('happenedBefore'), first: CommandRef, then: CommandRef })
      .meta({ description: "A a eu lieu avant B (ordre du journal et dates simulées)." }),
    z.strictObject({
      ...extra, kind: z.literal('messageSent'), to: Recipient, language: Language.optional(),
      channel: z.union([MessageChannel, z.array(MessageChannel).min(1).max(5)]).optional(),
      facts: z.array(Fact).max(L.facts).optional(), replyToEvent: IdSchema.optional(), between: Window.optional(),
    }).meta({ description: 'Un message a été envoyé au bon destinataire, dans la bonne langue, avec les faits exigés.' }),
    z.strictObject({
      ...extra, kind: z.literal('answer'), task: IdSchema, expected: ExpectedSchema.optional(), value: z.number().optional(),
      tolerance: z.number().min(0).optional(), choice: z.union([IdSchema, z.array(IdSchema).min(1).max(L.options)]).optional(),
    }).meta({ description: 'Réponse à une question (montant calculé, nombre à la tolérance près, ou choix).' }),
    z.strictObject({
      ...extra, kind: z.literal('analysisFigure'), figure: z.union([IdSchema, z.array(IdSchema).min(1).max(10)]), expected: ExpectedSchema,
      tolerance: z.number().min(0).optional(), where: MatchersSchema.optional(),
    }).meta({ description: "Une analyse enregistrée par l'apprenant (qui répond à where) garde ce chiffre clé (l'un des noms de figure), égal à la valeur calculée par le domaine à la tolérance près (centimes pour un montant, points pour un taux)." }),
    z.strictObject({
      ...extra, kind: z.literal('checklist'), task: IdSchema, required: z.array(IdSchema).min(1).max(L.options),
      forbidden: z.array(IdSchema).max(L.options).optional(), minimum: z.int().min(1).optional(),
    }).meta({ description: 'Une liste à cocher couvre les éléments exigés (et aucun des interdits).' }),
    z.strictObject({
      ...extra, kind: z.literal('all'),
      get of() {
        return z.array(ConditionSchema).min(1).max(L.children)
      },
    }).meta({ description: 'Toutes les conditions sont remplies.' }),
    z.strictObject({
      ...extra, kind: z.literal('any'),
      get of() {
        return z.array(ConditionSchema).min(1).max(L.children)
      },
    }).meta({ description: "Au moins l'une des conditions est remplie." }),
    z.strictObject({
      ...extra, kind: z.literal('not'),
      get condition() {
        return ConditionSchema
      },
    }).meta({ description: "La condition n'est pas remplie." }),
  ] as const
}

/** A condition inside a composite (all / any / not): a check without id, criteria, weight or feedback. */
export const ConditionSchema = z.discriminatedUnion('kind', conditionVariants({})).meta({ id: 'Condition' })

const Feedback = z.strictObject({ pass: BilingualMediumSchema, miss: BilingualMediumSchema })
  .meta({ id: 'Feedback', description: 'Retour en français et en anglais quand la vérification est réussie (pass) ou manquée (miss), qui explique la règle.' })

const CheckMeta = {
  id: IdSchema,
  criteria: z.array(CriterionId).min(1).max(L.criteriaPerItem),
  weight: z.number().positive().max(100).optional().meta({ description: 'Poids (1 par défaut).' }),
  feedback: Feedback,
}

/** A check: a condition with its id, the criteria it evidences, its weight and its feedback. */
export const CheckSchema = z.discriminatedUnion('kind', conditionVariants(CheckMeta)).meta({ id: 'Check' })

// ── Company, events, tasks, rubric ──────────────────────────────────────────────────────────────

const AddressSchema = z.strictObject({
  line1: ShortText, line2: ShortText.optional(), postalCode: z.string().min(1).max(20), city: ShortText,
  country: z.string().regex(/^[A-Z]{2}$/, E('invalidCountry')),
})

const ContactSchema = z.strictObject({
  id: IdSchema, civility: z.enum(['M.', 'Mme']).optional(), firstName: ShortText, lastName: ShortText, role: ShortText.optional(),
  email: z.string().max(L.shortText).optional(), phone: z.string().max(40).optional(), language: Language.optional(),
})

const CustomerTermsSchema = z.strictObject({
  channel: z.enum(['direct', 'webshop', 'marketplace']).optional(), salespersonId: IdSchema.optional(), paymentTerms: PaymentTermsSchema.optional(),
  paymentMethod: PaymentMethod.optional(), discountPercent: Percent.optional(), creditLimitCents: Cents.optional(),
  vatRegime: z.enum(['france', 'intraEu', 'export']).optional(),
})

const SupplierTermsSchema = z.strictObject({
  paymentTerms: PaymentTermsSchema.optional(), leadTimeDays: z.int().min(0).max(365).optional(), minimumOrderCents: Cents.optional(),
  incoterm: z.string().max(20).optional(),
})

const GdprSchema = z.strictObject({
  legalBasis: z.enum(['consent', 'contract', 'legitimateInterest', 'legalObligation']).optional(),
  objectsToProspecting: z.boolean().optional(),
  lastContactOn: WhenSchema.optional(),
})

/** A tier added to the built-in company; the seeding fills what is left out with defaults. */
const ExtraTierSchema = z.strictObject({
  id: IdSchema, kind: z.enum(['customer', 'prospect', 'supplier', 'carrier']), legal: z.enum(['company', 'person']).optional(),
  name: ShortText, siren: z.string().regex(/^\d{9}$/, E('invalidSiren')).optional(), vatNumber: z.string().max(20).optional(),
  billingAddress: AddressSchema.optional(), contacts: z.array(ContactSchema).max(10).optional(), language: Language.optional(),
  region: ShortText.optional(), createdOn: WhenSchema.optional(), notes: MediumText.optional(),
  customer: CustomerTermsSchema.optional(), supplier: SupplierTermsSchema.optional(), gdpr: GdprSchema.optional(),
})

/** Changes to a built-in tier. */
const TierUpdateSchema = z.strictObject({
  id: IdSchema, name: ShortText.optional(), language: Language.optional(), notes: MediumText.optional(),
  customer: CustomerTermsSchema.optional(), supplier: SupplierTermsSchema.optional(), gdpr: GdprSchema.optional(),
})

const ExtraProductSchema = z.strictObject({
  id: IdSchema, reference: z.string().min(1).max(40), designation: BilingualShortSchema, familyId: IdSchema.optional(),
  unit: z.string().min(1).max(10).optional(), priceCents: Cents, vatRatePercent: Percent, costCents: Cents.optional(),
  stockManaged: z.boolean().optional(), kind: z.enum(['good', 'service']).optional(), weightGrams: z.int().min(0).max(1e7).optional(),
  initialStock: z.number().min(0).max(1e6).optional(),
})

const ProductUpdateSchema = z.strictObject({
  id: IdSchema, priceCents: Cents.optional(), costCents: Cents.optional(), active: z.boolean().optional(),
  stock: z.number().min(0).max(1e6).optional().meta({
    description: "Stock physique au départ dans l'entrepôt principal (ou warehouseId), après les documents du scénario (inventaire la veille).",
  }),
  warehouseId: IdSchema.optional().meta({ description: "Entrepôt dont `stock` donne le niveau (l'entrepôt principal par défaut)." }),
})

const ExtraSalesDocSchema = z.strictObject({
  id: IdSchema, type: SalesDocType, status: SalesDocStatus.optional(), number: z.string().max(40).optional(), customerId: IdSchema,
  date: WhenSchema,
  lines: z.array(z.strictObject({
    productId: IdSchema, quantity: z.number().positive().max(1e6), unitPriceCents: Cents.optional(), discountsPercent: z.array(Percent).max(5).optional(),
  })).min(1).max(L.lines),
  discountsPercent: z.array(Percent).max(5).optional(), earlyPaymentDiscountPercent: Percent.optional(), shippingCents: Cents.optional(),
  paymentTerms: PaymentTermsSchema.optional(), customerPoNumber: z.string().max(40).optional(),
  sourceIds: z.array(IdSchema).max(20).optional(), notes: MediumText.optional(),
})

const ExtraPaymentSchema = z.strictObject({
  id: IdSchema, customerId: IdSchema, date: WhenSchema, amountCents: Cents, method: PaymentMethod, reference: ShortText,
  allocations: z.array(z.strictObject({ docId: IdSchema, amountCents: Cents })).max(50).optional(),
})

const ExtraMessageSchema = z.strictObject({
  id: IdSchema, direction: z.enum(['in', 'out']), channel: MessageChannel.optional(), date: WhenSchema,
  tierId: IdSchema.optional(), department: Department.optional(), language: Language, subject: ShortText, body: LongText,
})

/** A supplier order already sent (or confirmed with the supplier's promised date) before the start. */
const ExtraPurchaseDocSchema = z.strictObject({
  id: IdSchema, supplierId: IdSchema, status: z.enum(['sent', 'confirmed']).optional(), number: z.string().max(40).optional(),
  date: WhenSchema, expectedDate: WhenSchema.optional(), promisedDate: WhenSchema.optional(), warehouseId: IdSchema.optional(),
  lines: z.array(z.strictObject({ productId: IdSchema, quantity: z.int().positive().max(1e6), unitPriceCents: Cents.optional() })).min(1).max(L.lines),
}).meta({ description: "Commande fournisseur en cours au départ : envoyée (sent) ou confirmée (confirmed, avec la date promise) ; prix d'achat du fournisseur par défaut." })

/** A step of the recovery procedure already taken before the start (a reminder sent, a dispute recorded). */
const ExtraDunningActionSchema = z.strictObject({
  id: IdSchema, customerId: IdSchema, invoiceIds: z.array(IdSchema).min(1).max(50),
  level: IdSchema.meta({ description: 'Niveau du plan (courtesy, relance1, relance2, formalNotice, litigation) ou call.' }),
  channel: z.enum(['phone', 'email', 'letter', 'registeredLetter']), date: WhenSchema,
  status: z.enum(['done', 'suspended']).optional(), suspension: z.enum(['dispute', 'promise', 'paymentPlan']).optional(),
  until: WhenSchema.optional(), reason: ShortText.optional(),
}).meta({ description: "Relance déjà faite avant le départ (status done), ou suspension (litige, promesse) en cours." })

const SettingsOverridesSchema = z.strictObject({
  defaultPaymentTerms: PaymentTermsSchema.optional(), defaultPaymentMethod: PaymentMethod.optional(),
  latePenaltyRatePercent: z.union([Percent, z.null()]).optional(), earlyPaymentDiscountPercent: Percent.optional(),
  earlyPaymentDiscountDays: z.int().min(0).max(90).optional(), quoteValidityDays: z.int().min(1).max(365).optional(),
})

const records = <T extends z.ZodType>(schema: T) => z.array(schema).max(L.records).optional()

/** The company of the attempt: the built-in one (or none), its settings changed, records added or changed. */
export const CompanySchema = z.strictObject({
  base: z.enum(['standard', 'large', 'none']).optional().meta({ description: "Entreprise intégrée : standard (défaut), large, ou none (vide)." }),
  settings: SettingsOverridesSchema.optional(),
  tiers: records(ExtraTierSchema),
  tierUpdates: records(TierUpdateSchema),
  products: records(ExtraProductSchema),
  productUpdates: records(ProductUpdateSchema),
  salesDocs: records(ExtraSalesDocSchema),
  purchaseDocs: records(ExtraPurchaseDocSchema),
  payments: records(ExtraPaymentSchema),
  messages: records(ExtraMessageSchema),
  dunningActions: records(ExtraDunningActionSchema),
})

const DelegationSchema = z.strictObject({
  maxDiscountPercent: Percent.optional(), maxCreditOverrunCents: Cents.optional(), maxPaymentExtensionDays: z.int().min(0).max(365).optional(),
  maxGoodwillCreditCents: Cents.optional(), mayWaivePenalties: z.boolean().optional(),
}).meta({ description: "Niveaux de délégation de l'apprenant, verrouillés pendant l'épreuve." })

const EventBase = { id: IdSchema, at: WhenSchema }
const From = z.union([z.strictObject({ tierId: IdSchema }), z.strictObject({ department: Department })])

/** What happens on the simulated clock: a message arrives, or the data change (a small closed set). */
export const TimelineEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...EventBase, kind: z.literal('message'), from: From, channel: z.enum(['email', 'letter']).optional(), language: Language, subject: ShortText, body: LongText,
  })
    .meta({ description: "Un message arrive dans la boîte de réception (d'un tiers ou d'un service)." }),
  z.strictObject({ ...EventBase, kind: z.literal('supplierOrderDelayed'), purchaseDocId: IdSchema, newExpectedDate: WhenSchema })
    .meta({ description: 'Une commande fournisseur est retardée.' }),
  z.strictObject({
    ...EventBase, kind: z.literal('parcelReturned'), deliveryId: IdSchema, reason: BilingualShortSchema,
    lines: z.array(z.strictObject({ productId: IdSchema, quantity: z.number().positive().max(1e6) })).max(L.lines).optional(),
  }).meta({ description: 'Un colis revient (refusé, endommagé).' }),
  z.strictObject({ ...EventBase, kind: z.literal('paymentRejected'), paymentId: IdSchema, reason: BilingualShortSchema })
    .meta({ description: 'Un règlement est rejeté (chèque impayé, prélèvement refusé).' }),
]).meta({ id: 'TimelineEvent' })

const Option = z.strictObject({ id: IdSchema, label: BilingualShortSchema })

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('amount') }).meta({ description: 'Montant en euros (noté en centimes).' }),
  z.strictObject({ kind: z.literal('number'), decimals: z.int().min(0).max(3).optional(), unit: z.string().max(20).optional() }),
  z.strictObject({ kind: z.literal('choice'), options: z.array(Option).min(2).max(L.options) }),
  z.strictObject({ kind: z.literal('checklist'), items: z.array(Option).min(1).max(L.options) }),
  z.strictObject({ kind: z.literal('text') }).meta({ description: 'Texte libre, noté par le formateur.' }),
])

export const TaskSchema = z.strictObject({
  id: IdSchema,
  title: BilingualShortSchema,
  instructions: BilingualMarkdownSchema,
  from: WhenSchema.optional().meta({ description: 'Jour simulé où la tâche apparaît (0 par défaut).' }),
  question: QuestionSchema.optional(),
  checks: z.array(IdSchema).max(L.checks).optional().meta({ description: 'Vérifications liées à cette tâche (pour le rapport).' }),
})

export const RubricItemSchema = z.strictObject({
  id: IdSchema,
  criteria: z.array(CriterionId).min(1).max(L.criteriaPerItem),
  label: BilingualShortSchema,
  guidance: BilingualMediumSchema.optional(),
  points: z.int().min(1).max(20).optional(),
  task: IdSchema.optional(),
}).meta({ description: "Ce qu'aucune vérification automatique ne peut juger (ton, qualité d'une synthèse) : noté par le formateur." })

// ── The scenario ────────────────────────────────────────────────────────────────────────────────

export const ScenarioSchema = z.strictObject({
  $schema: z.string().max(L.shortText).optional(),
  format: z.literal(1).optional().meta({ description: 'Version du format de fichier (1).' }),
  id: z.string().max(L.idLength).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, E('invalidScenarioId')),
  version: z.int().min(1).max(10_000),
  title: BilingualShortSchema,
  brief: BilingualMarkdownSchema,
  level: z.enum(['beginner', 'intermediate', 'advanced']),
  durationMinutes: z.int().min(5).max(480),
  criteria: z.array(CriterionId).min(1).max(40).meta({ description: 'Critères du REAC ACom 2025 que le scénario met en évidence.' }),
  relatedBlocks: z.array(z.strictObject({ referential: z.enum(OTHER_REFERENTIAL_IDS as ['rncp-6568', 'ascom']), block: z.string().regex(/^B\d$/, E('invalidBlock')) })).max(10).optional(),
  startDate: IsoDateSchema,
  company: CompanySchema.optional(),
  delegation: DelegationSchema.optional(),
  clock: z.strictObject({ canAdvance: z.boolean().optional(), lastDay: z.int().min(0).max(L.maxDays).optional() }).optional(),
  timeline: z.array(TimelineEventSchema).max(L.timeline).optional(),
  tasks: z.array(TaskSchema).min(1).max(L.tasks),
  checks: z.array(CheckSchema).max(L.checks).optional(),
  rubric: z.array(RubricItemSchema).max(L.rubric).optional(),
}).meta({ title: 'Scénario Comptoir', description: 'Un scénario de formation Comptoir (REAC Assistant commercial).' })

export type Scenario = z.output<typeof ScenarioSchema>
export type Check = z.output<typeof CheckSchema>
export type Condition = z.output<typeof ConditionSchema>
export type TimelineEvent = z.output<typeof TimelineEventSchema>
export type ScenarioTask = z.output<typeof TaskSchema>
export type RubricItem = z.output<typeof RubricItemSchema>
export type Question = z.output<typeof QuestionSchema>
export type Expected = ExpectedInput
export type Matchers = MatchersInput
export type Matcher = MatcherInput
export type When = z.output<typeof WhenSchema>
