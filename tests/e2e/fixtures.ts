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
 * Waits until no animation with an end runs: a dialog that has finished opening has moved the focus
 * inside itself, and a fading dialog, menu or toast no longer shows a transient contrast. Animations that
 * never end (a spinner, an indeterminate progress bar) are not waited for.
 */
export async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => document.getAnimations()
    .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity).length)).toBe(0)
}

/**
 * Axe violations of the page, as "rule: targets" lines (empty when none). Waits first until no animation
 * runs (`settled`): a dialog or menu caught mid-fade has transient contrast that no learner sees.
 * `include` limits the scan to one part of the page; `exclude` leaves parts out (say why at the call).
 */
export async function axe(page: Page, options: { include?: string; exclude?: string[] } = {}): Promise<string[]> {
  await settled(page)
  let builder = new AxeBuilder({ page }).withTags(WCAG)
  if (options.include) builder = builder.include(options.include)
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

/**
 * Chooses an option of a PrimeVue select with the keyboard, as a learner does: the list opened
 * (`openSelect`); in a list with a search box, `text` typed there and the first result taken (↓, Enter);
 * in a list without one, the first letters of the option typed (type-ahead) and Enter. Each step is
 * checked before the next. Under load a key can be lost, and the list can close by itself when the page
 * scrolls or re-renders under it: the learner would then do the step again, and so does this helper,
 * until the option is shown in the select. Ends with the list closed and the focus on the select.
 */
export async function choose(page: Page, combobox: Locator, text: string) {
  const list = page.getByRole('listbox')
  const focused = list.locator('[data-p-focused="true"]')
  const search = page.locator('.p-select-overlay').getByRole('searchbox')
  const startsWith = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i')
  // The test keyboard has no key for an accented letter (it inserts it as text, which lands in some
  // other field) nor may a space be typed (it chooses): the type-ahead gets the letters before them, and
  // the option it reaches must still start with the whole `text`.
  const typeAhead = /^[!-~]*/.exec(text)![0]
  const expanded = async () => (await combobox.getAttribute('aria-expanded')) === 'true'
  let chosen = ''
  await expect(async () => {
    // Done when the option taken is shown in the closed select (a check after Enter that came too early).
    if (chosen && !(await expanded()) && ((await combobox.textContent()) ?? '').includes(chosen)) return
    if (!(await expanded())) await openSelect(page, combobox)
    if (await search.count()) {
      // The focus is put in the search box, as Tab (or the first letter typed) would.
      if ((await search.inputValue({ timeout: 2_000 })) !== text) {
        await search.focus()
        await page.keyboard.press('ControlOrMeta+a')
        await page.keyboard.type(text)
      }
      await expect(search).toHaveValue(text, { timeout: 2_000 })
      // The list is filtered before ↓ takes its first result.
      await expect(list.getByRole('option').first()).toContainText(text, { ignoreCase: true, timeout: 2_000 })
      if ((await focused.count()) === 0) await page.keyboard.press('ArrowDown')
      await expect(focused).toHaveCount(1, { timeout: 2_000 })
    } else {
      // Letters typed within half a second of each other find the first option starting with them; on a
      // loaded machine they may come further apart, and are typed again (the half-second is over by then).
      expect(typeAhead, `a first letter of "${text}" on the keyboard`).not.toBe('')
      if (!startsWith.test((await focused.allTextContents())[0] ?? '')) await page.keyboard.type(typeAhead)
      await expect(focused).toHaveText(startsWith, { timeout: 2_000 })
    }
    chosen = ((await focused.allTextContents())[0] ?? '').trim()
    expect(chosen).not.toBe('')
    await page.keyboard.press('Enter')
    await expect(list).toBeHidden({ timeout: 2_000 })
    await expect(combobox).toContainText(chosen, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(list).toBeHidden()
  await expect(combobox).toBeFocused()
}
