import '@malmo/ui/styles.css';
import './app.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { SessionGate } from './features/auth/SessionGate';
import { SessionProvider } from './features/auth/SessionProvider';
import { createSessionStore, loadViewer, sessionEnded } from './features/auth/session';
import { initI18n } from './i18n';
import { createRouter } from './router';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const session = createSessionStore();
// Any request refused with UNAUTHENTICATED while signed in: the session ended (idle, expired,
// signed out elsewhere); the shell sends the reader to sign in again.
const client = createApolloClient({ onUnauthenticated: () => sessionEnded(session) });
void loadViewer(client, session);
const router = createRouter();

// Swedish at once; a stored choice of English waits for its strings (a chunk of their own).
// (Not a top-level await: that would split the first chunk into many small ones.)
void initI18n().then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={client}>
          <SessionProvider store={session}>
            <SessionGate>
              <RouterProvider router={router} />
            </SessionGate>
          </SessionProvider>
        </ApolloProvider>
      </I18nextProvider>
    </StrictMode>,
  ),
);
