/**
 * A made-up second language for tests: English wrapped in ⟦…⟧ so any word not taken from the catalogue shows,
 * with Polish plural rules for the muscle count. Typed `Messages` like a real language file: tsc refuses it when
 * a key is missing, extra or of another type.
 */
import { en } from '@/i18n/en'
import { formatters } from '@/i18n/format'
import type { Messages } from '@/i18n/messages'

type Wrapped<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Wrapped<R>
    : { [K in keyof T]: Wrapped<T[K]> }

function wrap<T>(value: T): Wrapped<T> {
  if (typeof value === 'string') return `⟦${value}⟧` as Wrapped<T>
  if (typeof value === 'function')
    return ((...args: unknown[]) => wrap((value as (...a: unknown[]) => unknown)(...args))) as Wrapped<T>
  if (Array.isArray(value)) return value.map(wrap) as unknown as Wrapped<T>
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, wrap(v)])) as Wrapped<T>
}

const pl = formatters('pl')
const wrapped = wrap(en)

export const xx: Messages = {
  ...wrapped,
  lang: 'xx',
  list: pl.list,
  ui: {
    ...wrapped.ui,
    list: {
      ...wrapped.ui.list,
      count: (n: number) =>
        pl.plural(n, { one: '# mięsień', few: '# mięśnie', many: '# mięśni', other: '# mięśnia' }),
    },
  },
}
