import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiFetch } from '../api/csrf';

/**
 * GraphiQL from the application's own assets (no CDN): queries and mutations over HTTP with the
 * session and CSRF header, subscriptions over the same WebSocket as the console.
 */
const webSocket = new URL('/graphql-ws', window.location.href);
webSocket.protocol = webSocket.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: webSocket.toString(),
  fetch: apiFetch as typeof fetch,
});

const DEFAULT_QUERY = `# The citizen-request ledger. Try:
query Queue {
  requests(first: 5) {
    totalCount
    edges { node { registrationNumber status subject municipalityName respondBy } }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
