onmessage = ({data: {module, memory}}) => {
  const {wait} = new WebAssembly.Instance(module, {env: {memory}}).exports;
  postMessage('waiting');
  const result = wait(4, 0);  // 0: woken by a notify ("ok").
  postMessage(`wait returned ${result}`);
};
