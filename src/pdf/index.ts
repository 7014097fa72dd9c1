/**
 * Printing sales documents to PDF. Loaded on demand (dynamic import) by the PDF button: pdf-lib,
 * fontkit and the fonts stay out of the pages' first load. The fonts come from `./fonts`, imported
 * on its own so their download starts together with this chunk's.
 */
export { salesDocPdfModel, type SalesDocPdfExtras } from './sales-doc-model'
export { renderSalesDocPdf, resolveText, type PdfFonts, type RenderOptions } from './render'
export { statementPdfModel } from './statement-model'
export { loadSalesDocForPdf, type SalesDocPdfRecords } from './load-records'
export type * from './types'
