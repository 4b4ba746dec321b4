/**
 * Pain drawings kept on this device only (IndexedDB through the small `idb` wrapper): save with the date and an
 * optional label, list newest first, reopen, delete, and forget everything. Nothing here talks to a server.
 * Records read back are checked against the drawing schema; a damaged record is never shown half, and `read`
 * counts it. A write resolves only once its transaction has committed, so a failure is never reported as done.
 * A database left at a newer version by a later build is reported as such, with how many drawings it holds.
 * No React, three or zustand.
 */
import type { DBSchema, IDBPDatabase } from 'idb'
import { deleteDB, openDB } from 'idb'
import { z } from 'zod'
import type { Drawing } from './drawingFile'
import { drawingSchema, isEmptyDrawing, sameDrawing, withoutRetiredRegions } from './drawingFile'

/** Small pictures of the drawing taken when it was saved (data: URLs), for side-by-side comparison. */
export interface DrawingThumbnails {
  front?: string
  back?: string
}

/** One saved drawing. */
export interface SavedDrawing {
  id: string
  /** When it was saved (ISO 8601). The drawing's own `createdAt` is when it was drawn. */
  savedAt: string
  drawing: Drawing
  thumbnails: DrawingThumbnails
}

interface DrawingDb extends DBSchema {
  drawings: { key: string; value: SavedDrawing; indexes: { byCreated: string } }
}

/**
 * What the shelf can show: the readable drawings (newest first) and how many records could not be read; or a
 * database written by a newer version of the map (`count` drawings, null when it cannot tell); or no storage.
 */
export type ShelfContents =
  | { kind: 'ok'; drawings: SavedDrawing[]; unreadable: number }
  | { kind: 'newer'; count: number | null }
  | { kind: 'unavailable' }

export const DRAWING_DB_NAME = 'trigger-point-body-map'
const DB_VERSION = 1
/** Forget gives up (and says so) when other tabs keep the database open longer than this. */
const DELETE_WAIT_MS = 10_000

const thumbnail = z
  .string()
  .max(2_000_000)
  .refine((s) => s.startsWith('data:image/'))
const savedSchema = z.object({
  id: z.string().min(1),
  savedAt: z.string(),
  // saved before a region was split: read with the marks on the regions that replace it
  drawing: drawingSchema.transform((d) => ({ ...d, marks: withoutRetiredRegions(d.marks) })),
  thumbnails: z.object({ front: thumbnail.optional(), back: thumbnail.optional() }).catch({}),
})

const isVersionError = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'VersionError'

const newest = (a: SavedDrawing, b: SavedDrawing) =>
  b.drawing.createdAt.localeCompare(a.drawing.createdAt) || b.savedAt.localeCompare(a.savedAt)

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** A store of drawings in the IndexedDB database `name` (tests use their own names). */
export function createDrawingStore(name = DRAWING_DB_NAME) {
  let db: Promise<IDBPDatabase<DrawingDb>> | null = null
  const open = () =>
    (db ??= openDB<DrawingDb>(name, DB_VERSION, {
      upgrade(database) {
        const store = database.createObjectStore('drawings', { keyPath: 'id' })
        store.createIndex('byCreated', 'drawing.createdAt')
      },
      // Another tab wants to delete or upgrade the database: let it.
      blocking() {
        void close()
      },
    }).catch((e: unknown) => {
      db = null
      throw e
    }))

  async function close() {
    const current = db
    db = null
    if (current) (await current.catch(() => null))?.close()
  }

  /** How many drawings a database at a newer version holds (opened at its own version, only read). */
  async function countNewer(): Promise<number | null> {
    try {
      const newer = await openDB(name)
      try {
        return newer.objectStoreNames.contains('drawings') ? await newer.count('drawings') : null
      } finally {
        newer.close()
      }
    } catch {
      return null
    }
  }

  async function read(): Promise<ShelfContents> {
    let all: unknown[]
    try {
      all = await (await open()).getAll('drawings')
    } catch (e) {
      return isVersionError(e) ? { kind: 'newer', count: await countNewer() } : { kind: 'unavailable' }
    }
    const drawings = all.flatMap((r) => {
      const ok = savedSchema.safeParse(r)
      return ok.success ? [ok.data as SavedDrawing] : []
    })
    return { kind: 'ok', drawings: drawings.sort(newest), unreadable: all.length - drawings.length }
  }

  async function list(): Promise<SavedDrawing[]> {
    const contents = await read()
    if (contents.kind !== 'ok') throw new Error(`Saved drawings cannot be read (${contents.kind}).`)
    return contents.drawings
  }

  return {
    /**
     * Saves a new drawing (a copy: later changes to the objects passed do not reach the saved one). Refuses an
     * invalid or empty drawing. Resolves once the drawing is really stored.
     */
    async save(drawing: Drawing, thumbnails: DrawingThumbnails = {}): Promise<SavedDrawing> {
      const parsed = drawingSchema.parse(drawing)
      if (isEmptyDrawing(parsed)) throw new Error('An empty drawing is not saved.')
      const record: SavedDrawing = {
        id: newId(),
        savedAt: new Date().toISOString(),
        drawing: structuredClone(parsed),
        thumbnails: { ...thumbnails },
      }
      const tx = (await open()).transaction('drawings', 'readwrite')
      await Promise.all([tx.store.put(record), tx.done])
      return record
    },

    /** What is saved, as the shelf shows it; never throws. */
    read,

    /** Every readable saved drawing, the most recently drawn first (throws when the storage cannot be read). */
    list,

    /** One saved drawing, or null when it is gone or unreadable. */
    async get(id: string): Promise<SavedDrawing | null> {
      const r = await (await open()).get('drawings', id)
      const ok = savedSchema.safeParse(r)
      return ok.success ? (ok.data as SavedDrawing) : null
    },

    /** The saved drawing equal to `drawing` (same date, name, marks and paint), if there is one. */
    async findSame(drawing: Drawing): Promise<SavedDrawing | null> {
      return (await list()).find((r) => sameDrawing(r.drawing, drawing)) ?? null
    },

    /** Deletes one drawing; resolves once the deletion has committed, rejects when it did not happen. */
    async remove(id: string): Promise<void> {
      const tx = (await open()).transaction('drawings', 'readwrite')
      await Promise.all([tx.store.delete(id), tx.done])
    },

    /**
     * Deletes every saved drawing with the database itself, whatever version wrote it. Rejects when the database
     * is still there (another tab keeps it open).
     */
    async clear(): Promise<void> {
      await close()
      let timer: ReturnType<typeof setTimeout> | undefined
      const waited = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Another tab keeps the drawings open.')), DELETE_WAIT_MS)
      })
      try {
        await Promise.race([deleteDB(name), waited])
      } finally {
        clearTimeout(timer)
      }
    },

    close,
  }
}

export type DrawingStore = ReturnType<typeof createDrawingStore>

/** The app's one drawing store. */
export const drawingStore = createDrawingStore()

/** Clears what the app keeps in web storage on this device (local and session storage of this origin). */
export function clearWebStorage(storages: (Storage | undefined)[] = defaultStorages()): void {
  for (const s of storages) {
    try {
      s?.clear()
    } catch {
      // storage may be unavailable (private mode); nothing to clear then
    }
  }
}

function defaultStorages(): (Storage | undefined)[] {
  const get = (k: 'localStorage' | 'sessionStorage') => {
    try {
      return globalThis[k]
    } catch {
      return undefined
    }
  }
  return [get('localStorage'), get('sessionStorage')]
}

/** The browser's answer when asked to keep what is saved even when space runs low. */
export type KeepAnswer = 'kept' | 'mayClear' | 'unknown'

/**
 * Asks the browser to keep this site's storage (persistent storage), so saved drawings are not cleared to make
 * room. Asks only when it is not already kept; never throws.
 */
export async function askToKeepDrawings(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<KeepAnswer> {
  if (typeof storage?.persist !== 'function') return 'unknown'
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'kept'
    return (await storage.persist()) ? 'kept' : 'mayClear'
  } catch {
    return 'unknown'
  }
}
