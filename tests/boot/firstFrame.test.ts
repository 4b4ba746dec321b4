import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FirstFrameModule from '@/boot/firstFrame'

type FirstFrame = typeof FirstFrameModule

describe('first-frame announcement', () => {
  let mod: FirstFrame
  let target: EventTarget
  beforeEach(async () => {
    vi.resetModules()
    vi.useFakeTimers()
    mod = await import('@/boot/firstFrame')
    target = new EventTarget()
  })

  it('tells listeners once, after the frame (not during it)', () => {
    const heard = vi.fn()
    mod.onFirstFrame(heard, target)
    mod.announceFirstFrame(target)
    expect(heard).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(heard).toHaveBeenCalledTimes(1)
    mod.announceFirstFrame(target)
    vi.runAllTimers()
    expect(heard).toHaveBeenCalledTimes(1)
  })

  it('runs a late listener at once, and an unsubscribed one never', () => {
    const gone = vi.fn()
    const off = mod.onFirstFrame(gone, target)
    off()
    mod.announceFirstFrame(target)
    vi.runAllTimers()
    expect(gone).not.toHaveBeenCalled()
    const late = vi.fn()
    mod.onFirstFrame(late, target)
    expect(late).toHaveBeenCalledTimes(1)
  })
  it('a listener that arrives during the frame still waits for the frame to be out', () => {
    mod.announceFirstFrame(target)
    const between = vi.fn()
    mod.onFirstFrame(between, target)
    expect(between).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(between).toHaveBeenCalledTimes(1)
  })
})
