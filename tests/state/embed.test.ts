import { describe, expect, it } from 'vitest'
import { embedHash, embedSnippet, embedUrl, fullMapUrl } from '@/state/embed'
import { DEFAULT_VIEW } from '@/state/viewState'

const view = {
  ...DEFAULT_VIEW,
  selectedMuscleId: 'upper-trapezius',
  side: 'left' as const,
  painRegionKeys: ['temple.L', 'jaw.L'],
  camera: 'left' as const,
  focused: true,
  tab: 'pain' as const,
}

describe('embedding a view', () => {
  it("keeps what the article is about and never the patient's marked areas or the panel", () => {
    const hash = embedHash(view)
    expect(hash).toContain('m=upper-trapezius')
    expect(hash).toContain('side=left')
    expect(hash).toContain('view=left')
    expect(hash).toContain('focus=1')
    expect(hash).not.toMatch(/pain=|temple|jaw|tab=/)
    expect(embedHash({ ...view, tour: { id: 'hair-stylist', step: 1 } })).not.toContain('tour=')
  })

  it('puts embed.html beside the app, under any base path, and links back to the full map', () => {
    expect(embedUrl('https://clinic.example/tpmap/', view)).toMatch(
      /^https:\/\/clinic\.example\/tpmap\/embed\.html#m=upper-trapezius/,
    )
    expect(embedUrl('https://clinic.example/tpmap/index.html#m=x', DEFAULT_VIEW)).toBe(
      'https://clinic.example/tpmap/embed.html',
    )
    expect(fullMapUrl('https://clinic.example/tpmap/embed.html#m=soleus&view=back')).toBe(
      'https://clinic.example/tpmap/#m=soleus&view=back',
    )
  })

  it('writes a lazy iframe with its attributes escaped', () => {
    const snippet = embedSnippet('https://a.example/embed.html#m=x&view=back', 'Soleus "calf" <b>')
    expect(snippet).toMatch(/^<iframe src="https:\/\/a\.example\/embed\.html#m=x&amp;view=back"/)
    expect(snippet).toContain('loading="lazy"')
    expect(snippet).toContain('title="Soleus &quot;calf&quot; &lt;b&gt;"')
    expect(snippet).toMatch(/<\/iframe>$/)
  })
})
