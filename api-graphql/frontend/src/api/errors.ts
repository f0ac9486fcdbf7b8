import type { CombinedError } from 'urql';

/** The classifications the API's GraphQlErrorResolver answers with, plus the ones of the transport. */
export type RefusalKind =
  | 'CONFLICT' | 'FORBIDDEN' | 'BAD_REQUEST' | 'NOT_FOUND' | 'UNAUTHORIZED' | 'INTERNAL_ERROR' | 'NETWORK' | 'OTHER';

export interface Refusal {
  kind: RefusalKind;
  message: string;
}

const KNOWN = new Set<RefusalKind>(['CONFLICT', 'FORBIDDEN', 'BAD_REQUEST', 'NOT_FOUND', 'UNAUTHORIZED', 'INTERNAL_ERROR']);

/** What the server refused and why, one entry per GraphQL error (or one for a network failure). */
export function refusalsOf(error: CombinedError | undefined | null): Refusal[] {
  if (!error) return [];
  if (error.networkError) return [{ kind: 'NETWORK', message: error.networkError.message }];
  return error.graphQLErrors.map((graphQlError) => {
    const classification = graphQlError.extensions?.classification;
    const kind = typeof classification === 'string' && KNOWN.has(classification as RefusalKind)
      ? (classification as RefusalKind) : 'OTHER';
    return { kind, message: graphQlError.message };
  });
}
