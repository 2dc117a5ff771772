// A thrown non-error value is printed with the console formatter after the location.
throw { code: 42, list: [1, 2] };
