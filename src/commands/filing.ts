import { z } from 'zod'
import { archiveRetainUntil } from '@/domain'
import type { ArchivedDocument } from '@/domain/model'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'

/** Documents that are archived once validated: invoices, acompte invoices and credit notes. */
export const ARCHIVED_TYPES = ['invoice', 'downPayment', 'creditNote'] as const

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

/**
 * SHA-256 of `bytes` as 64 lowercase hex digits (FIPS 180-4), computed synchronously: a command runs
 * inside a Dexie transaction, which closes if it awaits anything else (so no `crypto.subtle` there).
 */
export function sha256Hex(bytes: Uint8Array): string {
  const bitLength = bytes.length * 8
  const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6)
  padded.set(bytes)
  padded[bytes.length] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x1_0000_0000))
  view.setUint32(padded.length - 4, bitLength >>> 0)
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])
  const w = new Uint32Array(64)
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4)
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3)
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10)
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number]
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0
    }
    h[0] = h[0]! + a; h[1] = h[1]! + b; h[2] = h[2]! + c; h[3] = h[3]! + d
    h[4] = h[4]! + e; h[5] = h[5]! + f; h[6] = h[6]! + g; h[7] = h[7]! + hh
  }
  return [...h].map((word) => word.toString(16).padStart(8, '0')).join('')
}

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array || (ArrayBuffer.isView(value) && value.constructor.name === 'Uint8Array'), { message: 'pdf' })

export const archiveInput = z.object({
  /** When given, every document must be this customer's (the "file the whole customer" action). */
  customerId: z.string().min(1).max(80).optional(),
  documents: z.array(z.object({
    docId: z.string().min(1).max(80),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    pdf: bytes,
  }).strict()).min(1).max(2000),
}).strict()
export type ArchiveInput = z.infer<typeof archiveInput>

/**
 * `filing.archive`: files validated invoices, acompte invoices and credit notes unchangeably — their
 * PDF as printed (rendered by the UI, which has the fonts), its SHA-256, the archiving date and the end
 * of the legal retention, 10 years (C. com. L123-22). The command hashes the bytes again and refuses a
 * mismatch, a file that is not a PDF, a draft, a document of another customer, and a document already
 * archived (an archive is never replaced). One refusal files nothing.
 */
export const archiveDocuments: CommandDefinition<ArchiveInput, { archived: string[]; archivedOn: string; retainUntil: string }> = {
  name: 'filing.archive',
  input: archiveInput,
  summarize: (input) => ({
    ...(input.customerId ? { customerId: input.customerId } : {}),
    documents: input.documents.map((d) => ({ docId: d.docId, sha256: d.sha256, bytes: d.pdf.length })),
  }),
  async run(ctx, input) {
    const retainUntil = archiveRetainUntil(ctx.simDate)
    const seen = new Set<string>()
    const records: ArchivedDocument[] = []
    for (const item of input.documents) {
      const doc = await ctx.db.salesDocs.get(item.docId)
      if (!doc) refuse('filing.errors.notFound', { docId: item.docId })
      const number = doc.number ?? doc.id
      if (input.customerId && doc.customerId !== input.customerId) refuse('filing.errors.otherCustomer', { number, customerId: input.customerId })
      if (!(ARCHIVED_TYPES as readonly string[]).includes(doc.type) || doc.status !== 'validated' || !doc.number) refuse('filing.errors.notValidated', { number })
      if (seen.has(doc.id) || (await ctx.db.archives.where('docId').equals(doc.id).count()) > 0) refuse('filing.errors.alreadyArchived', { number })
      seen.add(doc.id)
      const pdf = new Uint8Array(item.pdf)
      if (String.fromCharCode(...pdf.subarray(0, 5)) !== '%PDF-') refuse('filing.errors.notPdf', { number })
      if (sha256Hex(pdf) !== item.sha256) refuse('filing.errors.hashMismatch', { number })
      records.push({
        id: `arc-${doc.id}`, docId: doc.id, docType: doc.type, number: doc.number, customerId: doc.customerId,
        archivedOn: ctx.simDate, retainUntil, sha256: item.sha256, pdf,
      })
    }
    await ctx.db.archives.bulkAdd(records)
    return { archived: records.map((r) => r.docId), archivedOn: ctx.simDate, retainUntil }
  },
}
