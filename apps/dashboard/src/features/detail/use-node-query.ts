import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { DetailState } from './DetailScreen';

type Typed = { __typename: string };

/**
 * Loads one record by global id through `node(id:)`. An id that names nothing, something of
 * another type, or is malformed ("Invalid global ID") all mean "not found".
 */
export function useNodeQuery<
  TData extends { node: Typed | null },
  N extends TData['node'] extends infer U ? U : never,
  K extends string,
  TVars extends { id: string | number } = { id: string },
>(
  document: TypedDocumentNode<TData, TVars>,
  id: string,
  typename: K,
  /** The page's other variables, if its query has any. */
  variables?: Omit<TVars, 'id'>,
): DetailState<Extract<N, { __typename: K }>> {
  const result = useQuery(document, {
    variables: { ...variables, id } as TVars,
    errorPolicy: 'all',
  });
  const data = result.data as TData | undefined;
  const node = data?.node ?? null;
  return {
    loading: result.loading,
    error: result.error,
    answered: data !== undefined,
    record: node && node.__typename === typename ? (node as Extract<N, { __typename: K }>) : null,
    refetch: () => void result.refetch(),
  };
}
