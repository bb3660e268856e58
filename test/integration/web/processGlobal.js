// Injected by the bundler wherever the web bundle reads a free `process`: the npm `assert` package (Node's
// assert for browsers) expects one, and a web worker has none.
export { default as process } from 'process/browser.js';
