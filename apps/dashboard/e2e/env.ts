/** Debian's Chromium unless CHROMIUM_PATH says otherwise; never a downloaded browser. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * The flags Chromium runs with here (TOOLCHAIN.md): no sandbox (root in a container), no GPU,
 * and none of its own traffic. Headless is the launcher's to add. The benchmark's Lighthouse
 * runs use them too (@malmo/dashboard/chromium).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
