// Opens each part's API docs in headless Chromium, as a learner's browser would, and checks that they render:
// Swagger UI at /docs shows every operation of /openapi.json, ReDoc at /redoc lists them too, no script error,
// no failed or off-site request (the pages work offline). Where the docs declare an OAuth2 password flow
// (part 10), it signs up a user, logs in through Swagger UI's Authorize dialog and calls GET /me with the token.
// Screenshots go to each part's target/pages/. Usage (from the repository root, after ./mvnw package):
//   npm ci --prefix tools/browser && node tools/browser/check-pages.js [part-NN-x ...]
const { chromium } = require('playwright-core');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// Starts the part's jar in a scratch folder (its data folder goes there) and waits for its ready line.
async function start(part) {
  const port = await freePort();
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), part + '-'));
  const jar = path.join(root, part, 'target', part + '.jar');
  const app = spawn('java', ['-jar', jar], { cwd, env: { ...process.env, PORT: String(port) } });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(part + ' did not start within 60 s:\n' + output)), 60000);
    app.stdout.on('data', data => {
      output += data;
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    app.stderr.on('data', data => (output += data));
    app.on('exit', code => reject(new Error(part + ' exited with ' + code + ':\n' + output)));
  });
  return { base: 'http://127.0.0.1:' + port, stop: () => app.kill('SIGTERM'), cwd };
}

// Two requests no page of ours makes, and that change nothing when they fail: the browser's own /favicon.ico
// (the API answers 404), and the small logo in ReDoc's "API docs by Redocly" footer, which the ReDoc bundle
// always loads from its CDN (it has no option to turn it off; offline, the footer shows its alt text).
const expected = [/\/favicon\.ico$/, /^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg$/];
const isExpected = url => expected.some(pattern => pattern.test(url));

// Records everything that would make a page fail for a learner.
function watch(tab, base, problems) {
  tab.on('pageerror', error => problems.push('script error: ' + error.message));
  tab.on('console', message => {
    if (message.type() === 'error' && !isExpected(message.location().url || '')) {
      problems.push('console error: ' + message.text());
    }
  });
  tab.on('requestfailed', request => isExpected(request.url()) || problems.push('request failed: ' + request.url()));
  tab.on('request', request => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:') && !isExpected(url)) {
      problems.push('off-site request: ' + url);
    }
  });
  tab.on('response', response => {
    if (response.status() >= 400 && !isExpected(response.url())) problems.push(response.status() + ': ' + response.url());
  });
}

async function checkPart(browser, part) {
  const app = await start(part);
  const problems = [];
  const shots = path.join(root, part, 'target', 'pages');
  fs.mkdirSync(shots, { recursive: true });
  try {
    const docs = await (await fetch(app.base + '/openapi.json')).json();
    const operations = Object.values(docs.paths).flatMap(item => Object.keys(item)).length;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    watch(tab, app.base, problems);

    await tab.goto(app.base + '/docs', { waitUntil: 'networkidle' });
    await tab.waitForSelector('.opblock', { timeout: 15000 });
    const shown = await tab.locator('.opblock').count();
    if (shown !== operations) problems.push(`/docs shows ${shown} operations; openapi.json has ${operations}`);
    await tab.screenshot({ path: path.join(shots, 'docs.png') });

    const password = Object.values(docs.components?.securitySchemes || {}).find(s => s.flows?.password);
    if (password) await authorize(tab, app.base, problems, shots);

    await tab.goto(app.base + '/redoc', { waitUntil: 'networkidle' });
    await tab.waitForSelector('.operation-type', { timeout: 15000 });
    const listed = await tab.locator('.operation-type').count();
    if (listed !== operations) problems.push(`/redoc lists ${listed} operations; openapi.json has ${operations}`);
    await tab.screenshot({ path: path.join(shots, 'redoc.png') });
    await context.close();
    const flow = password ? ', Authorize logs in and GET /me answers 200' : '';
    console.log(`[pages] ${part}: /docs and /redoc show all ${operations} operations${flow}`);
  } finally {
    app.stop();
    fs.rmSync(app.cwd, { recursive: true, force: true });
  }
  return problems.map(problem => part + ': ' + problem);
}

// The OAuth2 password flow, as a learner clicks it: Authorize, email and password, then "Try it out" on GET /me.
async function authorize(tab, base, problems, shots) {
  const email = 'pages-' + Date.now() + '@example.com';
  const password = 'correct horse battery staple';
  const signup = await fetch(base + '/api/v1/auth/signup', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password, first_name: 'Page', surname: 'Check' }),
  });
  if (signup.status !== 201) problems.push('sign-up for the Authorize check answered ' + signup.status);
  await tab.click('button.authorize');
  await tab.fill('#oauth_username', email);
  await tab.fill('#oauth_password', password);
  await tab.click('.auth-btn-wrapper button.authorize');
  await tab.waitForSelector('.auth-container h6:has-text("Authorized")', { timeout: 10000 });
  await tab.click('button.btn-done');
  const me = tab.locator('.opblock-get', { hasText: '/me' }).first();
  await me.locator('.opblock-summary').click();
  await me.locator('.try-out__btn').click();
  await me.locator('.execute').click();
  const status = me.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 10000 });
  const code = (await status.innerText()).trim();
  if (code !== '200') problems.push('GET /me after Authorize answered ' + code);
  await tab.screenshot({ path: path.join(shots, 'authorize.png') });
}

module.exports = { chromiumPath, freePort, watch };
if (require.main !== module) return;

(async () => {
  const parts = process.argv.slice(2).length
    ? process.argv.slice(2)
    : fs.readdirSync(root).filter(name => /^part-\d\d-/.test(name)).sort();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  const problems = [];
  try {
    for (const part of parts) problems.push(...(await checkPart(browser, part)));
  } finally {
    await browser.close();
  }
  problems.forEach(problem => console.error('[pages] ' + problem));
  process.exit(problems.length ? 1 : 0);
})().catch(error => {
  console.error('[pages] ' + error.message);
  process.exit(1);
});
