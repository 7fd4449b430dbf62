/** What the main process knows about where an IPC call came from. */
export interface SenderFacts {
  /** The web contents that sent it, and the app window's. */
  senderId: number;
  windowId: number;
  /** Whether it came from the top frame rather than an embedded one. */
  fromMainFrame: boolean;
  frameUrl: string;
}

/** A call counts only from the app's own window, from its top frame, showing the app's own page. */
export function isTrustedSender(facts: SenderFacts, rendererUrl: string): boolean {
  return (
    facts.senderId === facts.windowId && facts.fromMainFrame && facts.frameUrl.split('#')[0] === rendererUrl
  );
}
