// {type: 'module'}: the worker's script is a module (static and dynamic imports, top-level
// await); importScripts is refused there.
const worker = new Worker('module_main.mjs', {type: 'module', name: 'mod'});
worker.onmessage = ({data}) => console.log(data);
try {
  new Worker('module_main.mjs', {type: 'shared'});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
