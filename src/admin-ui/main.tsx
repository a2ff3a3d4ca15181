/**
 * The newsroom's single-page app, bundled by scripts/build-admin.mjs into public/admin/ and loaded
 * by the page the server sends for every /admin/ address (src/render/admin/shell.ts).
 */
import './styles.css';
import { render } from 'preact';
import { App } from './app.js';
import { useNewsroomZone } from './newsroom-time.js';

// The newsroom's TIME_ZONE, as the server wrote it on the page.
const zone = document.documentElement.dataset.timeZone;
if (zone) useNewsroomZone(zone);

const root = document.getElementById('app');
if (root) {
  // The server's placeholder (who is signed in, "loading") makes way for the app.
  root.textContent = '';
  render(<App />, root);
}
