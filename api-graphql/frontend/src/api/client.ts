import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { apiFetch } from './csrf';

export type LiveState = 'connecting' | 'connected' | 'closed';

/** The state of the WebSocket that carries subscriptions, for the queue's "live" indicator. */
class LiveStatus {
  private state: LiveState = 'closed';
  private readonly listeners = new Set<(state: LiveState) => void>();
  get current() {
    return this.state;
  }
  set(state: LiveState) {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }
  subscribe(listener: (state: LiveState) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const liveStatus = new LiveStatus();

function webSocketUrl(path: string): string {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** Subscriptions over graphql-transport-ws at /graphql-ws; the browser's session cookie signs the handshake in. */
const webSocket = createWsClient({
  url: webSocketUrl('/graphql-ws'),
  lazy: true,
  retryAttempts: Number.MAX_SAFE_INTEGER,
  shouldRetry: () => true,
  on: {
    connecting: () => liveStatus.set('connecting'),
    connected: () => liveStatus.set('connected'),
    closed: () => liveStatus.set('closed'),
  },
});

export const client = new Client({
  url: '/graphql',
  fetch: apiFetch,
  // Spring GraphQL answers POST only.
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const operation = { ...request, query: request.query ?? '' };
        return {
          subscribe(sink) {
            const unsubscribe = webSocket.subscribe(operation, sink);
            return { unsubscribe };
          },
        };
      },
    }),
  ],
});
