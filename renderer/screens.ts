import { lazy } from 'react';

/*
 * The screens other than the callback form, each a chunk of its own that
 * loads when the screen is first opened: the window starts with the form alone.
 */
export const HistoryScreen = lazy(() =>
  import('./components/history-screen').then((module) => ({ default: module.HistoryScreen })),
);
export const RunsScreen = lazy(() =>
  import('./components/runs-screen').then((module) => ({ default: module.RunsScreen })),
);
export const CallLogScreen = lazy(() =>
  import('./components/call-log-screen').then((module) => ({ default: module.CallLogScreen })),
);
export const ProfilesScreen = lazy(() =>
  import('./components/profiles-screen').then((module) => ({ default: module.ProfilesScreen })),
);
