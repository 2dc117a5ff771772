// An 'unhandledrejection' listener that does not cancel: the rejection is reported, exit 1.
addEventListener('unhandledrejection', (event) => console.log('saw', event.reason.message));
Promise.reject(new Error('left unhandled'));
