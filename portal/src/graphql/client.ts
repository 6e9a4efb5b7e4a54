import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';

export interface ClientOptions {
  /** Called when the API says the session is gone (extensions.code UNAUTHENTICATED). */
  onUnauthenticated: () => void;
}

/**
 * The API lives on the same origin at /graphql and keeps the session in an HttpOnly
 * cookie, so every request sends credentials and nothing is stored in the page.
 */
export function createAppClient({ onUnauthenticated }: ClientOptions): Client {
  return new Client({
    url: '/graphql',
    // POST only: the API accepts JSON bodies, and GET would put data in URLs and logs.
    preferGetMethod: false,
    fetchOptions: {
      credentials: 'include',
      headers: { accept: 'application/graphql-response+json, application/json' },
    },
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
