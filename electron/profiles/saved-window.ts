/** A rectangle on the screens, in the system's screen coordinates. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the window was when it last closed: kept with the settings, restored by the window. */
export interface SavedWindow extends Bounds {
  maximized: boolean;
}
