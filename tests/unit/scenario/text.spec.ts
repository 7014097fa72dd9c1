import { describe, expect, it } from 'vitest'
import { containsWords, mentions, normalizeText, numbersIn, readNumber } from '@/scenario/text'

const mention = (text: string, fact: string) => mentions(text, normalizeText(text), numbersIn(text), fact)

describe('text matching of required facts', () => {
  it('ignores case, accents, ligatures and the kind of space, apostrophe or dash', () => {
    expect(normalizeText('  Échéance  DU\u00a0Relevé ')).toBe('echeance du releve')
    expect(normalizeText('L’œuvre — «\u202fici\u202f»')).toBe("l'oeuvre - \" ici \"")
  })

  it('finds words as whole words only', () => {
    expect(containsWords('le rgpd, art. 7', 'rgpd')).toBe(true)
    expect(containsWords('une facturation', 'facture')).toBe(false)
    expect(containsWords('a 130 jours', '30 jours')).toBe(false)
    expect(containsWords('a 30 jours', '30 jours')).toBe(true)
  })

  it('reads numbers in French and English formats', () => {
    expect(readNumber('1 234,56')).toEqual(['1234.56'])
    expect(readNumber('1\u202f234,56')).toEqual(['1234.56'])
    expect(readNumber('1.234,56')).toEqual(['1234.56'])
    expect(readNumber('1,234.56')).toEqual(['1234.56'])
    expect(readNumber('1234,50')).toEqual(['1234.5'])
    expect(readNumber('1,234').sort()).toEqual(['1.234', '1234'])
    expect(readNumber('12 34')).toEqual([])
  })

  it('matches a numeric fact by value, whatever its format in the text', () => {
    expect(mention('Montant dû : 1 234,56 € TTC', '1234,56')).toBe(true)
    expect(mention('Amount due: EUR 1,234.56', '1 234,56 €')).toBe(true)
    expect(mention('Montant : 1234,56', '1 234,56')).toBe(true)
    expect(mention('Montant : 1 234,65 €', '1 234,56')).toBe(false)
    expect(mention('Remise de 10\u00a0%', '10 %')).toBe(true)
    expect(mention('Remise de 110 %', '10 %')).toBe(false)
    expect(mention('Article CP1', '1')).toBe(false)
  })

  it('matches a text fact case- and accent-insensitively', () => {
    expect(mention('Votre ÉCHÉANCE est fixée', 'echeance')).toBe(true)
    expect(mention('payable à 45 jours fin de mois', '45 jours fin de mois')).toBe(true)
    expect(mention('payable à 45 jours', '45 jours fin de mois')).toBe(false)
    expect(mention('Facture FA-2026-0012', 'fa-2026-0012')).toBe(true)
  })
})
