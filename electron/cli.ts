import { startCompileCache } from './cli/compile-cache';

// First, so every file loaded after this one comes from the compile cache once it holds it.
startCompileCache();
void import('./cli/main').then(({ main }) => main());
