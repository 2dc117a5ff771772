// Loaded after testharness.js: reports every subtest and the harness's end to the runner
// (test/jsapi/run.py), one JSON object a line, prefixed so that a test's own output cannot be
// taken for a result.
(function () {
  const kPrefix = "@@jsapi ";
  const write = (record) => print(kPrefix + JSON.stringify(record));
  add_result_callback((test) => {
    write({ subtest: test.name, status: test.format_status(), message: test.message || "" });
  });
  add_completion_callback((tests, harness) => {
    write({ done: true, status: harness.format_status(), message: harness.message || "" });
  });
})();
