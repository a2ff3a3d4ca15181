/**
 * Imported first by the files in test/lane-off/: the suite imported after it builds its apps with
 * the hit lane off (test/support/app.ts reads HIT_LANE), so the same requests are answered the
 * way every request goes without the lane (decision 0015). Each test file runs in its own process.
 */
process.env.HIT_LANE = 'off';
