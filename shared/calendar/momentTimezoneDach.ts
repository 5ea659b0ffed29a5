/**
 * moment-timezone for the renderer's holiday rules: the library without its bundled database of every zone of the
 * world (about 1 MB), loaded with the zones of Germany, Austria and Switzerland only (holidayZones.json, written
 * by scripts/extract-holiday-data.mjs). The renderer's vite configs alias `moment-timezone` to this file
 * (`rendererAliases` in vite.shared.ts); Node and the tests use the package as it is.
 */
import moment from 'moment-timezone/moment-timezone.js';
import zones from './holidayZones.json';

moment.tz.load(zones);

export default moment;
