import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

/**
 * The page `npm create vite` makes for React and TypeScript, without its
 * two logo images, and with one field that takes the cursor: the window's
 * yardstick, ready when that field has it.
 */
function App() {
  const [count, setCount] = useState(0);
  return (
    <>
      <h1>Vite + React</h1>
      <div className="card">
        <input name="caller" aria-label="Caller" autoFocus />
        <button type="submit" onClick={() => setCount((value) => value + 1)}>
          count is {count}
        </button>
        <p>
          Edit <code>src/App.tsx</code> and save to test HMR
        </p>
      </div>
      <p className="read-the-docs">Click on the Vite and React logos to learn more</p>
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
