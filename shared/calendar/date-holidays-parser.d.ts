// date-holidays-parser ships an ambient declaration that its package "exports" hide from TypeScript; an `import`
// cannot reach it, so it is referenced by path.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />

// moment-timezone's core without its data (shared/calendar/momentTimezoneDach.ts), typed as the package itself.
declare module 'moment-timezone/moment-timezone.js' {
  import moment from 'moment-timezone';
  export default moment;
}
