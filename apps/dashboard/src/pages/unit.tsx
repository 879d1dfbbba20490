import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { unitKind } from '../features/editing/kinds/registry';
import { EditRecordLink, useKindFields } from '../features/editing/ListActions';
import { RecordHistory } from '../features/history/RecordHistory';
import { UnitDetails } from '../features/units/UnitDetails';
import { graphql } from '../gql';
import { useLocale } from '../i18n';
import { paths } from '../paths';

const unitPageQuery = graphql(`
  query UnitPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Unit {
        ...UnitDetails_Unit
      }
    }
  }
`);

export function UnitPage() {
  const historyFields = useKindFields(unitKind);
  const { t } = useLocale();
  const state = useNodeQuery(unitPageQuery, useParams().id ?? '', 'Unit');
  return (
    <DetailScreen
      actions={(unit) => <EditRecordLink kind={unitKind} record={unit} />}
      state={state}
      back={{ href: paths.units, label: t('units.title') }}
      eyebrow={t('unit.eyebrow')}
      title={(unit) => unit.name}
    >
      {(unit) => (
        <>
          <UnitDetails unit={unit} />
          <RecordHistory id={unit.id} fields={historyFields} />
        </>
      )}
    </DetailScreen>
  );
}
