import { useParams } from 'react-router';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { unitLinks } from '../features/editing/kinds/links';
import { EditRecordLink } from '../features/editing/ListActions';
import { RecordLifecycle } from '../features/history/RecordLifecycle';
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
        version
        archivedAt
      }
    }
  }
`);

export function UnitPage() {
  const { t } = useLocale();
  const state = useNodeQuery(unitPageQuery, useParams().id ?? '', 'Unit');
  return (
    <DetailScreen
      actions={(unit) => <EditRecordLink kind={unitLinks} record={unit} />}
      state={state}
      back={{ href: paths.units, label: t('units.title') }}
      eyebrow={t('unit.eyebrow')}
      title={(unit) => unit.name}
    >
      {(unit) => (
        <>
          <UnitDetails unit={unit} />
          <RecordLifecycle
            kind={unitLinks}
            record={unit}
            title={unit.name}
            reload={state.refetch}
          />
        </>
      )}
    </DetailScreen>
  );
}
