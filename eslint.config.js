import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/*
 * The layers, from the bottom (README, Development, Layers). Each group of
 * files gets one `no-restricted-imports` setting: in a flat config the last
 * setting that matches a file replaces the others, so each lists all it forbids.
 * Relative paths are matched as written, so a group is one folder depth;
 * test/unit/layers.test.ts checks that every source file falls in its layer's group.
 */
const core = [
  'ringostat',
  'history',
  'simulator',
  'profiles',
  'templates',
  'batch',
  'callbacks',
  'call-log',
  'files',
];
/** The folders under electron/ that the core and the command line may reach. */
const belowTheShell = ['contract', 'shared', ...core].join('|');

const electron = {
  name: 'electron',
  message: 'Only the shell (main, window, ipc, preload, adapters, menu) imports electron.',
};
const electronStore = {
  name: 'electron-store',
  message: 'Only adapters/settings-store.ts may load electron-store: it imports electron itself.',
};
const node = {
  regex: `^(node:|(${builtinModules.join('|')})(/|$))`,
  caseSensitive: true,
  message: 'This runs in the window too, where there is no Node.',
};
const restrict = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

const cli = 'The command line uses contract/, shared/ and the core: never Electron or the shell.';
const contract = 'contract/ is the bottom layer: it imports nothing of the project but contract/ itself.';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { k, ...rest } = record` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The rest of the shell, tests, build and bench: no Electron (tests stand it in with vi.mock).
      ...restrict([electron, electronStore]),
    },
  },
  {
    files: ['electron/contract/*.ts'],
    rules: restrict([electron, electronStore], [node, { regex: '^\\.\\./', message: contract }]),
  },
  {
    files: ['electron/contract/*/*.ts'],
    rules: restrict([electron, electronStore], [node, { regex: '^(\\.\\./){2}', message: contract }]),
  },
  {
    files: ['electron/shared/*.ts'],
    rules: restrict(
      [electron, electronStore],
      [
        node,
        {
          regex: '^\\.\\./(?!contract/)',
          message: 'shared/ runs in the window and in main: it imports only contract/ and shared/.',
        },
      ],
    ),
  },
  {
    files: [`electron/{${core.join(',')}}/*.ts`],
    rules: restrict(
      [electron, electronStore],
      [
        {
          regex: `^\\.\\./(?!(${belowTheShell})/)`,
          message: `The core imports only contract/, shared/ and the core (${core.join(', ')}/): never the shell, the command line or the window.`,
        },
      ],
    ),
  },
  {
    files: ['electron/cli/*.ts'],
    rules: restrict([electron, electronStore], [{ regex: `^\\.\\./(?!(${belowTheShell})/)`, message: cli }]),
  },
  {
    files: ['electron/cli.ts'],
    rules: restrict(
      [electron, electronStore],
      [{ regex: `^(\\.\\./|\\./(?!(cli|${belowTheShell})/))`, message: cli }],
    ),
  },
  {
    files: [
      'electron/main.ts',
      'electron/window.ts',
      'electron/ipc.ts',
      'electron/menu.ts',
      'electron/menu-template.ts',
    ],
    rules: restrict([electronStore]),
  },
  { files: ['electron/adapters/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['electron/preload.ts'],
    rules: restrict(
      [
        electronStore,
        {
          name: './contract/schemas',
          allowTypeImports: true,
          message: 'The preload imports only types and channel names: the schemas would bundle zod into it.',
        },
        { name: 'zod', message: 'The preload must stay small and free of zod: main parses every payload.' },
      ],
      [
        {
          regex: '^(\\.\\./|\\./(?!contract/))',
          message: 'The preload imports only the contract (and electron).',
        },
      ],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [electron, electronStore],
        [
          node,
          {
            regex: '^(\\.\\./)+electron/(?!(contract|shared)/)',
            message:
              'The window imports only electron/contract/ and electron/shared/: the rest runs in main, behind window.desk.',
          },
        ],
      ),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'build/**/*.ts', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
