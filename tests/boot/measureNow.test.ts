import { afterEach, describe, expect, it, vi } from 'vitest'
import { MeasureNowObserver } from '@/boot/measureNow'

describe('MeasureNowObserver', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reports once at once when it starts observing, then leaves later changes to the real observer', () => {
    const real = { observe: vi.fn(), unobserve: vi.fn(), disconnect: vi.fn() }
    vi.stubGlobal(
      'ResizeObserver',
      vi.fn(function (this: unknown) {
        return real
      }),
    )
    const callback = vi.fn()
    const observer = new MeasureNowObserver(callback)
    const el = {} as Element
    expect(callback).not.toHaveBeenCalled()
    observer.observe(el)
    expect(callback).toHaveBeenCalledTimes(1)
    expect(callback).toHaveBeenCalledWith([], observer)
    expect(real.observe).toHaveBeenCalledWith(el, undefined)
    observer.unobserve(el)
    observer.disconnect()
    expect(real.unobserve).toHaveBeenCalledWith(el)
    expect(real.disconnect).toHaveBeenCalledTimes(1)
    expect(callback).toHaveBeenCalledTimes(1)
  })
})
