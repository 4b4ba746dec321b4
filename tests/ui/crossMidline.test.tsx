// @vitest-environment jsdom
// A muscle page says which of its zones cross the midline (rectus abdominis' band across the low back).
import '@testing-library/jest-dom/vitest'
import { cleanup, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { readDataDir } from '@/data/readDataFromDisk'
import { buildDataset } from '@/data/validate'
import { MuscleReferral } from '@/ui/MuscleReferral'
import { renderWithData } from './renderWithData'

const real = buildDataset(readDataDir(process.cwd()))
afterEach(cleanup)

it('names the zones felt on both sides, and says nothing for a one-sided pattern', () => {
  renderWithData(<MuscleReferral muscle={real.musclesById.get('rectus-abdominis')!} />, real)
  expect(screen.getByText(/^Felt on both sides of the body/)).toHaveTextContent(
    /Lower back.*Sacroiliac joint area/,
  )
  cleanup()
  renderWithData(<MuscleReferral muscle={real.musclesById.get('supinator')!} />, real)
  expect(screen.queryByText(/^Felt on both sides/)).toBeNull()
})
