import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Drawing } from '@/data/drawingFile'
import { askToKeepDrawings, clearWebStorage, createDrawingStore } from '@/data/drawingStore'

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

  it('a database left at a newer version by a later build is named with its count; clear still deletes it', async () => {
    const name = `test-drawings-${n++}`
    const later = await openDB(name, 3, {
      upgrade(db) {
        const store = db.createObjectStore('drawings', { keyPath: 'id' })
        store.add({ id: 'a', drawing: { shape: 'from the future' } })
        store.add({ id: 'b', drawing: { shape: 'from the future' } })
      },
    })
    later.close()
    const store = createDrawingStore(name)
    stores.push(store)
    expect(await store.read()).toEqual({ kind: 'newer', count: 2 })
    await expect(store.list()).rejects.toThrow()
    await store.clear()
    expect(await store.read()).toEqual({ kind: 'ok', drawings: [], unreadable: 0 })
  })

  it('counts a record it cannot read instead of skipping it silently', async () => {
    const store = fresh()
    const ok = await store.save(drawing('2026-11-01T09:00:00.000Z'))
    await store.close()
    const db = await openDB(`test-drawings-${n - 1}`, 1)
    await db.put('drawings', { id: 'broken', savedAt: 'x', drawing: { version: 9 } })
    db.close()
    expect(await store.read()).toEqual({ kind: 'ok', drawings: [ok], unreadable: 1 })
  })

  it('refuses an empty drawing', async () => {
    const store = fresh()
    const empty = { version: 1 as const, createdAt: '2026-11-01T09:00:00.000Z', marks: {} }
    await expect(store.save(empty)).rejects.toThrow()
    const none = { ...empty, marks: { 'temple.L': { intensity: 1 as const, coverage: 0 } } }
    await expect(store.save(none)).rejects.toThrow()
    expect(await store.list()).toEqual([])
  })

  it('finds the same drawing already saved (a re-import), not one that differs', async () => {
    const store = fresh()
    const a = await store.save(drawing('2026-11-01T09:00:00.000Z', 'Monday'))
    expect(await store.findSame(drawing('2026-11-01T09:00:00.000Z', 'Monday'))).toEqual(a)
    expect(await store.findSame(drawing('2026-11-01T09:00:00.000Z', 'Tuesday'))).toBeNull()
    expect(await store.findSame(drawing('2026-11-02T09:00:00.000Z', 'Monday'))).toBeNull()
  })

  it('remove rejects when the deletion does not happen, and the drawing stays', async () => {
    const store = fresh()
    const a = await store.save(drawing('2026-11-01T09:00:00.000Z'))
    const spy = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('The disk said no.', 'UnknownError')
    })
    await expect(store.remove(a.id)).rejects.toThrow()
    spy.mockRestore()
    expect(await store.list()).toEqual([a])
  })

  it('asks the browser to keep saved drawings only when they are not kept yet, and says its answer', async () => {
    const persist = vi.fn(() => Promise.resolve(true))
    expect(await askToKeepDrawings({ persisted: () => Promise.resolve(false), persist })).toBe('kept')
    expect(persist).toHaveBeenCalledTimes(1)
    expect(await askToKeepDrawings({ persisted: () => Promise.resolve(true), persist })).toBe('kept')
    expect(persist).toHaveBeenCalledTimes(1)
    const refuse = { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) }
    expect(await askToKeepDrawings(refuse)).toBe('mayClear')
    expect(await askToKeepDrawings(undefined)).toBe('unknown')
    const broken = { persisted: () => Promise.reject(new Error('no')), persist }
    expect(await askToKeepDrawings(broken)).toBe('unknown')
  })
})
