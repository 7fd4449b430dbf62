import { createContext, useContext } from 'react';
import { formatMoment, momentParts, type MomentStyle } from '../electron/contract/i18n/moments';
import { useT } from './i18n';

/** Each profile's time zone by its id, for moments that belong to a profile (an attempt, a run). */
export const ProjectZonesContext = createContext<ReadonlyMap<string, string>>(new Map());

/** The time zone of a profile, when it still exists and names one. */
export function useProjectZone(profileId: string | null | undefined): string | null {
  const zones = useContext(ProjectZonesContext);
  return profileId ? (zones.get(profileId) ?? null) : null;
}

/** Writes a moment as one line, for messages and a list's options; see `formatMoment`. */
export function useMomentText(): (
  at: string | number,
  style: MomentStyle,
  projectZone?: string | null,
) => string {
  const t = useT();
  return (at, style, projectZone) => formatMoment(at, t.locale, style, { projectZone });
}

interface MomentProps {
  at: string | number;
  style: MomentStyle;
  /** The project's zone, added where its clock reads otherwise than the person's. */
  projectZone?: string | null;
  /** Put the project's reading on a line of its own under the person's, as a table's cell wants. */
  stacked?: boolean;
}

/**
 * A moment in the person's local time, written as their language writes it,
 * with the project's reading beside it (or under it) where the two differ.
 */
export function Moment({ at, style, projectZone, stacked }: MomentProps) {
  const t = useT();
  const parts = momentParts(at, t.locale, style, { projectZone });
  if (!parts) return <>{String(at)}</>;
  const project =
    parts.project !== null && parts.zone !== null
      ? t('time.inProject', { project: parts.project, zone: parts.zone })
      : null;
  return (
    <>
      <time dateTime={parts.iso}>{parts.local}</time>
      {project === null ? null : stacked ? (
        <span className="project-time">{project}</span>
      ) : (
        <span className="project-time-inline"> ({project})</span>
      )}
    </>
  );
}
