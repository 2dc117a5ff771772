// The worker of driver.js: WPT's `.any.worker.js` wrapper, with the files named by driver.js.
importScripts(...JSON.parse(self.name));
done();
