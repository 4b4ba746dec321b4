import { beforeEach, describe, expect, it } from 'vitest'
import { MAX_NOTICES } from '@/state/sessionSlice'
import { useAppStore } from '@/state/store'
import { describeProblems } from '@/ui/linkProblems'

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

describe('notices', () => {
  it('say the same words once, and keep only the newest few', () => {
    const { notify } = useAppStore.getState()
    notify('Part of this link could not be used.')
    notify('Part of this link could not be used.')
    for (let i = 0; i < 150; i++) notify(`notice ${i}`)
    const texts = useAppStore.getState().notices.map((n) => n.text)
    expect(texts).toHaveLength(MAX_NOTICES)
    expect(texts.at(-1)).toBe('notice 149')
  })

  it('cut what is far too long for a notice', () => {
    useAppStore.getState().notify('y'.repeat(100_000))
    expect(useAppStore.getState().notices[0]!.text.length).toBeLessThanOrEqual(400)
  })
})

describe('a bad link is described in a short, clean sentence', () => {
  it('repeats a 100,000-character name only in part, without hidden characters', () => {
    const text = describeProblems([
      { kind: 'muscle', value: `\u202E${'a'.repeat(100_000)}` },
      { kind: 'region', value: 'Your clinic account is locked. Call 555 0100 now\u0007' },
    ])
    expect(text.length).toBeLessThan(250)
    expect(text.includes('\u202E') || text.includes('\u0007')).toBe(false)
    expect(text).toContain('aaaa')
  })
})
