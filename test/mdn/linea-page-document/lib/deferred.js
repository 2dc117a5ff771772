// A deferred script runs after the whole page is parsed, so it finds every element.
log("deferred script sees #log: " + (document.getElementById("log") !== null));
