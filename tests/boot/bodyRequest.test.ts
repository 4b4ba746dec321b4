import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BodyProgress } from '@/boot/bodyRequest'
import {
  bodyProgress,
  onBodyProgress,
  readWithProgress,
  requestBody,
  resetBodyRequest,
} from '@/boot/bodyRequest'

/** A response whose body arrives in the given chunks (a real stream, read as the browser would). */
function streamed(chunks: number[][], headers: Record<string, string> = {}, status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new Uint8Array(c))
      controller.close()
    },
  })
  return new Response(body, { status, headers })
}

describe('readWithProgress', () => {
  it('joins the chunks in order and reports each step against the Content-Length', async () => {
    const steps: BodyProgress[] = []
    const buffer = await readWithProgress(
      streamed([[1, 2, 3], [4], [5, 6]], { 'content-length': '6' }),
      (p) => steps.push(p),
    )
    expect([...new Uint8Array(buffer)]).toEqual([1, 2, 3, 4, 5, 6])
    expect(steps.map((s) => s.loaded)).toEqual([3, 4, 6, 6])
    expect(steps.every((s) => s.total === 6)).toBe(true)
    expect(steps.map((s) => s.done)).toEqual([false, false, false, true])
  })

  it('does not trust the length of a compressed response (it counts other bytes)', async () => {
    const steps: BodyProgress[] = []
    await readWithProgress(streamed([[1, 2]], { 'content-length': '1', 'content-encoding': 'gzip' }), (p) =>
      steps.push(p),
    )
    expect(steps.at(-1)).toEqual({ loaded: 2, total: null, done: true })
  })

  it('reads a body that cannot be streamed in one go', async () => {
    const res = new Response(new Uint8Array([9, 8, 7]))
    Object.defineProperty(res, 'body', { value: null })
    const steps: BodyProgress[] = []
    const buffer = await readWithProgress(res, (p) => steps.push(p))
    expect([...new Uint8Array(buffer)]).toEqual([9, 8, 7])
    expect(steps).toEqual([{ loaded: 3, total: null, done: true }])
  })
})

describe('requestBody', () => {
  afterEach(() => resetBodyRequest())

  it('asks once per page and tells listeners how far it has got', async () => {
    const fetchFn = vi.fn(() => Promise.resolve(streamed([[1], [2, 3]], { 'content-length': '3' })))
    const seen: BodyProgress[] = []
    onBodyProgress(() => seen.push(bodyProgress()))
    const a = requestBody('/body.glb', fetchFn)
    const b = requestBody('/body.glb', fetchFn)
    expect(a).toBe(b)
    expect(new Uint8Array(await a)).toEqual(new Uint8Array([1, 2, 3]))
    expect(fetchFn).toHaveBeenCalledTimes(1)
    expect(seen.map((p) => p.loaded)).toEqual([1, 3, 3])
    expect(bodyProgress()).toEqual({ loaded: 3, total: 3, done: true })
  })

  it('fails with a plain message on a refused request, and the indicator stops', async () => {
    const fetchFn = vi.fn(() => Promise.resolve(streamed([], {}, 404)))
    await expect(requestBody('/body.glb', fetchFn)).rejects.toThrow(/could not be loaded \(404\)/)
    expect(bodyProgress().done).toBe(true)
  })

  it('passes on a network failure, and the indicator stops', async () => {
    const fetchFn = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(requestBody('/body.glb', fetchFn)).rejects.toThrow('Failed to fetch')
    expect(bodyProgress().done).toBe(true)
  })
})
