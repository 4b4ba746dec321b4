/**
 * Counts and lists in a language's own grammar, with the browser's rules (Intl.PluralRules, Intl.ListFormat):
 * no i18n library. Each catalogue (en.ts, …) makes its formatters for its locale. Plain module: no React.
 */

/** A count's wordings by plural category ("one", "few", "many", "other"…); `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

export interface Formatters {
  /** The BCP 47 locale the rules follow ("en-GB"). */
  readonly locale: string
  /** "1 muscle" / "3 muscles": the form for `n`'s plural category (else `other`), `#` replaced by `n`. */
  plural(n: number, forms: PluralForms): string
  /** A list in running text: "temple, jaw and behind the eye" ('' for none). */
  list(items: readonly string[]): string
  /**
   * Values quoted as they came (a link's unknown ids, a file's unknown areas), at most `max` then an ellipsis:
   * "a, b, c, …" ('' for none).
   */
  values(items: readonly string[], max?: number): string
}

export function formatters(locale: string): Formatters {
  const rules = new Intl.PluralRules(locale)
  const and = new Intl.ListFormat(locale, { type: 'conjunction' })
  const units = new Intl.ListFormat(locale, { type: 'unit', style: 'short' })
  return {
    locale,
    plural: (n, forms) => (forms[rules.select(n)] ?? forms.other).replaceAll('#', String(n)),
    list: (items) => and.format(items),
    values: (items, max = 3) => units.format(items.length > max ? [...items.slice(0, max), '…'] : items),
  }
}
