// Runs a command with a display: as it is where DISPLAY is set, else under xvfb-run (a virtual X screen), which
// Firefox and WebKit need here to draw WebGL (checkEngines.mjs has already said how to install it if missing).
import { spawnSync } from 'node:child_process'

const command = process.argv.slice(2)
const result = process.env.DISPLAY
  ? spawnSync(command[0], command.slice(1), { stdio: 'inherit' })
  : spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1920x1080x24', ...command], { stdio: 'inherit' })
if (result.error) throw result.error
process.exit(result.status ?? 1)
