import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Drawing } from '@/data/drawingFile'
import { clearWebStorage, createDrawingStore } from '@/data/drawingStore'

let n = 0
const stores: ReturnType<typeof createDrawingStore>[] = []
const fresh = () => {
  const s = createDrawingStore(`test-drawings-${n++}`)
  stores.push(s)
  return s
}
afterEach(async () => {
  await Promise.all(stores.map((s) => s.close()))
})

const drawing = (createdAt: string, label?: string): Drawing => ({
  version: 1,
  createdAt,
  ...(label ? { label } : {}),
  marks: { 'temple.L': { intensity: 2, coverage: 0.4 } },
  paint: { model: '3-00000000', vertices: 3, runs: [0, 1, 2, 2] },
})

describe('drawing store (IndexedDB)', () => {
  it('saves, lists newest first, reopens and deletes', async () => {
    const store = fresh()
    const a = await store.save(drawing('2026-10-01T09:00:00.000Z', 'First visit'), {
      front: 'data:image/png;base64,AA',
    })
    const b = await store.save(drawing('2026-11-01T09:00:00.000Z'))
    expect(a.id).not.toBe(b.id)
    const list = await store.list()
    expect(list.map((r) => r.id)).toEqual([b.id, a.id])
    expect(list[1]).toEqual(a)
    expect(list[1]?.thumbnails.front).toBe('data:image/png;base64,AA')
    expect(await store.get(a.id)).toEqual(a)
    await store.remove(a.id)
    expect((await store.list()).map((r) => r.id)).toEqual([b.id])
    expect(await store.get(a.id)).toBeNull()
  })

  it('keeps data across a new connection (a reload) and saves a copy, not a reference', async () => {
    const name = `test-drawings-${n++}`
    const first = createDrawingStore(name)
    const d = drawing('2026-11-02T10:00:00.000Z', 'Reload')
    const saved = await first.save(d)
    d.marks['temple.L'] = { intensity: 1, coverage: 1 }
    await first.close()
    const second = createDrawingStore(name)
    stores.push(second)
    expect(await second.get(saved.id)).toEqual({
      ...saved,
      drawing: drawing('2026-11-02T10:00:00.000Z', 'Reload'),
    })
  })

  it('refuses to save an invalid drawing and leaves the saved ones alone', async () => {
    const store = fresh()
    const ok = await store.save(drawing('2026-11-01T09:00:00.000Z'))
    const bad = { ...drawing('2026-11-01T09:00:00.000Z'), marks: { x: { intensity: 5, coverage: 2 } } }
    await expect(store.save(bad as unknown as Drawing)).rejects.toThrow()
    expect((await store.list()).map((r) => r.id)).toEqual([ok.id])
  })

  it('clear forgets every drawing', async () => {
    const store = fresh()
    await store.save(drawing('2026-11-01T09:00:00.000Z'))
    await store.save(drawing('2026-11-03T09:00:00.000Z'))
    await store.clear()
    expect(await store.list()).toEqual([])
  })

  it('clearWebStorage empties the given storages and survives one that throws', () => {
    const data = new Map([['x', '1']])
    const fake = { clear: () => data.clear() } as unknown as Storage
    const broken = {
      clear: () => {
        throw new Error('denied')
      },
    } as unknown as Storage
    clearWebStorage([broken, fake, undefined])
    expect(data.size).toBe(0)
  })
})
