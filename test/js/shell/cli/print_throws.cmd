-p
throw new TypeError("nothing to print")
