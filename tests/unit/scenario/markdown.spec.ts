import { describe, expect, it } from 'vitest'
import { renderScenarioMarkdown, SCENARIO_MARKDOWN_TAGS } from '@/scenario/markdown'

const tagsIn = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase())
const hrefsIn = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!)

const HOSTILE = [
  '<script>alert(1)</script>',
  'Texte <img src=x onerror=alert(1)> suite',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">clic</a>',
  '[clic](javascript:alert(1))',
  '[clic](JAVASCRIPT:alert(1))',
  '[clic](jav&#x09;ascript:alert(1))',
  '[clic](&#106;avascript:alert(1))',
  '[clic](  javascript:alert(1))',
  '[clic](vbscript:msgbox(1))',
  '[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[clic](file:///etc/passwd)',
  '<javascript:alert(1)>',
  '![image](https://tracker.example/pixel.png)',
  '![image](relative.png)',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
  '**gras** <b onclick="x()">b</b>',
]

describe('scenario Markdown subset', () => {
  it('renders the kept subset: emphasis, lists, headings, links, tables, code', () => {
    const html = renderScenarioMarkdown('## Titre\n\n**Gras** et *italique*\n\n- un\n- deux\n\n[Légifrance](https://www.legifrance.gouv.fr)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code`')
    expect(html).toContain('<h2>Titre</h2>')
    expect(html).toContain('<strong>Gras</strong>')
    expect(html).toContain('<li>un</li>')
    expect(html).toContain('<a href="https://www.legifrance.gouv.fr" target="_blank" rel="noopener noreferrer nofollow">Légifrance</a>')
    expect(html).toContain('<td>2</td>')
    expect(html).toContain('<code>code</code>')
  })

  it('joins a hard-wrapped paragraph into one, and separates paragraphs by blank lines', () => {
    const html = renderScenarioMarkdown('Carte de visite : Ingrid Lindqvist,\nSveavägen 44, Stockholm.\n\nCréez le tiers.')
    expect(html).toBe('<p>Carte de visite : Ingrid Lindqvist,\nSveavägen 44, Stockholm.</p>\n<p>Créez le tiers.</p>\n')
    expect(html).not.toContain('<br>')
  })

  it('still breaks a line ended by two spaces', () => {
    expect(renderScenarioMarkdown('Merci,  \nSophie Garnier')).toBe('<p>Merci,<br>\nSophie Garnier</p>\n')
  })

  it('keeps mailto links', () => {
    expect(hrefsIn(renderScenarioMarkdown('[Écrire](mailto:adv@confluence.example)'))).toEqual(['mailto:adv@confluence.example'])
  })

  it.each(HOSTILE)('never lets markup, scripts or unsafe links through: %s', (input) => {
    const html = renderScenarioMarkdown(input)
    for (const tag of tagsIn(html)) expect(SCENARIO_MARKDOWN_TAGS).toContain(tag)
    expect(html).not.toMatch(/<(script|img|iframe|svg|style|b)\b/i)
    expect(html).not.toMatch(/<[^>]+\son\w+=/i)
    for (const href of hrefsIn(html)) expect(href).toMatch(/^(https?:\/\/|mailto:)/)
  })

  it('shows raw HTML as visible text', () => {
    expect(renderScenarioMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n')
  })
})
