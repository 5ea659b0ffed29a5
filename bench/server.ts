/** The bench serves its build with the e2e tests' static server (same origin rules, 404 for unknown paths). */
export { serveDirectory, type StaticServer } from '../test/e2e/staticServer';
