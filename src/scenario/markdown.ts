/**
 * The Markdown subset of scenario texts (briefs, task instructions, rubric guidance), rendered to HTML
 * that is safe to insert: a scenario comes from a file or a URL, so its text is data, never markup.
 *
 * - Raw HTML is off: `<script>`, `<img onerror>` and any tag come out as visible text.
 * - Links: only `http:`, `https:` and `mailto:`. `javascript:`, `data:`, `vbscript:`, `file:` and
 *   relative links stay plain text (a relative link has nothing to point at in the app). Links open
 *   in a new tab with `rel="noopener noreferrer nofollow"`.
 * - No images: a remote image would call a third-party server from a learner's PC (tracking, and it
 *   breaks offline), and a scenario file has no place to ship its own; describe the picture instead.
 * - Paragraphs are separated by blank lines; a single line break inside a paragraph (a hard-wrapped
 *   YAML text) is a space, as in standard Markdown (two trailing spaces force a break).
 * - Kept: paragraphs, line breaks, emphasis, headings, lists, quotes, code, tables, rules.
 */
import MarkdownIt from 'markdown-it'

const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i

function createRenderer() {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false })
  md.disable(['image'])
  md.validateLink = (url: string) => ALLOWED_LINK.test(url.trim())
  const renderToken = md.renderer.renderToken.bind(md.renderer)
  md.renderer.rules.link_open = (tokens, index, options) => {
    const token = tokens[index]!
    token.attrSet('target', '_blank')
    token.attrSet('rel', 'noopener noreferrer nofollow')
    return renderToken(tokens, index, options)
  }
  return md
}

let renderer: ReturnType<typeof createRenderer> | undefined

/** HTML of `text` in the scenario Markdown subset; safe for `v-html`. */
export function renderScenarioMarkdown(text: string): string {
  renderer ??= createRenderer()
  return renderer.render(text)
}

/** Tags the renderer can produce (the tests check nothing else ever comes out). */
export const SCENARIO_MARKDOWN_TAGS: readonly string[] = [
  'p', 'br', 'em', 'strong', 's', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'a',
]
