// First, so main's first answer and the first messages are on their way before the rest runs.
import { firstState } from './kickoff';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

void firstState.then((first) =>
  createRoot(root).render(
    <StrictMode>
      <App first={first} />
    </StrictMode>,
  ),
);
