/** The start page until the callback forms arrive: says where callbacks go and how to place one today. */
export function App() {
  return (
    <main className="start">
      <p className="banner" role="status">
        Sandbox: callbacks go to the embedded Ringostat simulator. No real phone rings.
      </p>
      <h1>Callback Desk</h1>
      <p>
        Place Ringostat callbacks, check what happened, and explain how each option shows up in the call log.
      </p>
      <h2>Place a callback from the command line</h2>
      <pre>
        <code>
          npx callback-desk extended --sandbox --caller &quot;+38 067 111 22 33&quot; --callee 101
          --callee-type scheme
        </code>
      </pre>
      <p>
        Every command takes <code>--help</code>. The Auth-key is read only from{' '}
        <code>RINGOSTAT_AUTH_KEY</code>.
      </p>
    </main>
  );
}
