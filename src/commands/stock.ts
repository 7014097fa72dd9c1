/**
 * Stock commands (DOMAIN-FR §7–§8): adjust the stock for a reason, record an inventory count, donate
 * unsold goods (loi AGEC n° 2020-105: unsold non-food goods are given, not destroyed). Each writes
 * exactly one stock movement valued at the product's current CUMP, so the stock stays Σ movements.
 * Refused: an unknown product or warehouse, a service or a good not managed in stock, taking out more
 * than the physical stock of the warehouse on the simulated date.
 */
import { z } from 'zod'
import {
  adjustmentDirectionIssue,
  inventoryVariances,
  lineValueCents,
  physicalStock,
  ADJUSTMENT_REASONS,
  DONATION_REASONS,
  type Product,
  type StockMove,
  type Warehouse,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CommandContext, CommandDefinition } from './command'
import { refuse } from './refusal'
import { requireWarehouse } from './sales/sales-records'

const idSchema = z.string().min(1).max(80)
const quantitySchema = z.number().min(-1_000_000).max(1_000_000)


async function requireStockedProduct(db: WorkspaceDb, id: string): Promise<Product> {
  const product = await db.products.get(id)
  if (!product) refuse('stock.errors.unknownProduct', { productId: id })
  if (!product.stockManaged || product.kind !== 'good') refuse('stock.errors.notStocked', { reference: product.reference })
  return product
}

/** Physical stock of a product in a warehouse on the simulated date (Σ of its movements, read by index). */
async function physicalOf(ctx: CommandContext, productId: string, warehouseId: string): Promise<number> {
  const moves = await ctx.db.stockMoves.where('productIds').equals(productId).toArray()
  return physicalStock(moves, ctx.simDate).get(productId)?.get(warehouseId) ?? 0
}

/** Refuses an issue of `quantity` (< 0) bigger than the physical stock. */
async function requireEnough(ctx: CommandContext, product: Product, warehouse: Warehouse, quantity: number): Promise<void> {
  if (quantity >= 0) return
  const physical = await physicalOf(ctx, product.id, warehouse.id)
  if (Math.round(-quantity * 1000) > Math.round(physical * 1000)) {
    refuse('stock.errors.insufficientStock', { reference: product.reference, requested: -quantity, physical, warehouse: warehouse.name })
  }
}

function checkDecimals(quantity: number, field: string): void {
  if (Math.abs(Math.round(quantity * 1000) - quantity * 1000) > 1e-6) refuse('stock.errors.tooManyDecimals', { field })
}

export const adjustStockInput = z.object({
  productId: idSchema,
  warehouseId: idSchema.optional(),
  /** Signed: + in (found), − out (breakage, loss). */
  quantity: quantitySchema,
  reason: z.enum(ADJUSTMENT_REASONS),
  note: z.string().trim().min(1).max(500),
}).strict()
export type AdjustStockInput = z.infer<typeof adjustStockInput>

/**
 * `stock.adjust`: a stock correction outside sales and purchases, with its reason (breakage and loss
 * take out, found brings in, a correction goes either way) and a note saying what happened.
 */
export const adjustStock: CommandDefinition<AdjustStockInput, { moveId: string; quantity: number; valueCents: number }> = {
  name: 'stock.adjust',
  input: adjustStockInput,
  async run(ctx, input) {
    checkDecimals(input.quantity, 'quantity')
    const direction = adjustmentDirectionIssue(input.reason, input.quantity)
    if (direction) refuse(`stock.rules.${direction}`, { reason: input.reason })
    const product = await requireStockedProduct(ctx.db, input.productId)
    const warehouse = await requireWarehouse(ctx.db, input.warehouseId, 'stock')
    await requireEnough(ctx, product, warehouse, input.quantity)
    const move: StockMove = {
      id: crypto.randomUUID(), kind: 'adjustment', date: ctx.simDate, warehouseId: warehouse.id, reason: input.reason, note: input.note,
      lines: [{ productId: product.id, quantity: input.quantity, unitCostCents: product.costCents }],
    }
    await ctx.db.stockMoves.add(move)
    return { moveId: move.id, quantity: input.quantity, valueCents: lineValueCents(input.quantity, product.costCents) }
  },
}

export const donateStockInput = z.object({
  productId: idSchema,
  warehouseId: idSchema.optional(),
  quantity: z.number().gt(0).max(1_000_000),
  reason: z.enum(DONATION_REASONS),
  beneficiary: z.string().trim().min(1).max(200),
  note: z.string().trim().max(500).optional(),
}).strict()
export type DonateStockInput = z.infer<typeof donateStockInput>

/**
 * `stock.donate`: unsold goods leave the stock as a donation to a named beneficiary (an association,
 * a solidarity network) instead of being destroyed (loi AGEC n° 2020-105, art. 35; C. env. L541-15-8).
 */
export const donateStock: CommandDefinition<DonateStockInput, { moveId: string; quantity: number; valueCents: number }> = {
  name: 'stock.donate',
  input: donateStockInput,
  async run(ctx, input) {
    checkDecimals(input.quantity, 'quantity')
    const product = await requireStockedProduct(ctx.db, input.productId)
    const warehouse = await requireWarehouse(ctx.db, input.warehouseId, 'stock')
    await requireEnough(ctx, product, warehouse, -input.quantity)
    const move: StockMove = {
      id: crypto.randomUUID(), kind: 'donation', date: ctx.simDate, warehouseId: warehouse.id, reason: input.reason, beneficiary: input.beneficiary,
      ...(input.note ? { note: input.note } : {}),
      lines: [{ productId: product.id, quantity: -input.quantity, unitCostCents: product.costCents }],
    }
    await ctx.db.stockMoves.add(move)
    return { moveId: move.id, quantity: input.quantity, valueCents: lineValueCents(input.quantity, product.costCents) }
  },
}

export const countInventoryInput = z.object({
  warehouseId: idSchema.optional(),
  lines: z.array(z.object({ productId: idSchema, counted: z.number().max(1_000_000) }).strict()).max(5_000),
  note: z.string().trim().max(500).optional(),
}).strict()
export type CountInventoryInput = z.infer<typeof countInventoryInput>

export interface InventoryReportLine {
  productId: string
  reference: string
  expected: number
  counted: number
  variance: number
  valueCents: number
}

/**
 * `stock.countInventory`: the quantities counted in a warehouse; one inventory movement brings each
 * counted product's book stock to what was counted (variance = counted − book, valued at CUMP; a line
 * of 0 records that the product was counted and matched). Refused: an empty count, a negative count,
 * a product counted twice.
 */
export const countInventory: CommandDefinition<CountInventoryInput, { moveId: string; counted: number; withVariance: number; totalValueCents: number; lines: InventoryReportLine[] }> = {
  name: 'stock.countInventory',
  input: countInventoryInput,
  async run(ctx, input) {
    const warehouse = await requireWarehouse(ctx.db, input.warehouseId, 'stock')
    const ids = [...new Set(input.lines.map((l) => l.productId))]
    const products = new Map<string, Product>()
    ;(await ctx.db.products.bulkGet(ids)).forEach((product, i) => {
      if (!product) refuse('stock.errors.unknownProduct', { productId: ids[i]! })
      if (!product.stockManaged || product.kind !== 'good') refuse('stock.errors.notStocked', { reference: product.reference })
      products.set(product.id, product)
    })
    for (const line of input.lines) checkDecimals(line.counted, 'counted')
    // A movement touching several counted products comes once per product from the multi-entry index.
    const moves = await ctx.db.stockMoves.where('productIds').anyOf(ids).distinct().toArray()
    const levels = physicalStock(moves, ctx.simDate)
    const result = inventoryVariances(input.lines, (id) => levels.get(id)?.get(warehouse.id) ?? 0, (id) => products.get(id)!.costCents)
    const issue = result.issues[0]
    if (issue?.code === 'emptyCount') refuse('stock.errors.emptyCount')
    if (issue) refuse(`stock.errors.${issue.code}`, { reference: products.get(issue.productId)!.reference, ...(issue.code === 'negativeCount' ? { counted: issue.counted } : {}) })
    const move: StockMove = {
      id: crypto.randomUUID(), kind: 'inventory', date: ctx.simDate, warehouseId: warehouse.id, ...(input.note ? { note: input.note } : {}),
      lines: result.variances.map((v) => ({ productId: v.productId, quantity: v.variance, unitCostCents: v.unitCostCents })),
    }
    await ctx.db.stockMoves.add(move)
    return {
      moveId: move.id, counted: result.variances.length, withVariance: result.variances.filter((v) => v.variance !== 0).length, totalValueCents: result.totalValueCents,
      lines: result.variances.map((v) => ({ productId: v.productId, reference: products.get(v.productId)!.reference, expected: v.expected, counted: v.counted, variance: v.variance, valueCents: v.valueCents })),
    }
  },
}
