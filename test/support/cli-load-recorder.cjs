// Loaded with `node --require` before the built command line: notes each file it compiles and each
// stretch of the phone plans' file it reads, and writes them at exit to the file CLI_LOAD_RECORD names.
const Module = require('node:module');
const fs = require('node:fs');

const compiled = [];
const planReads = [];
const plansFiles = new Set();

const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  compiled.push(filename);
  return compile.call(this, content, filename);
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

process.on('exit', () => {
  fs.writeFileSync(process.env.CLI_LOAD_RECORD, JSON.stringify({ compiled, planReads }));
});
