// Its evaluation fails: import() of it rejects.
throw new Error('module evaluation failed');
