// Import attributes (`with`) are newer than V8 10.2: the SyntaxError says so and what to write.
import config from './data/config.json' with { type: 'json' };
console.log('not reached', config);
