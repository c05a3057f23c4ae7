// Opens part 09's instructor page, /race, in headless Chromium and checks what the class would see: the waterfall
// draws one bar per source for each endpoint from the measured Server-Timing (blocking a staircase, async three
// overlapping bars, widths to one scale), and a small race started from the page fills its rows as the events
// arrive. No script error, no failed or off-site request. Screenshot: part-09-async/target/pages/race.png.
// Usage (from the repository root, after ./mvnw -pl part-09-async package):
//   npm ci --prefix tools/browser && node tools/browser/check-race.js
const { chromium } = require('playwright-core');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { chromiumPath, freePort, watch } = require('./check-pages.js');

const root = path.resolve(__dirname, '..', '..');
const part = 'part-09-async';
const LIMIT_MS = 60000;

async function startPage() {
  const port = await freePort();
  const jar = path.join(root, part, 'target', part + '.jar');
  const page = spawn('java', ['-cp', jar, 'com.recipeapi.part09.race.IdeasRace', '--page', String(port)]);
  let output = '';
  const exited = new Promise(resolve => page.on('exit', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the race page did not start within 30 s:\n' + output)), 30000);
    page.stdout.on('data', data => {
      output += data;
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    page.stderr.on('data', data => (output += data));
    page.on('exit', code => reject(new Error('the race page exited with ' + code + ':\n' + output)));
  });
  const stop = async () => {
    page.kill('SIGTERM');
    await exited;
    return output;
  };
  return { base: 'http://127.0.0.1:' + port, stop };
}

// The bars as drawn: per endpoint, each bar's left and width in pixels and its measured start and duration.
async function bars(tab) {
  return tab.$$eval('.wf-group[data-endpoint]', groups => groups.map(group => ({
    endpoint: group.dataset.endpoint,
    bars: [...group.querySelectorAll('.wf-bar')].map(bar => {
      const box = bar.getBoundingClientRect();
      return { left: box.left, right: box.right, width: box.width, start: +bar.dataset.startMs, dur: +bar.dataset.durMs };
    }),
  })));
}

function checkWaterfall(groups, problems) {
  const all = groups.flatMap(group => group.bars);
  if (groups.length !== 2 || all.length !== 6) {
    problems.push(`the waterfall shows ${groups.length} endpoints and ${all.length} bars; expected 2 and 6`);
    return;
  }
  const pxPerMs = all.map(bar => bar.width / bar.dur);
  const spread = Math.max(...pxPerMs) / Math.min(...pxPerMs);
  if (spread > 1.02) problems.push('the bars are not drawn to one scale: px per ms from ' + pxPerMs.map(p => p.toFixed(3)));
  for (const { endpoint, bars: row } of groups) {
    if (endpoint === 'blocking') {
      row.slice(1).forEach((bar, i) => {
        if (bar.left < row[i].right - 2) problems.push(`blocking: bar ${i + 2} starts before bar ${i + 1} ends`);
      });
    } else {
      const lastStart = Math.max(...row.map(bar => bar.left));
      const firstEnd = Math.min(...row.map(bar => bar.right));
      if (lastStart >= firstEnd) problems.push('async: the three bars do not overlap');
    }
  }
}

async function race(tab, problems) {
  await tab.fill('[name=clients]', '1,5');
  await tab.fill('[name=rounds]', '1');
  await tab.uncheck('[name=warm_up]'); // a short run: the warm-up alone takes about 19 s
  await tab.click('#start');
  await tab.waitForSelector('#race tbody tr.row', { timeout: 5000 });
  const rows = await tab.locator('#race tbody tr.row').count();
  if (rows !== 4) problems.push(`the race shows ${rows} rows; 2 endpoints x 2 numbers of clients make 4`);
  await tab.waitForFunction(n => document.querySelectorAll('#race tbody tr.done').length === n && /^Done/.test(
    document.querySelector('#status').textContent), rows, { timeout: 30000 });
  const counts = await tab.$$eval('#race tbody tr.row .count', spans => spans.map(span => span.textContent));
  const expected = ['1 / 1', '1 / 1', '5 / 5', '5 / 5'];
  if (counts.join() !== expected.join()) problems.push(`the rows answered ${counts}; expected ${expected}`);
  const widths = await tab.$$eval('#race tbody .fill', fills => fills.map(f => f.style.width));
  if (widths.some(width => width !== '100%')) problems.push('a finished row is not full: ' + widths);
  const targets = await tab.locator('#targets li').count();
  if (targets !== rows) problems.push(`${targets} target lines for ${rows} rows`);
}

(async () => {
  const began = Date.now();
  const problems = [];
  const shots = path.join(root, part, 'target', 'pages');
  fs.mkdirSync(shots, { recursive: true });
  const page = await startPage();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  let output = '';
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    watch(tab, page.base, problems);
    await tab.goto(page.base + '/race');
    await tab.waitForFunction(() => document.querySelectorAll('.wf-bar').length === 6, null, { timeout: 30000 });
    checkWaterfall(await bars(tab), problems);
    await race(tab, problems);
    await tab.waitForTimeout(500); // the bars' last growth is a CSS transition of 0.15 s
    await tab.screenshot({ path: path.join(shots, 'race.png'), fullPage: true });
    await context.close();
  } finally {
    await browser.close();
    output = await page.stop();
  }
  // The page closes its event stream once the race is done, which the browser reports as an aborted request.
  const aborted = /^request failed: .*\/race\/runs\/\d+\/events$/;
  problems.splice(0, problems.length, ...problems.filter(problem => !aborted.test(problem)));
  if (/Exception|\tat /.test(output)) problems.push('the page server printed a stack trace:\n' + output);
  const seconds = (Date.now() - began) / 1000;
  if (seconds * 1000 > LIMIT_MS) problems.push(`the check took ${seconds.toFixed(1)} s; keep it under ${LIMIT_MS / 1000} s`);
  problems.forEach(problem => console.error('[race] ' + problem));
  if (!problems.length) {
    console.log(`[race] ${part}: /race draws the waterfall (6 bars, blocking a staircase, async overlapping) and a ` +
      `race of clients 1,5 fills its 4 rows; ${seconds.toFixed(1)} s`);
  }
  process.exit(problems.length ? 1 : 0);
})().catch(error => {
  console.error('[race] ' + error.message);
  process.exit(1);
});
