// @vitest-environment jsdom
/**
 * Hostile links, opened as the app opens a link (urlSync): none may crash the app, leave it in a view it cannot
 * show, or put more than a few short, clean notices on screen. Prints the figures (tried / refused / lost).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KnownIds } from '@/state/url'
import { decodeView, encodeView } from '@/state/url'
import { useAppStore } from '@/state/store'
import { startUrlSync } from '@/state/urlSync'
import { describeProblems } from '@/ui/linkProblems'
import { tinyDataset } from '../ui/fixture'

const known: KnownIds = {
  muscles: new Set(tinyDataset.musclesById.keys()),
  regions: new Set(tinyDataset.regionsById.keys()),
  conditions: new Set(tinyDataset.conditionsById.keys()),
  tours: tinyDataset.toursById,
}

/** 480 hostile hashes: long, hidden characters, broken encodings, repeated and conflicting parts, markup. */
function hostileLinks(): string[] {
  let seed = 7
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const keys = [
    'm',
    'side',
    'cmp',
    'pain',
    'c',
    'layers',
    'xray',
    'view',
    'focus',
    'tab',
    'tour',
    'step',
    'zz',
  ]
  const values = [
    () => 'a'.repeat(1 + Math.floor(rand() * 100_000)),
    () => '\u202Eevil\u202C\u2066x\u2069',
    () => '%E0%A4%A',
    () => '%00%01%1B[31m',
    () => '<img src=x onerror=alert(1)>',
    () => 'Your clinic account is locked. Call 555 0100',
    () => '😀'.repeat(50),
    () => 'upper-trapezius,'.repeat(500),
    () => 'temple.L,'.repeat(1000),
    () => '-1',
    () => '1e309',
    () => '__proto__',
    () => 'constructor',
    () => 'g1g1g1',
    () => '',
  ]
  const links: string[] = []
  for (let i = 0; i < 480; i++) {
    const parts: string[] = []
    const n = 1 + Math.floor(rand() * 6)
    for (let j = 0; j < n; j++) parts.push(`${pick(keys)}=${pick(values)()}`)
    links.push(`#${i % 11 === 0 ? parts.join('&').replace(/=/g, '==') : parts.join('&')}`)
  }
  return links
}

let stop: () => void = () => {}
beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  window.sessionStorage.clear()
})
afterEach(() => stop())

describe('hostile links (fuzz)', () => {
  it('never crash, end in a view that round-trips, and say what they could not use in a few short notices', () => {
    const links = hostileLinks()
    let refused = 0
    let lost = 0
    let longest = 0
    for (const hash of links) {
      stop()
      useAppStore.setState(useAppStore.getInitialState(), true)
      window.history.replaceState(null, '', `/${hash}`)
      try {
        stop = startUrlSync(known, describeProblems)
      } catch {
        lost++
        continue
      }
      const { notices } = useAppStore.getState()
      if (notices.length) refused++
      expect(notices.length).toBeLessThanOrEqual(3)
      for (const n of notices) {
        longest = Math.max(longest, n.text.length)
        const hidden = [...n.text].filter((c) => {
          const code = c.codePointAt(0)!
          return code < 0x20 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
        })
        expect(hidden).toEqual([])
      }
      // The address now holds what the app shows, and that opens the same view again.
      const view = decodeView(window.location.hash, known).view
      expect(encodeView(view)).toBe(window.location.hash)
    }
    console.log(
      `link fuzz: ${links.length} tried, ${refused} answered with a notice, ${lost} lost (crashed); longest notice ${longest} characters`,
    )
    expect(lost).toBe(0)
    expect(refused).toBeGreaterThan(400)
    expect(longest).toBeLessThan(250)
  })
})
