import { test as base, expect, type Page } from '@playwright/test'

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
