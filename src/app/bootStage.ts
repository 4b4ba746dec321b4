/** The start-up page's element that the body's start-up frame is drawn in (app/bootShell.ts, main.tsx). */
export const BOOT_STAGE_ID = 'boot-stage'
