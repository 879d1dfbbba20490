import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const ledgerSettingsQuery = graphql(`
  query LedgerSettings {
    ledgerSettings {
      today
      demoAsOf
      meetingReportDays
    }
  }
`);

/** Today in Malmö and the demo activity's day, from the API (never the browser's clock). */
export function useLedgerSettings() {
  const { data, error, refetch } = useQuery(ledgerSettingsQuery);
  return { settings: data?.ledgerSettings, error, refetch: () => void refetch() };
}
