/**
 * Pain drawings kept on this device only (IndexedDB through the small `idb` wrapper): save with the date and an
 * optional label, list newest first, reopen, delete, and forget everything. Nothing here talks to a server.
 * Records read back are checked against the drawing schema; a damaged record is skipped, never shown half.
 * No React, three or zustand.
 */
import type { DBSchema, IDBPDatabase } from 'idb'
import { deleteDB, openDB } from 'idb'
import { z } from 'zod'
import type { Drawing } from './drawingFile'
import { drawingSchema } from './drawingFile'

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

export const DRAWING_DB_NAME = 'trigger-point-body-map'
const DB_VERSION = 1

const thumbnail = z
  .string()
  .max(2_000_000)
  .refine((s) => s.startsWith('data:image/'))
const savedSchema = z.object({
  id: z.string().min(1),
  savedAt: z.string(),
  drawing: drawingSchema,
  thumbnails: z.object({ front: thumbnail.optional(), back: thumbnail.optional() }).catch({}),
})

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

  return {
    /** Saves a new drawing (a copy: later changes to the objects passed do not reach the saved one). */
    async save(drawing: Drawing, thumbnails: DrawingThumbnails = {}): Promise<SavedDrawing> {
      const parsed = drawingSchema.parse(drawing)
      const record: SavedDrawing = {
        id: newId(),
        savedAt: new Date().toISOString(),
        drawing: structuredClone(parsed),
        thumbnails: { ...thumbnails },
      }
      await (await open()).put('drawings', record)
      return record
    },

    /** Every readable saved drawing, the most recently drawn first. */
    async list(): Promise<SavedDrawing[]> {
      const all = await (await open()).getAll('drawings')
      return all
        .flatMap((r) => {
          const ok = savedSchema.safeParse(r)
          return ok.success ? [ok.data as SavedDrawing] : []
        })
        .sort(
          (a, b) =>
            b.drawing.createdAt.localeCompare(a.drawing.createdAt) || b.savedAt.localeCompare(a.savedAt),
        )
    },

    /** One saved drawing, or null when it is gone or unreadable. */
    async get(id: string): Promise<SavedDrawing | null> {
      const r = await (await open()).get('drawings', id)
      const ok = savedSchema.safeParse(r)
      return ok.success ? (ok.data as SavedDrawing) : null
    },

    async remove(id: string): Promise<void> {
      await (await open()).delete('drawings', id)
    },

    /** Deletes every saved drawing and the database itself. */
    async clear(): Promise<void> {
      try {
        await (await open()).clear('drawings')
      } finally {
        await close()
        await deleteDB(name).catch(() => undefined)
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
