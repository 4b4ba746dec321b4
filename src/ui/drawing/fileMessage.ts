/** Why a drawing file was not opened, in the reader's words (the codes come from src/data/drawingFile). */
import type { DrawingFileError } from '@/data/drawingFile'
import { strings } from '@/i18n'

export function drawingFileMessage(error: DrawingFileError): string {
  const m = strings.drawingFile
  if (error.code === 'unknownRegions') return m.unknownRegions(error.keys)
  if (error.code === 'badValue') return m.badValue(error.path)
  return m[error.code]
}
