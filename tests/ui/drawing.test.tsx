// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import '@testing-library/jest-dom/vitest'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { openDB } from 'idb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Drawing } from '@/data/drawingFile'
import { serializeDrawing } from '@/data/drawingFile'
import type { SavedDrawing } from '@/data/drawingStore'
import { DRAWING_DB_NAME, drawingStore } from '@/data/drawingStore'
import type { SkinLayout } from '@/domain/paintMarks'
import { skinFingerprint } from '@/model/bodyIndex'
import { strings } from '@/i18n'
import { CompareDrawings } from '@/ui/drawing/CompareDrawings'
import DrawingShelf from '@/ui/drawing/DrawingShelf'
import { DrawTools } from '@/ui/drawing/DrawTools'
import { PainFinder } from '@/ui/PainFinder'
import { renderWithData, resetStore, store } from './renderWithData'

const t = strings.painDrawing
// A toy skin over tiny-dataset regions: 8 vertices each.
const regionNames = ['lateral-epicondyle.L', 'temple.R', 'coccyx']
const vertexRegion = [...Array<number>(8).fill(0), ...Array<number>(8).fill(1), ...Array<number>(8).fill(2)]
const skin: SkinLayout = { vertexRegion, regionNames, fingerprint: skinFingerprint(vertexRegion, []) }
const elbowSharp = Uint8Array.from([2, 2, 2, 2, 2, 2, 0, 0, ...Array<number>(16).fill(0)])

const drawing = (createdAt: string, marks: Drawing['marks'], label?: string): Drawing => ({
  version: 1,
  createdAt,
  ...(label ? { label } : {}),
  marks,
})

beforeEach(async () => {
  resetStore()
  await drawingStore.clear()
})
afterEach(cleanup)

describe('DrawTools', () => {
  it('sets brush and size, undoes a stroke and clears the drawing', async () => {
    store().registerSkin(skin)
    const { user } = renderWithData(<DrawTools />)
    expect(screen.getByRole('button', { name: t.undo })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: t.sharp }))
    await user.click(screen.getByRole('button', { name: t.large }))
    expect(store().brush).toBe('sharp')
    expect(store().brushSize).toBe('large')
    expect(screen.getByRole('button', { name: t.sharp })).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: t.erase }))
    expect(store().brush).toBe('erase')
    store().commitPaint(elbowSharp)
    await user.click(await screen.findByRole('button', { name: t.clear }))
    expect(store().paint).toBeNull()
    await user.click(screen.getByRole('button', { name: t.undo }))
    expect(store().paint).toBe(elbowSharp)
  })
})

describe('PainFinder with a drawing', () => {
  it('switches to drawing, lists painted areas and ranks candidates from the paint with reasons', async () => {
    store().registerSkin(skin)
    const { user } = renderWithData(<PainFinder />)
    await user.click(screen.getByRole('button', { name: t.modeDraw }))
    expect(store().drawMode).toBe(true)
    expect(screen.getByRole('group', { name: t.brushLabel })).toBeInTheDocument()
    store().commitPaint(elbowSharp)
    const painted = await screen.findByRole('list', { name: t.painted })
    expect(painted).toHaveTextContent('Outer elbow, left: sharp / worst, about 75% of the area')
    const list = screen.getByRole('region', { name: strings.ui.pain.candidates })
    const first = within(list).getAllByRole('button')[0]!
    expect(first).toHaveTextContent('Supinator')
    expect(first).toHaveTextContent('Its pattern covers about 100% of the areas you marked.')
    expect(first).toHaveTextContent('where you marked the worst pain')
    // Pointing at it draws its pattern: the key names the muscle's zones and the patient's marks.
    await user.hover(first)
    expect(store().previewMuscleId).toBe('supinator')
    const key = screen.getByRole('heading', { name: t.keyHeading }).parentElement!
    expect(key).toHaveTextContent(t.keyShown('Supinator'))
    expect(key).toHaveTextContent(t.keyEssential)
    expect(key).toHaveTextContent(t.keySharp)
    // Ticking from the list still works and counts as a full "aches" mark.
    await user.click(screen.getByRole('button', { name: 'Temple, Right' }))
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.querySelector('.list-button-title')?.textContent),
    ).toContain('Upper trapezius')
  })
})

describe('DrawingShelf', () => {
  it('saves the current drawing with a name and lists it; deletes after a confirm step', async () => {
    store().registerSkin(skin)
    store().commitPaint(elbowSharp)
    const { user } = renderWithData(<DrawingShelf />)
    expect(await screen.findByText(t.empty)).toBeInTheDocument()
    await user.type(screen.getByLabelText(t.labelField), 'Monday')
    await user.click(screen.getByRole('button', { name: t.save }))
    // The first save asks the browser to keep drawings; jsdom has no answer to give.
    expect(await screen.findByText(`${t.saved} ${t.keepUnknown}`)).toBeInTheDocument()
    const list = await drawingStore.list()
    expect(list).toHaveLength(1)
    expect(list[0]!.drawing.label).toBe('Monday')
    expect(list[0]!.drawing.marks).toEqual({ 'lateral-epicondyle.L': { intensity: 2, coverage: 0.75 } })
    expect(list[0]!.drawing.paint?.model).toBe(skin.fingerprint)
    await user.click(screen.getByRole('button', { name: t.removeLabel('Monday') }))
    await user.click(screen.getByRole('button', { name: t.removeYes }))
    expect(await screen.findByText(t.empty)).toBeInTheDocument()
    expect(await drawingStore.list()).toEqual([])
  })

  it('saving the same drawing twice keeps one copy and says it is already saved; a change is a new one', async () => {
    store().registerSkin(skin)
    store().commitPaint(elbowSharp)
    const { user } = renderWithData(<DrawingShelf />)
    await screen.findByText(t.empty)
    await user.click(screen.getByRole('button', { name: t.save }))
    await screen.findByText(`${t.saved} ${t.keepUnknown}`)
    const first = await drawingStore.list()
    await user.click(screen.getByRole('button', { name: t.save }))
    const untitled = first[0]!.drawing.label ?? `${t.untitled}, `
    expect(await screen.findByText(new RegExp(`already saved`))).toHaveTextContent(untitled)
    expect(await drawingStore.list()).toHaveLength(1)
    expect(store().openedDrawingId).toBe(first[0]!.id)
    // painted more: that is a new drawing
    store().commitPaint(
      Uint8Array.from([...elbowSharp.subarray(0, 8), 1, 1, 1, 1, 1, 1, 1, 1, ...Array<number>(8).fill(0)]),
    )
    await user.click(screen.getByRole('button', { name: t.save }))
    await waitFor(async () => expect(await drawingStore.list()).toHaveLength(2))
  })

  it("a drawing's own name is kept without hidden or control characters", async () => {
    store().registerSkin(skin)
    store().commitPaint(elbowSharp)
    const { user } = renderWithData(<DrawingShelf />)
    await screen.findByText(t.empty)
    const name = screen.getByLabelText(t.labelField)
    await user.click(name)
    await user.paste('\u202eMon\u200bday\u0007  evening\u2066')
    await user.click(screen.getByRole('button', { name: t.save }))
    await screen.findByText(`${t.saved} ${t.keepUnknown}`)
    expect((await drawingStore.list())[0]!.drawing.label).toBe('Monday evening')
  })

  it('nothing to save: Save and Save as a file are disabled', async () => {
    renderWithData(<DrawingShelf />)
    await screen.findByText(t.empty)
    expect(screen.getByRole('button', { name: t.save })).toBeDisabled()
    expect(screen.getByRole('button', { name: t.exportCurrent })).toBeDisabled()
  })

  it('says what "Save as a file" makes (a .json file to open here later), and the file picker is a labelled button', async () => {
    renderWithData(<DrawingShelf />)
    await screen.findByText(t.empty)
    const exportButton = screen.getByRole('button', { name: t.exportCurrent })
    expect(exportButton).toHaveTextContent('.json')
    expect(exportButton).toHaveAccessibleDescription(t.exportHint)
    expect(t.exportHint).toContain(t.importLabel)
    const input = screen.getByLabelText(t.importLabel)
    expect(input.closest('label')).toHaveClass('file-button')
  })

  it('reopens a saved drawing on the body', async () => {
    store().registerSkin(skin)
    await drawingStore.save(
      drawing('2026-11-01T09:00:00.000Z', { coccyx: { intensity: 1, coverage: 1 } }, 'Old'),
    )
    const { user } = renderWithData(<DrawingShelf />)
    await user.click(await screen.findByRole('button', { name: t.openLabel('Old') }))
    expect(store().paint?.slice(16)).toEqual(Uint8Array.from(Array<number>(8).fill(1)))
    expect(screen.getByRole('status')).toHaveTextContent(t.opened('Old'))
  })

  it('imports a file; refuses a damaged or foreign one with its message and keeps what is saved', async () => {
    store().registerSkin(skin)
    await drawingStore.save(
      drawing('2026-11-01T09:00:00.000Z', { coccyx: { intensity: 1, coverage: 1 } }, 'Kept'),
    )
    const { user } = renderWithData(<DrawingShelf />)
    await screen.findByText('Kept')
    const input = screen.getByLabelText(t.importLabel)
    const text = serializeDrawing(
      drawing('2026-11-05T09:00:00.000Z', { 'temple.R': { intensity: 2, coverage: 0.5 } }, 'Imported'),
    )
    await user.upload(input, new File([text.slice(0, 30)], 'bad.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.drawingFile.damaged)
    await user.upload(input, new File(['{"hello": 1}'], 'other.json', { type: 'application/json' }))
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(strings.drawingFile.foreign))
    expect((await drawingStore.list()).map((r) => r.drawing.label)).toEqual(['Kept'])
    expect(store().paint).toBeNull()
    await user.upload(input, new File([text], 'good.json', { type: 'application/json' }))
    expect(await screen.findByText(`${t.imported} ${t.keepUnknown}`)).toBeInTheDocument()
    expect((await drawingStore.list()).map((r) => r.drawing.label)).toEqual(['Imported', 'Kept'])
    expect(store().paint?.slice(8, 16)).toEqual(Uint8Array.from(Array<number>(8).fill(2)))
  })

  it('forget everything asks first, then clears saved drawings, the current drawing and web storage', async () => {
    store().registerSkin(skin)
    store().commitPaint(elbowSharp)
    localStorage.setItem('x', '1')
    sessionStorage.setItem('y', '1')
    await drawingStore.save(
      drawing('2026-11-01T09:00:00.000Z', { coccyx: { intensity: 1, coverage: 1 } }, 'Gone'),
    )
    const { user } = renderWithData(<DrawingShelf />)
    await screen.findByText('Gone')
    await user.click(screen.getByRole('button', { name: t.forget }))
    expect(screen.getByText(t.forgetConfirm)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: t.cancel }))
    expect(await drawingStore.list()).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: t.forget }))
    await user.click(screen.getByRole('button', { name: t.forgetYes }))
    expect(await screen.findByText(t.forgotten, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(await drawingStore.list()).toEqual([])
    expect(store().paint).toBeNull()
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(await screen.findByText(t.empty, {}, { timeout: 8000 })).toBeInTheDocument()
  })
})

describe('DrawingShelf never loses work and says what really happened', () => {
  afterEach(() => vi.restoreAllMocks())
  const file = (d: Drawing) => new File([serializeDrawing(d)], 'd.json', { type: 'application/json' })

  it('a failed delete says so and the drawing stays listed', async () => {
    await drawingStore.save(
      drawing('2026-11-01T09:00:00.000Z', { coccyx: { intensity: 1, coverage: 1 } }, 'Stays'),
    )
    vi.spyOn(drawingStore, 'remove').mockRejectedValue(new DOMException('No.', 'UnknownError'))
    const { user } = renderWithData(<DrawingShelf />)
    await user.click(await screen.findByRole('button', { name: t.removeLabel('Stays') }))
    await user.click(screen.getByRole('button', { name: t.removeYes }))
    expect(await screen.findByRole('alert')).toHaveTextContent(t.removeFailed)
    expect(screen.getByRole('status')).not.toHaveTextContent(t.removed)
    expect(screen.getByText('Stays')).toBeInTheDocument()
  })

  it('a failed forget says so', async () => {
    vi.spyOn(drawingStore, 'clear').mockRejectedValue(new Error('blocked'))
    const { user } = renderWithData(<DrawingShelf />)
    await user.click(await screen.findByRole('button', { name: t.forget }))
    await user.click(screen.getByRole('button', { name: t.forgetYes }))
    expect(await screen.findByRole('alert')).toHaveTextContent(t.forgetFailed)
  })

  it('opening a file over an unsaved drawing keeps it: "Bring back" returns it', async () => {
    store().registerSkin(skin)
    store().commitPaint(elbowSharp)
    const { user } = renderWithData(<DrawingShelf />)
    await screen.findByText(t.empty)
    await user.upload(
      screen.getByLabelText(t.importLabel),
      file(drawing('2026-11-05T09:00:00.000Z', { coccyx: { intensity: 1, coverage: 1 } }, 'New')),
    )
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t.keptForUndo))
    expect(store().paint?.slice(0, 8)).toEqual(new Uint8Array(8))
    await user.click(await screen.findByRole('button', { name: t.bringBack }))
    expect(store().paint).toBe(elbowSharp)
    expect(screen.getByRole('status')).toHaveTextContent(t.broughtBack)
    expect(screen.queryByRole('button', { name: t.bringBack })).toBeNull()
  })

  it('the same file imported again reopens the saved drawing, no second copy', async () => {
    store().registerSkin(skin)
    const d = drawing('2026-11-05T09:00:00.000Z', { coccyx: { intensity: 1, coverage: 1 } }, 'Once')
    const { user } = renderWithData(<DrawingShelf />)
    await screen.findByText(t.empty)
    const input = screen.getByLabelText(t.importLabel)
    for (let i = 0; i < 5; i++) {
      await waitFor(() => expect(input).toBeEnabled())
      await user.upload(input, file(d))
    }
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(t.alreadySaved('Once')))
    expect(await drawingStore.list()).toHaveLength(1)
  })

  it('an empty drawing file is refused and nothing is saved', async () => {
    const { user } = renderWithData(<DrawingShelf />)
    await screen.findByText(t.empty)
    await user.upload(screen.getByLabelText(t.importLabel), file(drawing('2026-11-05T09:00:00.000Z', {})))
    expect(await screen.findByRole('alert')).toHaveTextContent(strings.drawingFile.empty)
    expect(await drawingStore.list()).toEqual([])
  })

  it('the first save asks the browser to keep drawings and says its answer, once', async () => {
    const persist = vi.fn(() => Promise.resolve(false))
    const storage = { persisted: () => Promise.resolve(false), persist }
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
    try {
      store().registerSkin(skin)
      store().commitPaint(elbowSharp)
      const { user } = renderWithData(<DrawingShelf />)
      await screen.findByText(t.empty)
      await user.click(screen.getByRole('button', { name: t.save }))
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(`${t.saved} ${t.keepMayClear}`),
      )
      await waitFor(() => expect(screen.getByRole('button', { name: t.save })).toBeEnabled())
      store().commitPaint(elbowSharp.map((v, i) => (i === 6 ? 1 : v))) // a little more: another drawing
      await user.click(screen.getByRole('button', { name: t.save }))
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^${t.saved}$`)))
      expect(await drawingStore.list()).toHaveLength(2)
      expect(persist).toHaveBeenCalledTimes(1)
    } finally {
      Reflect.deleteProperty(navigator, 'storage')
    }
  })

  it('drawings saved by a newer version are counted, not called private mode; Forget then says it is done', async () => {
    await drawingStore.close()
    const later = await openDB(DRAWING_DB_NAME, 2, {
      upgrade(db) {
        const s = db.createObjectStore('drawings', { keyPath: 'id' })
        s.add({ id: 'a', future: true })
        s.add({ id: 'b', future: true })
      },
    })
    later.close()
    const { user } = renderWithData(<DrawingShelf />)
    expect(await screen.findByText(t.newerDatabase(2))).toBeInTheDocument()
    expect(screen.queryByText(t.storageUnavailable)).toBeNull()
    await user.click(screen.getByRole('button', { name: t.forget }))
    await user.click(screen.getByRole('button', { name: t.forgetYes }))
    expect(await screen.findByText(t.forgotten, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(await screen.findByText(t.empty)).toBeInTheDocument()
  })

  it('a saved record that cannot be read is named', async () => {
    await drawingStore.save(
      drawing('2026-11-01T09:00:00.000Z', { coccyx: { intensity: 1, coverage: 1 } }, 'Fine'),
    )
    await drawingStore.close()
    const db = await openDB(DRAWING_DB_NAME, 1)
    await db.put('drawings', { id: 'broken', savedAt: 'x', drawing: { marks: 'oops' } })
    db.close()
    renderWithData(<DrawingShelf />)
    expect(await screen.findByText(t.unreadable(1))).toBeInTheDocument()
    expect(screen.getByText('Fine')).toBeInTheDocument()
  })
})

describe('CompareDrawings', () => {
  const rec = (id: string, d: Drawing, thumbs = {}): SavedDrawing => ({
    id,
    savedAt: d.createdAt,
    drawing: d,
    thumbnails: thumbs,
  })
  it('puts the earlier one first and says what changed in words', () => {
    const earlier = rec(
      'a',
      drawing(
        '2026-10-01T09:00:00.000Z',
        { 'temple.R': { intensity: 2, coverage: 0.5 }, coccyx: { intensity: 1, coverage: 1 } },
        'October',
      ),
      { front: 'data:image/jpeg;base64,AA' },
    )
    const later = rec(
      'b',
      drawing(
        '2026-11-01T09:00:00.000Z',
        { 'temple.R': { intensity: 1, coverage: 0.5 }, 'jaw.L': { intensity: 1, coverage: 0.3 } },
        'November',
      ),
    )
    renderWithData(<CompareDrawings a={later} b={earlier} onClose={() => undefined} />)
    const columns = screen.getAllByRole('figure')
    expect(columns[0]).toHaveTextContent(`${t.earlier}October`)
    expect(columns[1]).toHaveTextContent(`${t.later}November`)
    expect(screen.getByRole('img', { name: t.thumbAlt('October', t.front) })).toHaveAttribute(
      'src',
      'data:image/jpeg;base64,AA',
    )
    expect(screen.getByRole('img', { name: t.thumbAlt('November', t.back) })).toHaveTextContent(t.noThumb)
    const changes = screen.getByRole('heading', { name: t.changesHeading }).nextElementSibling!
    expect(changes).toHaveTextContent(t.changeNew('Jaw, left'))
    expect(changes).toHaveTextContent(t.changeGone('Coccyx'))
    expect(changes).toHaveTextContent(t.changeBetter('Temple, right'))
  })
})

describe('drawing file names', () => {
  it('dates the file and adds a short slug of the name', async () => {
    const { drawingFileName } = await import('@/ui/drawing/download')
    expect(drawingFileName('2026-11-22T08:00:00.000Z')).toBe('pain-drawing-2026-11-22.json')
    expect(drawingFileName('2026-11-22T08:00:00.000Z', 'Après le travail / lundi!')).toBe(
      'pain-drawing-2026-11-22-apres-le-travail-lundi.json',
    )
  })
})
