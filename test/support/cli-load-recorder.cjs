// Loaded with `node --require` before the built command line: notes each file it loads, each stretch
// of the phone plans' file it reads and each kept code file it reads or writes, and writes them at exit
// to the file CLI_LOAD_RECORD names.
const Module = require('node:module');
const fs = require('node:fs');

const compiled = [];
const planReads = [];
const plansFiles = new Set();
const cacheReads = [];
const cacheWrites = [];

// load(), not _compile(): the command line runs its own files through a _compile of its own.
const load = Module.prototype.load;
Module.prototype.load = function (filename) {
  compiled.push(filename);
  return load.call(this, filename);
};
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  const result = readFileSync.call(this, path, ...rest);
  if (String(path).includes('code-cache')) cacheReads.push(String(path));
  return result;
};
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (path, ...rest) {
  if (String(path).includes('code-cache')) cacheWrites.push(String(path));
  return writeFileSync.call(this, path, ...rest);
};
const openSync = fs.openSync;
fs.openSync = function (path, ...rest) {
  const descriptor = openSync.call(this, path, ...rest);
  if (String(path).endsWith('phone-metadata.json')) plansFiles.add(descriptor);
  return descriptor;
};
const readSync = fs.readSync;
fs.readSync = function (descriptor, buffer, offset, length, position) {
  if (plansFiles.has(descriptor)) planReads.push([position, length]);
  return readSync.apply(this, arguments);
};

// Listened for once the command line has started, so its own exit work (keeping code) comes first.
setImmediate(() =>
  process.on('exit', () => {
    writeFileSync(
      process.env.CLI_LOAD_RECORD,
      JSON.stringify({ compiled, planReads, cacheReads, cacheWrites }),
    );
  }),
);
