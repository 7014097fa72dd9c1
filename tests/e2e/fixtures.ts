import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

/**
 * Every e2e test fails on a console error or an uncaught page error: a learner would meet them too.
 */
export const test = base.extend<{ errors: string[] }>({
  errors: [async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`) })
    await use(errors)
    expect(errors, 'console or page errors').toEqual([])
  }, { auto: true }],
})
export { expect }

/** Opens the app and waits until the workspace is open (the simulated date is shown). */
export async function openApp(page: Page, path = '/') {
  await page.goto(`./#${path}`)
  // The very first start seeds the built-in company (a few seconds on a loaded 2-core machine).
  await expect(page.getByTestId('sim-date')).not.toHaveText('—', { timeout: 20_000 })
}

/** A link of the main navigation (the home page repeats the same names in its area cards). */
export function nav(page: Page, name: string) {
  return page.getByRole('navigation').first().getByRole('link', { name })
}

/** The WCAG levels axe checks on every page. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Axe violations of the page, as "rule: targets" lines (empty when none). Waits first until no animation
 * runs: a dialog or menu caught mid-fade has transient contrast that no learner sees.
 */
export async function axe(page: Page, options: { exclude?: string[] } = {}): Promise<string[]> {
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0)
  let builder = new AxeBuilder({ page }).withTags(WCAG)
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
  const results = await builder.analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
}

/** Presses Tab until `target` has the focus, as a keyboard-only learner would. */
export async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('never reached the element with Tab')
}

/**
 * Opens a PrimeVue select with the keyboard (Tab to it, Enter) and waits for its list. On a loaded
 * machine the page may still re-render under the focus when Enter is pressed, and the key is lost; the
 * learner would press it again, and so does this helper, never on a list already open.
 */
export async function openSelect(page: Page, combobox: Locator) {
  await expect(async () => {
    await tabTo(page, combobox)
    if ((await combobox.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter')
    await expect(page.getByRole('listbox')).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
}
