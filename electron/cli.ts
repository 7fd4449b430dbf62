import { startCodeCache } from './cli/code-cache';

// First, so every file of the bundle loaded after this one runs from the code kept by an earlier run.
startCodeCache(__dirname);
void import('./cli/main').then(({ main }) => main());
