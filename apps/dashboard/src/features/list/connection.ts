import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const PAGE_SIZE = 25;
const EXPORT_PAGE_SIZE = 500;

export const ListPageInfoFragment = graphql(`
  fragment ListPageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

export interface Connection<Row> {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: readonly { node: Row }[];
}

export interface PageVariables {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

type FilterVariables<V> = Omit<V, keyof PageVariables>;

/**
 * One page of a Relay connection (forward with `after`, backward with `before`), plus
 * `fetchAll` for exports: every row that matches the same filter and order, page by page.
 */
export function useConnectionQuery<TData, TVars extends PageVariables & OperationVariables, Row>(
  document: TypedDocumentNode<TData, TVars>,
  variables: FilterVariables<TVars>,
  cursor: { after?: string; before?: string },
  select: (data: TData) => Connection<Row>,
) {
  const client = useApolloClient();
  const paging: PageVariables = cursor.after
    ? { first: PAGE_SIZE, after: cursor.after }
    : cursor.before
      ? { last: PAGE_SIZE, before: cursor.before }
      : { first: PAGE_SIZE };
  // Generic variables cannot satisfy Apollo's conditional options type; the shape is checked
  // by each caller's `variables` against its document.
  const options = {
    variables: { ...variables, ...paging },
    notifyOnNetworkStatusChange: true,
  } as useQuery.Options<TData, TVars>;
  const result = useQuery<TData, TVars>(document, options);
  // Keep showing the previous rows while the next page or filter loads.
  const data = (result.data ?? result.previousData) as TData | undefined;

  const fetchAll = async (): Promise<Row[]> => {
    const rows: Row[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const { data: page } = await client.query<TData, TVars>({
        query: document,
        variables: { ...variables, first: EXPORT_PAGE_SIZE, after } as TVars,
        fetchPolicy: 'no-cache',
      } as ApolloClient.QueryOptions<TData, TVars>);
      if (!page) throw new Error('No data');
      const connection = select(page as TData);
      rows.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
      after = connection.pageInfo.endCursor;
    }
    return rows;
  };

  return {
    connection: data ? select(data) : undefined,
    loading: result.loading,
    error: result.error,
    refetch: () => void result.refetch(),
    fetchAll,
  };
}
