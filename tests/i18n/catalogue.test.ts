import { describe, expect, it } from 'vitest'
import { catalogues, pickLanguage, strings } from '@/i18n'
import { en } from '@/i18n/en'
import { formatters } from '@/i18n/format'
import type { Messages } from '@/i18n/messages'
import { xx } from './xx.fixture'

describe('English counts and lists', () => {
  it('a count takes the singular for one and the plural otherwise (Intl.PluralRules)', () => {
    expect(en.ui.list.count(1)).toBe('1 muscle')
    expect(en.ui.list.count(3)).toBe('3 muscles')
    expect(en.ui.list.count(0)).toBe('0 muscles')
    expect(en.painDrawing.unreadable(1)).toBe(
      '1 drawing on this device could not be read. “Forget everything on this device” deletes it too.',
    )
    expect(en.painDrawing.unreadable(2)).toBe(
      '2 drawings on this device could not be read. “Forget everything on this device” deletes them too.',
    )
  })

  it('a list reads "a, b and c" (Intl.ListFormat, British: no comma before "and")', () => {
    expect(en.list([])).toBe('')
    expect(en.list(['temple'])).toBe('temple')
    expect(en.list(['temple', 'jaw'])).toBe('temple and jaw')
    expect(en.list(['temple', 'jaw', 'behind the eye'])).toBe('temple, jaw and behind the eye')
  })

  it('quoted values stop after three', () => {
    expect(en.linkProblem(['a', 'b'])).toBe(
      'Part of this link could not be used (a, b). The rest of the view is open.',
    )
    expect(en.linkProblem(['a', 'b', 'c', 'd'])).toContain('(a, b, c, …)')
  })

  it('a plural form may leave the number out; "#" is replaced wherever it stands', () => {
    const f = formatters('en')
    expect(f.plural(1, { one: 'it', other: 'them' })).toBe('it')
    expect(f.plural(2, { one: 'it', other: '# of # them' })).toBe('2 of 2 them')
  })
})

describe('a second language', () => {
  it('follows its own plural rules (Polish: one, few, many)', () => {
    expect([1, 2, 5, 22].map(xx.ui.list.count)).toEqual(['1 mięsień', '2 mięśnie', '5 mięśni', '22 mięśnie'])
    expect(xx.list(['a', 'b', 'c'])).toBe('a, b i c')
  })

  it('has every message of English (checked by tsc; here at run time too)', () => {
    const keys = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${at}${k}.`) : [`${at}${k}`],
      )
    expect(keys(xx)).toEqual(keys(en))
    expect(xx.ui.search.count(2)).toBe('⟦2 results⟧')
  })

  it('is refused by tsc when a message is missing, extra or of another type', () => {
    const { appTitle: _missing, ...withoutTitle } = en
    // @ts-expect-error a language without appTitle is not a catalogue
    const missing: Messages = withoutTitle
    // @ts-expect-error nor is one with a message English does not have
    const extra: Messages = { ...en, greeting: 'Hi' }
    // @ts-expect-error nor one whose message takes other parameters
    const retyped: Messages = { ...en, ui: { ...en.ui, list: { ...en.ui.list, count: (n: string) => n } } }
    expect([missing, extra, retyped].every(Boolean)).toBe(true)
  })

  it('is picked by the runtime from the reader’s languages: a registry line is all it takes', () => {
    const registry: Record<string, Messages> = { ...catalogues, xx }
    const available = Object.keys(registry)
    expect(pickLanguage(['xx-YY', 'en'], available)).toBe('xx')
    expect(registry[pickLanguage(['xx-YY', 'en'], available)]!.ui.list.count(5)).toBe('5 mięśni')
    expect(pickLanguage(['fr-FR', 'en-GB'], available)).toBe('en')
    expect(pickLanguage(['fr'], available)).toBe('en')
    expect(pickLanguage([], available)).toBe('en')
  })

  it('the app runs in English here (the only language registered)', () => {
    expect(Object.keys(catalogues)).toEqual(['en'])
    expect(strings).toBe(en)
  })
})
