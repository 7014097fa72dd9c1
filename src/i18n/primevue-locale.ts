import type { i18n } from 'i18next'

/**
 * PrimeVue's own texts (aria labels of tables, dialogs, paginators…) taken from our locale files so a
 * screen reader hears them in the learner's language.
 */
export function primeVueLocale(i18next: i18n) {
  const pv = (key: string) => i18next.t(`primevue.${key}`)
  return {
    accept: pv('accept'),
    reject: pv('reject'),
    emptyMessage: pv('emptyMessage'),
    emptySearchMessage: pv('emptyMessage'),
    aria: {
      close: pv('close'),
      sortAscending: pv('sortAscending'),
      sortDescending: pv('sortDescending'),
      firstPageLabel: pv('firstPage'),
      lastPageLabel: pv('lastPage'),
      nextPageLabel: pv('nextPage'),
      prevPageLabel: pv('previousPage'),
      pageLabel: pv('page'),
      rowsPerPageLabel: pv('rowsPerPage'),
      navigation: pv('navigation'),
    },
  }
}
