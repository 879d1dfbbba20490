/** Debian's Chromium unless CHROMIUM_PATH says otherwise; never a downloaded browser. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
