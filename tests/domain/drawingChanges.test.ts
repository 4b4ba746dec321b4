import { describe, expect, it } from 'vitest'
import { compareDrawings } from '@/domain/drawingChanges'

describe('compareDrawings', () => {
  it('sorts regions into new, gone, better, worse and the same', () => {
    const earlier = {
      marks: {
        'temple.L': { intensity: 2 as const, coverage: 0.5 },
        coccyx: { intensity: 1 as const, coverage: 0.4 },
        'jaw.R': { intensity: 1 as const, coverage: 0.2 },
        'buttock.R': { intensity: 1 as const, coverage: 0.9 },
        'calf.L': { intensity: 1 as const, coverage: 0.5 },
      },
    }
    const later = {
      marks: {
        'temple.L': { intensity: 1 as const, coverage: 0.5 },
        coccyx: { intensity: 2 as const, coverage: 0.4 },
        'buttock.R': { intensity: 1 as const, coverage: 0.3 },
        'calf.L': { intensity: 1 as const, coverage: 0.6 },
        'heel.L': { intensity: 1 as const, coverage: 0.1 },
        'neck.L': { intensity: 1 as const, coverage: 0 },
      },
    }
    expect(compareDrawings(earlier, later)).toEqual({
      added: ['heel.L'],
      gone: ['jaw.R'],
      better: ['buttock.R', 'temple.L'],
      worse: ['coccyx'],
      same: ['calf.L'],
    })
    expect(compareDrawings(later, later).same).toHaveLength(5)
  })
})
