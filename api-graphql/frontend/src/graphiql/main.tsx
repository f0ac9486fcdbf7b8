import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiFetch } from '../api/csrf';

/**
 * GraphiQL from the application's own assets (no CDN): queries and mutations over HTTP with the
 * session and CSRF header, subscriptions over the same WebSocket as the console. The schema comes
 * from the application's schema printer (/graphql/schema), not from an introspection query, which
 * the API's depth limit refuses (and production switches off).
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

async function printedSchema(): Promise<GraphQLSchema | undefined> {
  try {
    const response = await apiFetch('/graphql/schema', { headers: { Accept: 'text/plain' } });
    return response.ok ? buildSchema(await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

const schema = await printedSchema();
createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} schema={schema} />
  </StrictMode>,
);
