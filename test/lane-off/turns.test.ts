// test/turns.test.ts again, with the hit lane off (test/support/lane-off.ts).
import '../support/lane-off.js';
import '../turns.test.js';
