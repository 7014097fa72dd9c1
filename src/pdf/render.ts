/**
 * Draws a {@link SalesDocPdfModel} on A4 pages with pdf-lib, in DejaVu Sans embedded as a subset: the
 * 14 standard PDF fonts (WinAnsi) have no narrow no-break space (U+202F, the French thousands
 * separator), no "₂" of CO₂ and no "−"; an embedded font draws them and keeps them in the text a
 * reader copies. Long documents break across pages: the lines table repeats its header under a
 * "(continued)" title, and every page carries the seller's legal identity and its page number.
 */
import fontkit from '@pdf-lib/fontkit'
import { degrees, PageSizes, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import type { PdfKey, PdfTable, PdfText, SalesDocPdfModel, Translate } from './types'

/** The TrueType files embedded: regular and bold. */
export interface PdfFonts {
  regular: Uint8Array | ArrayBuffer
  bold: Uint8Array | ArrayBuffer
}

export interface RenderOptions {
  /** Translates the model's keys in the customer's language. */
  translate: Translate
  fonts: PdfFonts
}

const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4
const MARGIN = 42
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
const TOP = PAGE_HEIGHT - MARGIN
/** Room kept at the foot of each page for the legal identity and the page number. */
const BOTTOM = 78
const INK = rgb(0.1, 0.1, 0.12)
const MUTED = rgb(0.35, 0.35, 0.4)
const RULE = rgb(0.8, 0.8, 0.84)
const SHADE = rgb(0.93, 0.94, 0.96)
const CELL_PADDING = 3

/** Resolves a literal or a key (and keys among its values) to the text printed. */
export function resolveText(text: PdfText, translate: Translate): string {
  if (typeof text === 'string') return text
  const values = text.values
    ? Object.fromEntries(Object.entries(text.values).map(([name, value]) => [name, typeof value === 'object' ? resolveText(value as PdfKey, translate) : value]))
    : undefined
  return translate(text.key, values)
}

/** Measures and wraps text in one font, caching the width of each word. */
class Typeface {
  private readonly widths = new Map<string, number>()
  constructor(readonly font: PDFFont) {}

  /** Width at `size` points. */
  width(text: string, size: number): number {
    let unit = this.widths.get(text)
    if (unit === undefined) {
      unit = this.font.widthOfTextAtSize(text, 1000)
      this.widths.set(text, unit)
    }
    return (unit * size) / 1000
  }

  /**
   * Lines of at most `maxWidth` points. Breaks at ordinary spaces only: the no-break spaces of
   * "1 234,56 €" or "40,00 €" keep an amount on one line; a word wider than the line is cut.
   */
  wrap(text: string, size: number, maxWidth: number): string[] {
    const lines: string[] = []
    for (const paragraph of text.replace(/\t/g, ' ').split(/\r?\n/)) {
      let line = ''
      for (const word of paragraph.split(' ')) {
        const candidate = line ? `${line} ${word}` : word
        if (this.width(candidate, size) <= maxWidth) {
          line = candidate
          continue
        }
        if (line) lines.push(line)
        line = word
        while (line.length > 1 && this.width(line, size) > maxWidth) {
          let cut = line.length - 1
          while (cut > 1 && this.width(line.slice(0, cut), size) > maxWidth) cut -= 1
          lines.push(line.slice(0, cut))
          line = line.slice(cut)
        }
      }
      lines.push(line)
    }
    return lines
  }
}

interface Fonts {
  regular: Typeface
  bold: Typeface
}

/** The page being written and the height left on it. */
class Writer {
  page!: PDFPage
  y = TOP
  readonly pages: PDFPage[] = []
  /** Drawn at the top of each new page after the first (a table's header…). */
  onNewPage: (() => void) | undefined

  constructor(private readonly pdf: PDFDocument, readonly fonts: Fonts) {
    this.addPage()
  }

  addPage(): void {
    this.page = this.pdf.addPage(PageSizes.A4)
    this.pages.push(this.page)
    this.y = TOP
    this.onNewPage?.()
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number): void {
    if (this.y - height < BOTTOM) this.addPage()
  }

  text(text: string, x: number, y: number, size: number, options: { bold?: boolean; color?: typeof INK; align?: 'left' | 'right'; width?: number } = {}): void {
    const face = options.bold ? this.fonts.bold : this.fonts.regular
    const left = options.align === 'right' ? x + (options.width ?? 0) - face.width(text, size) : x
    if (text) this.page.drawText(text, { x: left, y, size, font: face.font, color: options.color ?? INK })
  }

  /** A wrapped paragraph across the full width (or `width`), breaking pages between its lines. */
  paragraph(text: string, size: number, options: { bold?: boolean; color?: typeof INK; x?: number; width?: number; gap?: number } = {}): void {
    const face = options.bold ? this.fonts.bold : this.fonts.regular
    const lineHeight = size * 1.3
    for (const line of face.wrap(text, size, options.width ?? CONTENT_WIDTH)) {
      this.ensure(lineHeight)
      this.y -= lineHeight
      this.text(line, options.x ?? MARGIN, this.y + size * 0.25, size, { ...(options.bold ? { bold: true } : {}), ...(options.color ? { color: options.color } : {}) })
    }
    this.y -= options.gap ?? 0
  }
}

/**
 * The PDF of a sales document, as bytes. Fonts are embedded as subsets (only the glyphs used).
 * @example const bytes = await renderSalesDocPdf(model, { translate: i18next.getFixedT('fr'), fonts })
 */
export async function renderSalesDocPdf(model: SalesDocPdfModel, options: RenderOptions): Promise<Uint8Array> {
  const t = (text: PdfText) => resolveText(text, options.translate)
  // No wall-clock dates in the file: the same document prints to the same bytes.
  const pdf = await PDFDocument.create({ updateMetadata: false })
  pdf.registerFontkit(fontkit)
  const [regular, bold] = await Promise.all([
    pdf.embedFont(options.fonts.regular, { subset: true }),
    pdf.embedFont(options.fonts.bold, { subset: true }),
  ])
  const title = `${t(model.title)} ${model.number ?? t({ key: 'pdf.draftNumber' })}`
  pdf.setTitle(title, { showInWindowTitleBar: true })
  pdf.setAuthor(t(model.seller.heading))
  pdf.setLanguage(model.language === 'fr' ? 'fr-FR' : 'en-GB')
  pdf.setCreator('Comptoir')
  pdf.setProducer('Comptoir (pdf-lib)')

  const writer = new Writer(pdf, { regular: new Typeface(regular), bold: new Typeface(bold) })
  drawHeader(writer, model, t)
  drawLinesTable(writer, model.lines, t, t({ key: 'pdf.continued', values: { title: model.title, number: model.number ?? { key: 'pdf.draftNumber' } } }))
  drawTotals(writer, model, t)
  writer.y -= 10
  for (const mention of model.mentions) writer.paragraph(t(mention), 8, { gap: 2 })
  if (model.cgv.length) drawCgv(writer, model, t)
  drawFooters(writer, model, t)
  return pdf.save()
}

function drawHeader(w: Writer, model: SalesDocPdfModel, t: (text: PdfText) => string): void {
  // Seller at the top left; the document's title and number at the top right.
  w.text(t(model.seller.heading), MARGIN, TOP - 14, 15, { bold: true })
  let left = TOP - 30
  for (const line of model.seller.lines) {
    w.text(t(line), MARGIN, left, 8.5, { color: MUTED })
    left -= 11
  }
  const right = MARGIN + CONTENT_WIDTH / 2
  const half = CONTENT_WIDTH / 2
  w.text(t(model.title).toLocaleUpperCase(model.language), right, TOP - 16, 18, { bold: true, align: 'right', width: half })
  w.text(model.number ?? t({ key: 'pdf.draftNumber' }), right, TOP - 32, 10, { align: 'right', width: half })

  // Facts on the left, the customer (and the delivery address) on the right.
  left -= 10
  const labelWidth = 110
  for (const fact of model.facts) {
    const labels = w.fonts.bold.wrap(t(fact.label), 8.5, labelWidth - 6)
    const values = w.fonts.regular.wrap(t(fact.value), 8.5, half - labelWidth - 10)
    labels.forEach((line, n) => w.text(line, MARGIN, left - n * 11, 8.5, { bold: true }))
    values.forEach((line, n) => w.text(line, MARGIN + labelWidth, left - n * 11, 8.5))
    left -= Math.max(labels.length, values.length) * 11
  }
  let top = TOP - 52
  const boxX = right + 10
  const boxWidth = half - 10
  for (const party of model.parties) {
    const lines = party.lines.flatMap((line) => w.fonts.regular.wrap(t(line), 9, boxWidth - 16))
    const height = 22 + lines.length * 11.5
    w.page.drawRectangle({ x: boxX, y: top - height, width: boxWidth, height, borderColor: RULE, borderWidth: 0.8 })
    w.text(t(party.heading), boxX + 8, top - 13, 7.5, { bold: true, color: MUTED })
    let y = top - 26
    lines.forEach((line, index) => {
      w.text(line, boxX + 8, y, 9, index === 0 ? { bold: true } : {})
      y -= 11.5
    })
    top -= height + 8
  }
  w.y = Math.min(left, top) - 12
}

/** Column geometry of a table drawn across `width` from `x`. */
function columnsOf(table: PdfTable, x: number, width: number) {
  let at = x
  return table.columns.map((column) => {
    const geometry = { x: at, width: column.width * width, align: column.align }
    at += geometry.width
    return geometry
  })
}

function drawTableHeader(w: Writer, table: PdfTable, t: (text: PdfText) => string, x: number, width: number): void {
  const columns = columnsOf(table, x, width)
  const labels = table.columns.map((column, index) => w.fonts.bold.wrap(t(column.label), 7.5, columns[index]!.width - 2 * CELL_PADDING))
  const height = Math.max(...labels.map((lines) => lines.length)) * 9.5 + 6
  w.ensure(height + 14)
  w.page.drawRectangle({ x, y: w.y - height, width, height, color: SHADE })
  labels.forEach((lines, index) => {
    const column = columns[index]!
    lines.forEach((line, n) => w.text(line, column.x + CELL_PADDING, w.y - 10 - n * 9.5, 7.5, { bold: true, align: column.align, width: column.width - 2 * CELL_PADDING }))
  })
  w.y -= height
}

/** A table whose rows break across pages; the header is repeated under `continued` on each new page. */
function drawTable(w: Writer, table: PdfTable, t: (text: PdfText) => string, options: { x?: number; width?: number; size?: number; continued?: string } = {}): void {
  const x = options.x ?? MARGIN
  const width = options.width ?? CONTENT_WIDTH
  const size = options.size ?? 8.5
  const lineHeight = size * 1.25
  const columns = columnsOf(table, x, width)
  drawTableHeader(w, table, t, x, width)
  if (options.continued) {
    w.onNewPage = () => {
      w.text(options.continued!, MARGIN, w.y - 12, 9, { bold: true, color: MUTED })
      w.y -= 20
      drawTableHeader(w, table, t, x, width)
    }
  }
  for (const row of table.rows) {
    const cells = row.map((cell, index) => w.fonts.regular.wrap(t(cell), size, columns[index]!.width - 2 * CELL_PADDING))
    const height = Math.max(1, ...cells.map((lines) => lines.length)) * lineHeight + 5
    w.ensure(height)
    cells.forEach((lines, index) => {
      const column = columns[index]!
      lines.forEach((line, n) => w.text(line, column.x + CELL_PADDING, w.y - size - 2 - n * lineHeight, size, { align: column.align, width: column.width - 2 * CELL_PADDING }))
    })
    w.y -= height
    w.page.drawLine({ start: { x, y: w.y }, end: { x: x + width, y: w.y }, thickness: 0.4, color: RULE })
  }
  w.onNewPage = undefined
}

function drawLinesTable(w: Writer, table: PdfTable, t: (text: PdfText) => string, continued: string): void {
  drawTable(w, table, t, { continued })
  w.y -= 12
}

/** VAT per rate on the left, the totals on the right, kept together on one page. */
function drawTotals(w: Writer, model: SalesDocPdfModel, t: (text: PdfText) => string): void {
  if (!model.vat && model.totals.length === 0) return
  const half = CONTENT_WIDTH / 2 - 10
  const vatHeight = model.vat ? 16 + 22 + model.vat.rows.length * 16 : 0
  const totalsHeight = model.totals.length * 14 + 8
  w.ensure(Math.max(vatHeight, totalsHeight) + 4)
  const top = w.y
  if (model.vat) {
    w.text(t({ key: 'pdf.vatTitle' }), MARGIN, w.y - 10, 8.5, { bold: true })
    w.y -= 16
    drawTable(w, model.vat, t, { width: half, size: 8 })
  }
  const vatBottom = w.y
  const x = MARGIN + CONTENT_WIDTH - half
  let y = top
  for (const total of model.totals) {
    const size = total.emphasis ? 10 : 8.5
    if (total.emphasis) w.page.drawRectangle({ x, y: y - 14, width: half, height: 15, color: SHADE })
    w.text(t(total.label), x + 4, y - 10.5, size, total.emphasis ? { bold: true } : {})
    w.text(total.value, x, y - 10.5, size, { bold: total.emphasis === true, align: 'right', width: half - 4 })
    y -= 14
  }
  w.y = Math.min(vatBottom, y) - 4
}

function drawCgv(w: Writer, model: SalesDocPdfModel, t: (text: PdfText) => string): void {
  w.addPage()
  w.paragraph(t({ key: 'pdf.cgvTitle' }), 11, { bold: true, gap: 4 })
  for (const clause of model.cgv) {
    w.ensure(30)
    w.paragraph(clause.title, 7.5, { bold: true, gap: 1 })
    w.paragraph(clause.body, 7, { gap: 4 })
  }
}

function drawFooters(w: Writer, model: SalesDocPdfModel, t: (text: PdfText) => string): void {
  const lines = model.footer.flatMap((line) => w.fonts.regular.wrap(t(line), 6.8, CONTENT_WIDTH))
  const watermark = t({ key: 'pdf.watermark' })
  w.pages.forEach((page, index) => {
    if (model.draft) {
      const size = 84
      const width = w.fonts.bold.width(watermark, size)
      page.drawText(watermark, {
        x: PAGE_WIDTH / 2 - (width / 2) * Math.cos(Math.PI / 5), y: PAGE_HEIGHT / 2 - (width / 2) * Math.sin(Math.PI / 5),
        size, font: w.fonts.bold.font, color: rgb(0.75, 0.2, 0.2), opacity: 0.12, rotate: degrees(36),
      })
    }
    page.drawLine({ start: { x: MARGIN, y: BOTTOM - 8 }, end: { x: PAGE_WIDTH - MARGIN, y: BOTTOM - 8 }, thickness: 0.5, color: RULE })
    let y = BOTTOM - 18
    for (const line of lines) {
      const width = w.fonts.regular.width(line, 6.8)
      page.drawText(line, { x: (PAGE_WIDTH - width) / 2, y, size: 6.8, font: w.fonts.regular.font, color: MUTED })
      y -= 8.5
    }
    const number = t({ key: 'pdf.page', values: { page: index + 1, pages: w.pages.length } })
    const width = w.fonts.regular.width(number, 7)
    page.drawText(number, { x: PAGE_WIDTH - MARGIN - width, y: MARGIN / 2 - 4, size: 7, font: w.fonts.regular.font, color: MUTED })
  })
}
