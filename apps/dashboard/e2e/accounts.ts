/**
 * The demo accounts the server creates in demo mode (`startServer({ mode: 'demo' })`), as the
 * README lists them; one per role, all with the same password.
 */
export const DEMO_PASSWORD = 'malmo-demo-2006';

export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@malmo.example', name: 'Demo Administratör', role: 'Administratör' },
  analyst: { email: 'analytiker@malmo.example', name: 'Demo Analytiker', role: 'Analytiker' },
  steering: { email: 'styrgrupp@malmo.example', name: 'Demo Styrgrupp', role: 'Styrgrupp' },
  unit_editor: {
    email: 'fosie@malmo.example',
    name: 'Demo SDF Fosie',
    role: 'Redaktör för förvaltning, SDF Fosie',
  },
  reader: { email: 'lasare@malmo.example', name: 'Demo Läsare', role: 'Läsare' },
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;
