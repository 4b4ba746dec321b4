import AxeBuilder from '@axe-core/playwright'
import { canvasVariance, expect, regionPoint, test, waitForScene, waitForStill } from './fixtures'

test.describe('the body map', () => {
  test('renders the model: the canvas is not blank and the model has named muscles', async ({ page }) => {
    await page.goto('/')
    await waitForScene(page)
    await waitForStill(page)
    expect(await canvasVariance(page)).toBeGreaterThan(10)
    const info = await page.evaluate(() => window.__bodymap!.info())
    expect(info.meshes).toBeGreaterThan(100)
    await page.screenshot({ path: 'test-results/screens/front.png' })
  })

  test('draws with the one WebGL context the start-up check made, at the size of the view', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const contexts = new Set<unknown>()
      ;(window as unknown as { __contexts: Set<unknown> }).__contexts = contexts
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        const ctx = (original as (...a: unknown[]) => unknown).apply(this, args)
        if (ctx && /webgl/.test(String(args[0]))) contexts.add(ctx)
        return ctx
      } as typeof original
    })
    await page.goto('/')
    await waitForScene(page)
    const seen = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll('canvas')]
      const box = canvases[0]?.parentElement?.getBoundingClientRect()
      const dpr = Math.min(Math.max(1, devicePixelRatio), 2)
      return {
        contexts: (window as unknown as { __contexts: Set<unknown> }).__contexts.size,
        canvases: canvases.length,
        size: canvases.map((c) => [c.width, c.height]),
        expected: box ? [[Math.floor(box.width * dpr), Math.floor(box.height * dpr)]] : [],
      }
    })
    expect(seen.contexts).toBe(1)
    expect(seen.canvases).toBe(1)
    expect(seen.size).toEqual(seen.expected)
  })

  test('on a slow connection the loading indicator counts up, then makes way for the body', async ({
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 700 * 1024, // bytes per second: the 2 MB model takes a few seconds
      uploadThroughput: 100 * 1024,
    })
    await page.goto('/')
    const status = page.getByRole('status').filter({ hasText: 'Loading the body model' })
    await expect(status).toHaveText(/Loading the body model… ([1-9]\d?)%/)
    const bar = status.locator('progress')
    const value = Number(await bar.getAttribute('value'))
    expect(value).toBeGreaterThan(0)
    expect(value).toBeLessThan(100)
    await waitForScene(page)
    await expect(status).toHaveCount(0)
  })

  test('clicking the upper back selects a trapezius and the panel shows it', async ({ page }) => {
    await page.goto('/#view=back')
    await waitForScene(page)
    await waitForStill(page)
    // the middle of the left middle-trapezius sheet: the upper back, between spine and shoulder blade
    const p = await page.evaluate(() => window.__bodymap!.musclePoint('middle-trapezius', 'left'))
    expect(p, 'upper back is in view').not.toBeNull()
    await page.mouse.click(p!.x, p!.y)
    await expect(page.getByRole('heading', { level: 2, name: /trapezius|rhomboid/i })).toBeVisible()
    await expect(page).toHaveURL(/m=(middle|upper|lower)-trapezius|m=rhomboids/)
    await waitForStill(page)
    await page.screenshot({ path: 'test-results/screens/selected-back.png' })
  })

  test('a drag that orbits does not select', async ({ page }) => {
    await page.goto('/#view=back')
    await waitForScene(page)
    await waitForStill(page)
    const p = (await regionPoint(page, 'medial-scapular-border.L'))!
    await page.mouse.move(p.x, p.y)
    await page.mouse.down()
    await page.mouse.move(p.x + 80, p.y, { steps: 5 })
    await page.mouse.up()
    await expect(page).not.toHaveURL(/m=/)
  })

  test('choosing a body area lists ranked muscles with reasons', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('tab', { name: 'Where does it hurt?' }).click()
    await page.getByRole('searchbox', { name: 'Find a body area' }).fill('outer elbow')
    await page
      .getByRole('button', { name: /outer elbow.*left|lateral epicondyle.*left/i })
      .first()
      .click()
    const candidates = page.locator('.candidate-list li')
    await expect(candidates.first()).toBeVisible()
    expect(await candidates.count()).toBeGreaterThan(2)
    await expect(candidates.first()).toContainText(/main pain zone covers|spillover/)
    // The ticked area is shown, but kept out of the link (no patient data in links or history).
    await expect(page.locator('.chosen .chip-on')).toHaveCount(1)
    await expect(page).not.toHaveURL(/pain=/)
    // The outer elbow faces sideways: the body turns so the patient sees the area they ticked.
    await expect(page).toHaveURL(/view=left/)
    await waitForScene(page)
    await waitForStill(page)
    await page.screenshot({ path: 'test-results/screens/where-it-hurts.png' })
  })

  test('tapping the skin in "Where does it hurt?" marks that area', async ({ page }) => {
    await page.goto('/#tab=pain&view=back')
    await waitForScene(page)
    await waitForStill(page)
    const p = (await regionPoint(page, 'buttock.R'))!
    await page.mouse.click(p.x, p.y)
    await expect(page.locator('.chosen .chip-on')).toHaveText(/buttock/i)
    await expect(page.locator('.candidate-list li').first()).toBeVisible()
  })

  test('search finds a muscle by a lay word and a condition by a typo', async ({ page }) => {
    await page.goto('/')
    const box = page.getByRole('combobox', { name: 'Search muscles, body areas and conditions' })
    await box.fill('calf')
    await expect(page.getByRole('option', { name: /gastrocnemius|soleus/i }).first()).toBeVisible()
    await box.fill('tenis elbow')
    await expect(page.getByRole('option', { name: /tennis elbow/i }).first()).toBeVisible()
  })

  test('a muscle chosen from the list is framed with its pattern, a small one and a large one', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForScene(page)
    await waitForStill(page)
    // The height on screen of what the camera sees of the masseter's pattern: a measure of how big it is drawn.
    const height = async (keys?: string[]) => {
      const box = await page.evaluate((k) => window.__bodymap!.patternBox(k), keys)
      return box ? box.bottom - box.top : 0
    }
    const before = await height([
      'cheek',
      'upper-teeth',
      'lower-teeth',
      'jaw',
      'temple',
      'forehead',
      'ear',
      'tmj',
    ])
    await page.getByRole('button', { name: /^Masseter/ }).click()
    await waitForStill(page)
    expect(await height()).toBeGreaterThan(before * 2.2)
    await page.screenshot({ path: 'test-results/screens/masseter-framed.png' })
    // A large muscle is framed with its pattern too: the upper trapezius's reaches the temple, which shows.
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    await waitForStill(page)
    const trapBefore = await height(['posterolateral-neck', 'temple', 'mastoid'])
    await page.getByRole('button', { name: /All muscles/ }).click()
    await page.getByRole('button', { name: /^Upper trapezius/ }).click()
    await waitForStill(page)
    expect(await height()).toBeGreaterThan(trapBefore * 2)
    expect(await height(['temple'])).toBeGreaterThan(0)
  })

  test('deep muscles of the atlas opened from the list are revealed and framed: popliteus, the pelvic floor', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForScene(page)
    for (const [id, name] of [
      ['popliteus', /^Popliteus/],
      ['levator-ani', /^Levator ani/],
    ] as const) {
      await page.getByRole('button', { name }).first().click()
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
      // The deep layer is shown (it was hidden); the outer muscles over it stay, see-through around the selection.
      await expect(page).toHaveURL(/layers=1110/)
      await waitForStill(page)
      const box = await page.evaluate((m) => window.__bodymap!.muscleBox(m), id)
      expect(box, id).not.toBeNull()
      expect(box!.outside, `${id} wholly on the canvas`).toBe(0)
      expect(box!.right - box!.left, `${id} framed, not a few pixels`).toBeGreaterThan(120)
      await page.screenshot({ path: `test-results/screens/atlas-${id}.png` })
      await page.getByRole('button', { name: /All muscles/ }).click()
    }
  })

  test('layers hide and show', async ({ page }) => {
    await page.goto('/')
    await waitForScene(page)
    await page.locator('summary', { hasText: 'Layers' }).click()
    await page.getByRole('group', { name: 'Outer muscles' }).getByLabel('Hide').check()
    await expect(page).toHaveURL(/layers=1000/)
    await page.getByRole('group', { name: 'Skeleton' }).getByLabel('Show').check()
    await expect(page).toHaveURL(/layers=1001/)
    await waitForStill(page)
    expect(await canvasVariance(page)).toBeGreaterThan(10)
    await page.screenshot({ path: 'test-results/screens/layers.png' })
  })

  test('a deep link reopens the same view; back and forward work', async ({ page }) => {
    await page.goto('/#m=piriformis&view=back&layers=g111')
    await expect(page.getByRole('heading', { level: 2, name: 'Piriformis' })).toBeVisible()
    await waitForScene(page)
    await page.getByRole('tab', { name: 'Conditions' }).click()
    await expect(page).toHaveURL(/tab=conditions/)
    await page.goBack()
    await expect(page).not.toHaveURL(/tab=conditions/)
    await expect(page.getByRole('heading', { level: 2, name: 'Piriformis' })).toBeVisible()
    await page.goForward()
    await expect(page).toHaveURL(/tab=conditions/)
  })

  test('a focused view is in the link and reopens framed on the muscle', async ({ page }) => {
    const spread = () =>
      page.evaluate(() => {
        const l = window.__bodymap!.musclePoint('upper-trapezius', 'left')
        const r = window.__bodymap!.musclePoint('upper-trapezius', 'right')
        return l && r ? Math.hypot(l.x - r.x, l.y - r.y) : null
      })
    await page.goto('/#m=upper-trapezius')
    await waitForScene(page)
    await waitForStill(page)
    const whole = (await spread())!
    await page.locator('.muscle-actions').getByRole('button', { name: 'Focus' }).click()
    await expect(page).toHaveURL(/[#&]focus=1/)
    await waitForStill(page)
    const framed = (await spread())!
    expect(framed).toBeGreaterThan(whole * 1.5)
    // Back leaves the close-up (the camera returns to the preset); forward frames the muscle again.
    await page.goBack()
    await expect(page).not.toHaveURL(/focus=1/)
    await waitForStill(page)
    expect(Math.abs((await spread())! - whole)).toBeLessThan(whole * 0.1)
    await page.goForward()
    await expect(page).toHaveURL(/[#&]focus=1/)
    await waitForStill(page)
    expect(Math.abs((await spread())! - framed)).toBeLessThan(framed * 0.1)
    // The link (as a handout's QR code holds it) opens framed, with no camera move to wait for.
    const link = page.url()
    await page.goto('about:blank')
    await page.goto(link)
    await waitForScene(page)
    await waitForStill(page)
    expect(Math.abs((await spread())! - framed)).toBeLessThan(framed * 0.1)
    // A preset view ends the focus, in the view and in the link.
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    await expect(page).not.toHaveURL(/focus=1/)
  })

  test('an unknown id in a link shows a friendly notice and opens the rest', async ({ page }) => {
    await page.goto('/#m=no-such-muscle&pain=temple.L')
    await expect(page.getByText(/could not be used/)).toBeVisible()
    // The marked area opens, and leaves the link (and history) at once.
    await expect(page).not.toHaveURL(/pain=|no-such-muscle/)
    await page.getByRole('tab', { name: /Where does it hurt/ }).click()
    await expect(page.locator('.chosen .chip-on')).toHaveText(/temple/i)
  })

  test('keyboard only: select a muscle, read its details, then find muscles for a painful area', async ({
    page,
  }) => {
    await page.goto('/')
    const first = page.getByRole('button', { name: /Lateral pterygoid/ })
    await first.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'Lateral pterygoid' })).toBeVisible()
    await page.getByRole('tab', { name: 'Explore' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'Where does it hurt?' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    const filter = page.getByRole('searchbox', { name: 'Find a body area' })
    await filter.focus()
    await page.keyboard.type('temple')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.locator('.candidate-list li').first()).toBeVisible()
  })

  test('the 3D view takes keyboard focus and turns with the arrow keys', async ({ page }) => {
    await page.goto('/')
    await waitForScene(page)
    await waitForStill(page)
    const view = page.locator('.body-view')
    await view.focus()
    await expect(view).toBeFocused()
    const before = await page.evaluate(() => window.__perf!.frames)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('2')
    await expect(page).toHaveURL(/view=back/)
    await expect.poll(() => page.evaluate(() => window.__perf!.frames)).toBeGreaterThan(before)
  })

  test('renders on demand: no frames while idle', async ({ page }) => {
    await page.goto('/')
    await waitForScene(page)
    await waitForStill(page)
    const a = await page.evaluate(() => window.__perf!.frames)
    await page.waitForTimeout(3000)
    expect(await page.evaluate(() => window.__perf!.frames)).toBe(a)
  })

  test('recovers after the WebGL context is lost', async ({ page }) => {
    await page.goto('/')
    await waitForScene(page)
    await waitForStill(page)
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')!.getContext('webgl2')!
      const ext = gl.getExtension('WEBGL_lose_context')!
      ext.loseContext()
      setTimeout(() => ext.restoreContext(), 500)
    })
    await page.waitForTimeout(2000)
    await waitForStill(page)
    expect(await canvasVariance(page)).toBeGreaterThan(10)
  })

  test('axe finds no accessibility violations', async ({ page }) => {
    await page.goto('/#m=upper-trapezius')
    await waitForScene(page)
    const results = await new AxeBuilder({ page }).exclude('canvas').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
})

test.describe('without WebGL', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(type)) return null
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
      } as typeof original
    })
  })

  test('says so plainly and still offers search, lists, conditions and details', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByText(/WebGL is not available/)).toBeVisible()
    await page.getByRole('button', { name: /Masseter/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Masseter' })).toBeVisible()
    await page.getByRole('tab', { name: 'Conditions' }).click()
    await expect(page.getByRole('button', { name: /tennis elbow/i }).first()).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/no-webgl.png' })
  })
})

test.describe('on a phone held sideways', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true })

  test('the header keeps to two rows and the empty key steps aside, so the body has room', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForScene(page)
    const header = (await page.locator('.app-header').boundingBox())!
    const stage = (await page.locator('.body-view').boundingBox())!
    expect(header.height).toBeLessThan(390 * 0.3)
    expect(stage.height).toBeGreaterThan(270)
    await expect(page.locator('.legend')).toBeHidden()
    // The chairside tools and the search box stay full-size touch targets.
    for (const target of await page.locator('.app-header .cs-tool, .app-header .search-input').all())
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    await expect(page.getByText('For learning, not diagnosis.')).toBeVisible()
    // With a pattern to explain, the key is back.
    await page.goto('/#m=upper-trapezius')
    await waitForScene(page)
    await expect(page.locator('.legend')).toBeVisible()
    await page.screenshot({ path: 'test-results/screens/phone-landscape.png' })
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true })

  test('the panel becomes a bottom sheet and touch targets are large enough', async ({ page }) => {
    await page.goto('/#m=upper-trapezius')
    await waitForScene(page)
    await waitForStill(page)
    const tabs = page.getByRole('tab')
    for (const tab of await tabs.all()) {
      const box = (await tab.boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(44)
    }
    await page.screenshot({ path: 'test-results/screens/phone.png' })
  })

  test('the key keeps every compared muscle in view inside the 3D view', async ({ page }) => {
    await page.goto('/#m=upper-trapezius&cmp=levator-scapulae,splenius-capitis&view=back')
    await waitForScene(page)
    const stage = (await page.locator('.body-view').boundingBox())!
    const entries = page.locator('.legend li')
    await expect(entries).toHaveCount(5) // main area, spillover, three muscles
    await page.screenshot({ path: 'test-results/screens/phone-key.png' })
    for (const entry of await entries.all()) {
      const box = (await entry.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(stage.x)
      expect(box.x + box.width).toBeLessThanOrEqual(stage.x + stage.width)
      // Not covered by the bottom sheet, nor scrolled out of the key: the entry is what is on top at its centre.
      const onTop = await entry.evaluate((li) => {
        const r = li.getBoundingClientRect()
        const key = li.closest('.legend')!.getBoundingClientRect()
        const whole = r.top >= key.top && r.bottom <= key.bottom + 0.5
        return whole && li.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))
      })
      expect(onTop, (await entry.textContent()) ?? '').toBe(true)
    }
  })
})

test.describe('on a tablet', () => {
  test.use({ hasTouch: true })

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} all five tabs and one row of view buttons fit, also presenting`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto('/#m=infraspinatus&view=back')
      await waitForScene(page)
      await expect(page.getByRole('tab')).toHaveCount(5)
      const toolsOneRow = async (mode: string) => {
        // One row of view buttons (at least 44 px tall), so they do not cover the head; Focus stays in the panel.
        const tools = (await page.locator('.stage-tools').boundingBox())!
        expect(tools.height, mode).toBeLessThan(44 * 1.5)
        await expect(page.locator('.muscle-actions').getByRole('button', { name: 'Focus' })).toBeVisible()
        // The preset view leaves room above the head for them.
        await waitForStill(page)
        const head = await page.evaluate(() => window.__bodymap!.regionPoint('vertex'))
        expect(head, `${mode}: the top of the head is in view`).not.toBeNull()
        expect(head!.y, `${mode}: the top of the head is below the view buttons`).toBeGreaterThan(
          tools.y + tools.height,
        )
      }
      const tabsFit = async (mode: string) => {
        const list = (await page.getByRole('tablist').boundingBox())!
        for (const tab of await page.getByRole('tab').all()) {
          const box = (await tab.boundingBox())!
          const name = `${mode}: ${(await tab.textContent()) ?? ''}`
          expect(box.x, name).toBeGreaterThanOrEqual(list.x - 0.5)
          expect(box.x + box.width, name).toBeLessThanOrEqual(list.x + list.width + 0.5)
          expect(box.height, name).toBeGreaterThanOrEqual(44)
        }
      }
      await tabsFit('normal')
      await toolsOneRow('normal')
      await page.screenshot({ path: `test-results/screens/tablet-${viewport.width}.png` })
      // Turned to the patient: presentation mode's larger type must not push a tab out either.
      await page.getByRole('button', { name: /^Present/ }).click()
      await expect(page.locator(':root[data-presentation="true"]')).toHaveCount(1)
      await tabsFit('presentation')
      await toolsOneRow('presentation')
      // The larger type does not make the header eat the body's room (it took 244 of 768 px in landscape).
      const header = (await page.locator('.app-header').boundingBox())!
      expect(header.height).toBeLessThan(viewport.height * 0.25)
      await page.screenshot({ path: `test-results/screens/tablet-${viewport.width}-presentation.png` })
    })
  }
})

test.describe('when the body model cannot load', () => {
  test('says so calmly, and the lists and details still work', async ({ page, guard }) => {
    await page.route(/\/assets\/body-[^/]*\.glb$/, (route) => route.fulfill({ status: 404, body: '' }))
    await page.goto('/')
    await expect(page.getByText(/The 3D body could not be loaded/)).toBeVisible()
    // The panels come without the body's first frame, a moment later.
    await page.getByRole('button', { name: /^Masseter/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Masseter' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Compare' })).toBeHidden()
    await expect(page.getByText(/graphics system restarted/)).toHaveCount(0) // one message, not two
    await expect(page.getByRole('button', { name: 'Front', exact: true })).toBeHidden() // no view tools to misuse
    await page.screenshot({ path: 'test-results/screens/model-failed.png' })
    // The refused request and the loader's report of it are expected here; nothing else may be logged.
    const expected = (e: string) => /404|Failed to load resource|body-[^ ]*\.glb|fetch/i.test(e)
    guard.errors.splice(0, guard.errors.length, ...guard.errors.filter((e) => !expected(e)))
  })
})
