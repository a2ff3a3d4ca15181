// test/search-pages.test.ts again, with the hit lane off (test/support/lane-off.ts).
import '../support/lane-off.js';
import '../search-pages.test.js';
