import type { CallbackPreview } from '../../electron/contract/desk-types';

const recorded = { inbound: 'Inbound', outbound: 'Outbound', callback: 'Callback (simple method)' } as const;

/** How Ringostat's call log will show this callback, as the form stands; needs no project. */
export function CallLogPreviewPanel({ preview }: { preview: CallbackPreview | null }) {
  const callLog = preview?.callLog ?? null;
  return (
    <section className="panel" aria-label="How the call log will show it">
      <h2>How the call log will show it</h2>
      {callLog ? (
        <>
          <dl className="facts-list">
            <dt>Recorded as</dt>
            <dd>{recorded[callLog.recordedAs]}</dd>
            <dt>Who called</dt>
            <dd>{callLog.whoCalled}</dd>
            <dt>Where they called</dt>
            <dd>{callLog.whereCalled}</dd>
            <dt>Connected with</dt>
            <dd>{callLog.connectedWith}</dd>
            <dt>Traffic source</dt>
            <dd>
              {callLog.trafficLabels.length > 0
                ? callLog.trafficLabels.map((label) => `${label.name}: ${label.value}`).join(' · ')
                : 'none'}
            </dd>
          </dl>
          <p className="field-hint">{callLog.labelsNote}</p>
          <p>
            {callLog.rings}
            {callLog.managerDst === null ? '' : ` Sends manager_dst ${callLog.managerDst}.`}
          </p>
          <p>{callLog.clientSees}</p>
        </>
      ) : (
        <p className="waiting">Fill in the form to see how the call will be recorded.</p>
      )}
    </section>
  );
}
