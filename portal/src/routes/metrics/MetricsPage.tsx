import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { errorMessage, mapUserErrors, type FormErrors } from '../../graphql/errors.ts';
import { readFragment, type FragmentOf } from '../../graphql/graphql.ts';
import { usePaginatedQuery } from '../../graphql/usePaginatedQuery.ts';
import { NotAvailable } from '../accounts/NotAvailable.tsx';
import { capabilitiesOf } from '../identity/roles.ts';
import { useViewer } from '../identity/viewer.ts';
import { AGGREGATION_LABELS, DIRECTION_LABELS, INDICATOR_LABELS, KIND_LABELS } from './labels.ts';
import { EMPTY_METRIC, METRIC_FIELDS, MetricForm, type MetricField, type MetricFormValues } from './MetricForm.tsx';
import {
  AccountMetricsQuery,
  AdoptMetricTemplateMutation,
  CreateMetricMutation,
  MetricRowFragment,
  MetricTemplatesQuery,
  UpdateMetricMutation,
} from './queries.ts';

const PAGE_SIZE = 50;
const NO_ERRORS: FormErrors<MetricField> = { fields: {}, form: [] };
type MetricRowData = FragmentOf<typeof MetricRowFragment>;

/**
 * /metrics. Customer users: their account's metrics (admins add, edit and adopt the
 * provider's templates). Provider staff: the provider's templates (provider admins manage them).
 */
export function MetricsPage() {
  const viewer = useViewer();
  const can = capabilitiesOf(viewer);
  if (viewer.isProviderStaff) {
    return (
      <div className="page">
        <PageHeading
          eyebrow="Provider"
          title="Metric templates"
          description="Metrics every account can adopt for its goals. An adopted template becomes the account’s own copy, which it can adjust."
        />
        <TemplatesSection manage={can.manageMetrics} adoptInto={null} />
        {can.manageMetrics && <AddMetric accountId={null} />}
      </div>
    );
  }
  if (!viewer.account) return <NotAvailable title="Metrics" />;
  return (
    <div className="page">
      <PageHeading
        eyebrow={viewer.account.name}
        title="Metrics"
        description="The numbers that show whether your goals are met. Each goal’s measure uses one of them."
      />
      <AccountMetricsSection accountId={viewer.account.id} manage={can.manageMetrics} />
      <TemplatesSection manage={false} adoptInto={can.manageMetrics ? viewer.account.id : null} />
      {can.manageMetrics && <AddMetric accountId={viewer.account.id} />}
    </div>
  );
}

function AccountMetricsSection({ accountId, manage }: { accountId: string; manage: boolean }) {
  const headingId = useId();
  const list = usePaginatedQuery({
    query: AccountMetricsQuery,
    variables: { accountId, first: PAGE_SIZE },
    select: (data) => (data.node?.__typename === 'Account' ? data.node.metricDefinitions : null),
    additionalTypenames: ['MetricDefinition'],
  });
  let body;
  if (list.loading) body = <Loading label="Loading your metrics…" />;
  else if (list.error && !list.nodes.length) {
    body = (
      <ErrorState error={list.error} title="Your metrics could not be loaded" onRetry={list.retry} headingLevel={3} />
    );
  } else if (!list.nodes.length) {
    body = (
      <EmptyState title="No metrics yet" headingLevel={3} icon="▤">
        {manage
          ? 'Add your own below, or adopt one of the provider’s templates.'
          : 'Your admin adds the metrics your goals are measured with.'}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <MetricTable
          metrics={list.nodes}
          caption="Your metrics"
          editable={manage}
          adoptInto={null}
          adopted={new Set()}
        />
        <LoadMore
          shown={list.nodes.length}
          total={list.totalCount}
          hasNextPage={list.hasNextPage}
          loading={list.loadingMore}
          onLoadMore={list.loadMore}
          noun="metrics"
        />
      </>
    );
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Your metrics</h2>
        <p className="card-subtitle">Leading indicators move before an outcome; lagging ones after it.</p>
      </div>
      {body}
    </section>
  );
}

function TemplatesSection({ manage, adoptInto }: { manage: boolean; adoptInto: string | null }) {
  const headingId = useId();
  const list = usePaginatedQuery({
    query: MetricTemplatesQuery,
    variables: { first: PAGE_SIZE },
    select: (data) => data.viewer?.metricTemplates,
    additionalTypenames: ['MetricDefinition'],
  });
  const own = usePaginatedQuery({
    query: AccountMetricsQuery,
    variables: { accountId: adoptInto ?? '', first: 100 },
    select: (data) => (data.node?.__typename === 'Account' ? data.node.metricDefinitions : null),
    additionalTypenames: ['MetricDefinition'],
    pause: !adoptInto,
  });
  const adopted = new Set(own.nodes.flatMap((metric) => (metric.template ? [metric.template.id] : [])));
  let body;
  if (list.loading) body = <Loading label="Loading the templates…" />;
  else if (list.error && !list.nodes.length) {
    body = (
      <ErrorState error={list.error} title="The templates could not be loaded" onRetry={list.retry} headingLevel={3} />
    );
  } else if (!list.nodes.length) {
    body = (
      <EmptyState title="No templates yet" headingLevel={3} icon="▤">
        {manage ? 'Add the first template below.' : 'The provider has not shared metric templates yet.'}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <MetricTable
          metrics={list.nodes}
          caption="Metric templates"
          editable={manage}
          adoptInto={adoptInto}
          adopted={adopted}
        />
        <LoadMore
          shown={list.nodes.length}
          total={list.totalCount}
          hasNextPage={list.hasNextPage}
          loading={list.loadingMore}
          onLoadMore={list.loadMore}
          noun="templates"
        />
      </>
    );
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{adoptInto !== null || !manage ? 'Provider templates' : 'Templates'}</h2>
        <p className="card-subtitle">
          {adoptInto
            ? 'Ready-made metrics from your provider. Adopt one to add your own copy of it; a goal’s measure can also use a template directly.'
            : 'Accounts adopt these as their own metrics, or use them directly in a goal’s measure.'}
        </p>
      </div>
      {body}
    </section>
  );
}

function MetricTable({
  metrics,
  caption,
  editable,
  adoptInto,
  adopted,
}: {
  metrics: readonly MetricRowData[];
  caption: string;
  editable: boolean;
  adoptInto: string | null;
  adopted: ReadonlySet<string>;
}) {
  const captionId = useId();
  const [editing, setEditing] = useState<MetricRowData | null>(null);
  const actions = editable || adoptInto !== null;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table-stack" role="table">
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Metric
              </th>
              <th scope="col" role="columnheader">
                Kind
              </th>
              <th scope="col" role="columnheader">
                Unit
              </th>
              <th scope="col" role="columnheader">
                Direction
              </th>
              <th scope="col" role="columnheader">
                Indicator
              </th>
              <th scope="col" role="columnheader">
                Aggregation
              </th>
              {actions && (
                <th scope="col" role="columnheader">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {metrics.map((data) => {
              const metric = readFragment(MetricRowFragment, data);
              return (
                <tr role="row" key={metric.id}>
                  <th scope="row" role="rowheader" className="cell-primary">
                    <span className="metric-cell">
                      <span>{metric.name}</span>
                      <span className="mono muted small">{metric.key}</span>
                      {metric.description && <span className="muted small cell-note">{metric.description}</span>}
                      {metric.template && (
                        <span className="muted small">
                          Adopted from a provider template
                          {metric.template.name !== metric.name && ` (“${metric.template.name}”)`}
                        </span>
                      )}
                    </span>
                  </th>
                  <td role="cell" data-label="Kind">
                    {KIND_LABELS[metric.kind]}
                  </td>
                  <td role="cell" data-label="Unit">
                    {metric.unit || <span className="muted">None</span>}
                  </td>
                  <td role="cell" data-label="Direction">
                    {DIRECTION_LABELS[metric.direction]}
                  </td>
                  <td role="cell" data-label="Indicator">
                    {INDICATOR_LABELS[metric.indicator]}
                  </td>
                  <td role="cell" data-label="Aggregation">
                    {AGGREGATION_LABELS[metric.aggregation]}
                  </td>
                  {actions && (
                    <td role="cell">
                      <span className="row">
                        {editable && (
                          <Button variant="secondary" size="small" onClick={() => setEditing(data)}>
                            Edit<span className="visually-hidden"> {metric.name}</span>
                          </Button>
                        )}
                        {adoptInto !== null &&
                          (adopted.has(metric.id) ? (
                            <Badge tone="success">Adopted</Badge>
                          ) : (
                            <AdoptButton accountId={adoptInto} templateId={metric.id} name={metric.name} />
                          ))}
                      </span>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <EditMetricDialog metric={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function AdoptButton({ accountId, templateId, name }: { accountId: string; templateId: string; name: string }) {
  const [state, adopt] = useMutation(AdoptMetricTemplateMutation);
  const { notify } = useToast();
  const run = async () => {
    const result = await adopt({ input: { accountId, templateId } });
    if (result.error) return notify(errorMessage(result.error), 'error');
    const payload = result.data?.adoptMetricTemplate;
    if (!payload?.metricDefinition) {
      return notify(payload?.errors[0]?.message ?? 'The template could not be adopted.', 'error');
    }
    notify(`${name} is now one of your metrics.`);
  };
  return (
    <Button size="small" busy={state.fetching} onClick={() => void run()}>
      Adopt<span className="visually-hidden"> {name}</span>
    </Button>
  );
}

function EditMetricDialog({ metric: data, onClose }: { metric: MetricRowData | null; onClose: () => void }) {
  const metric = data ? readFragment(MetricRowFragment, data) : null;
  const [state, updateMetric] = useMutation(UpdateMetricMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const { notify } = useToast();
  const close = () => {
    setErrors(NO_ERRORS);
    onClose();
  };

  const onSubmit = async (values: MetricFormValues) => {
    if (!metric || !values.kind) return;
    setErrors(NO_ERRORS);
    const result = await updateMetric({
      input: {
        id: metric.id,
        name: values.name.trim(),
        description: values.description.trim(),
        unit: values.unit.trim(),
        direction: values.direction,
        kind: values.kind,
        indicator: values.indicator,
        aggregation: values.aggregation,
      },
    });
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.updateMetricDefinition;
    if (!payload?.metricDefinition) return setErrors(mapUserErrors(payload?.errors ?? [], METRIC_FIELDS));
    notify(`${payload.metricDefinition.name} was saved.`);
    close();
  };

  return (
    <Dialog open={metric !== null} onClose={close} title={metric ? `Edit ${metric.name}` : 'Edit metric'}>
      {metric && (
        <MetricForm
          key={metric.id}
          idPrefix="edit-metric"
          initial={{ ...metric }}
          creating={false}
          submitLabel="Save changes"
          busyLabel="Saving…"
          busy={state.fetching}
          errors={errors}
          onSubmit={(values) => void onSubmit(values)}
          cancel={
            <Button variant="ghost" onClick={close} disabled={state.fetching}>
              Cancel
            </Button>
          }
        />
      )}
    </Dialog>
  );
}

/** A new account metric (customer admins) or template (provider admins, accountId null). */
function AddMetric({ accountId }: { accountId: string | null }) {
  const headingId = useId();
  const [state, createMetric] = useMutation(CreateMetricMutation);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [formKey, setFormKey] = useState(0);
  const { notify } = useToast();

  const onSubmit = async (values: MetricFormValues) => {
    if (!values.kind) return;
    setErrors(NO_ERRORS);
    const result = await createMetric({
      input: {
        accountId,
        key: values.key.trim(),
        name: values.name.trim(),
        description: values.description.trim() || null,
        unit: values.unit.trim(),
        direction: values.direction,
        kind: values.kind,
        indicator: values.indicator,
        aggregation: values.aggregation,
      },
    });
    if (result.error) return setErrors({ fields: {}, form: [errorMessage(result.error)] });
    const payload = result.data?.createMetricDefinition;
    if (!payload?.metricDefinition) return setErrors(mapUserErrors(payload?.errors ?? [], METRIC_FIELDS));
    notify(`${payload.metricDefinition.name} was added.`);
    setFormKey((key) => key + 1);
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{accountId ? 'Add a metric' : 'Add a template'}</h2>
        <p className="card-subtitle">
          {accountId
            ? 'A number your account tracks. Goals measure their progress with it.'
            : 'A metric every account can adopt.'}
        </p>
      </div>
      <MetricForm
        key={formKey}
        idPrefix="new-metric"
        initial={EMPTY_METRIC}
        creating
        submitLabel={accountId ? 'Add metric' : 'Add template'}
        busyLabel="Adding…"
        busy={state.fetching}
        errors={errors}
        onSubmit={(values) => void onSubmit(values)}
      />
    </section>
  );
}
