/**
 * The app's words: the catalogue of the reader's language (navigator.languages), English when none matches.
 * Adding a language = a new file like en.ts typed `Messages`, plus one line in `catalogues` below.
 * The domain, data and state layers never import this: they return codes and facts, and the views phrase them.
 */
import { en } from './en'
import type { Messages } from './messages'

export type { Messages }

/** Every language the app speaks, by BCP 47 language tag. */
export const catalogues: Readonly<Record<string, Messages>> = { en }

/**
 * The first of the reader's languages that has a catalogue: an exact tag ("pt-BR") or its language ("pt"),
 * else `fallback`.
 */
export function pickLanguage(
  preferred: readonly string[],
  available: readonly string[],
  fallback = 'en',
): string {
  for (const tag of preferred) {
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase())
    if (exact) return exact
    const base = tag.split('-')[0]?.toLowerCase()
    const near = available.find((a) => a.toLowerCase() === base)
    if (near) return near
  }
  return fallback
}

const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])

/** The messages in the reader's language. */
export const strings: Messages = catalogues[pickLanguage(preferred, Object.keys(catalogues))] ?? en
