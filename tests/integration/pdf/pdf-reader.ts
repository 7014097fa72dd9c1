/**
 * Test helpers for the PDFs: the DejaVu files read from node_modules (the app fetches them), the real
 * locale texts as the renderer's translate function, and the text of a PDF read back with pdfjs-dist.
 */
import { readFileSync } from 'node:fs'
import { createI18n, type Language } from '@/i18n'
import { allResources } from '@/i18n/all-messages'
import type { PdfFonts } from '@/pdf/render'
import type { Translate } from '@/pdf/types'

const FONT_DIR = 'node_modules/dejavu-fonts-ttf/ttf'

export function testFonts(): PdfFonts {
  return { regular: readFileSync(`${FONT_DIR}/DejaVuSans.ttf`), bold: readFileSync(`${FONT_DIR}/DejaVuSans-Bold.ttf`) }
}

/** i18next's `t` on every locale file, fixed to `language`. */
export async function translator(language: Language): Promise<Translate> {
  const i18next = await createI18n(language, allResources)
  const t = i18next.getFixedT(language)
  return (key, values) => t(key, values ?? {})
}

/** Every space-like character (narrow no-break, no-break, line joins) as one plain space. */
export const normalise = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()

/** The 14 standard fonts a PDF reader supplies itself (PDF 1.7 §9.6.2.2): none covers U+202F or "₂". */
const STANDARD_14 = /^(Times|Helvetica|Courier|Symbol|ZapfDingbats)/

export interface ReadPdf {
  pages: number
  /** The text of each page as pdfjs extracts it (spaces not normalised). */
  pageTexts: string[]
  /** The exact characters drawn, page by page, from the glyphs' Unicode (pdfjs's text extraction turns U+202F into a space). */
  drawn: string[]
  /** The fonts used: their names and whether the file is embedded. */
  fonts: { name: string; embedded: boolean; standard14: boolean }[]
  title: string | undefined
  language: string | undefined
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  const pageTexts: string[] = []
  const drawn: string[] = []
  const fonts = new Map<string, ReadPdf['fonts'][number]>()
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    const operators = await page.getOperatorList()
    let text = ''
    operators.fnArray.forEach((fn, index) => {
      const args = operators.argsArray[index] as unknown[]
      if (fn === pdfjs.OPS.setFont) {
        const font = page.commonObjs.get(args[0] as string) as { name: string; missingFile: boolean }
        fonts.set(font.name, { name: font.name, embedded: !font.missingFile, standard14: STANDARD_14.test(font.name.replace(/^[A-Z]{6}\+/, '')) })
      }
      if (fn === pdfjs.OPS.showText) text += `${(args[0] as { unicode?: string }[]).map((glyph) => glyph.unicode ?? '').join('')}\n`
    })
    drawn.push(text)
  }
  const metadata = await document.getMetadata()
  const info = metadata.info as { Title?: string; Language?: string }
  const result = { pages: document.numPages, pageTexts, drawn, fonts: [...fonts.values()], title: info.Title, language: info.Language }
  await document.destroy()
  return result
}
