// The race page: draws the waterfall from the server's Server-Timing, and a race's rows as its events arrive.
'use strict';
const $ = selector => document.querySelector(selector);
const ms = value => Math.round(value) + ' ms';
const seconds = value => value.toFixed(3) + ' s';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function loadConfig() {
  const config = await (await fetch('/race/config')).json();
  $('#delays').textContent = config.delays_ms.join(', ');
  $('#warm-up-seconds').textContent = Math.round(config.warm_up_seconds);
  const virtual = document.querySelector('[name=virtual]');
  if (!config.virtual_available) {
    virtual.disabled = true;
    virtual.parentElement.title = 'Virtual threads need JDK 21 or newer; this is JDK ' + config.jdk;
    virtual.parentElement.classList.add('note');
  }
}

async function measure() {
  $('#measure').disabled = true;
  try {
    const response = await fetch('/race/waterfall');
    if (!response.ok) throw new Error('the waterfall answered ' + response.status);
    drawWaterfall(await response.json());
  } catch (error) {
    $('#waterfall').replaceChildren(element('p', 'status error', error.message));
  } finally {
    $('#measure').disabled = false;
  }
}

function drawWaterfall(requests) {
  const longest = Math.max(...requests.map(r => r.total_ms));
  const scale = Math.ceil(longest / 100) * 100 + 100;
  const percent = value => (100 * value / scale) + '%';
  const groups = requests.map(request => {
    const group = element('div', 'wf-group ' + request.endpoint);
    group.dataset.endpoint = request.endpoint;
    const title = element('div', 'wf-title ' + request.endpoint, request.endpoint + ': GET ' + request.path + ' took ' + ms(request.total_ms));
    group.append(title);
    for (const call of request.calls) {
      const track = element('div', 'wf-track');
      track.style.setProperty('--tick', percent(100));
      const bar = element('div', 'wf-bar ' + request.endpoint, ms(call.dur_ms));
      bar.style.left = percent(call.start_ms);
      bar.style.width = percent(call.dur_ms);
      bar.dataset.startMs = call.start_ms;
      bar.dataset.durMs = call.dur_ms;
      bar.title = call.source + ': started at ' + call.start_ms + ' ms, took ' + call.dur_ms + ' ms';
      const total = element('div', 'wf-total');
      total.style.left = percent(request.total_ms);
      track.append(bar, total);
      group.append(element('div', 'wf-label', call.source), track);
    }
    return group;
  });
  const axis = element('div', 'wf-axis');
  for (let t = 0; t <= scale; t += 100) {
    const tick = element('span', '', t % 500 === 0 ? t + ' ms' : '');
    tick.style.left = percent(t);
    axis.append(tick);
  }
  const axisRow = element('div', 'wf-group');
  axisRow.append(element('div', 'wf-label', ''), axis);
  $('#waterfall').replaceChildren(...groups, axisRow);
}

let race = null;

function status(text, error) {
  $('#status').textContent = text;
  $('#status').classList.toggle('error', !!error);
}

function running(on) {
  $('#start').disabled = on;
  $('#stop').disabled = !on;
}

function drawRows(rows) {
  $('#targets').replaceChildren();
  $('#race tbody').replaceChildren(...rows.map((row, index) => {
    const tr = element('tr', 'row ' + row.endpoint);
    tr.dataset.index = index;
    tr.dataset.requests = row.requests;
    const track = element('div', 'track');
    track.append(element('div', 'fill ' + row.endpoint), element('span', 'count', '0 / ' + row.requests));
    const bar = element('td');
    bar.append(track);
    tr.append(element('td', row.endpoint, row.endpoint), element('td', '', row.clients), bar,
      element('td', 'median'), element('td', 'p99'), element('td', 'throughput ' + row.endpoint));
    return tr;
  }));
}

function rowOf(index) {
  return $('#race tbody').children[index];
}

function progress(index, answered, failures) {
  const tr = rowOf(index);
  const requests = Number(tr.dataset.requests);
  tr.querySelector('.fill').style.width = (100 * answered / requests) + '%';
  tr.querySelector('.count').textContent = answered + ' / ' + requests + (failures ? ' (' + failures + ' failed)' : '');
}

function finished(event) {
  const tr = rowOf(event.row);
  tr.classList.remove('running');
  tr.classList.add('done');
  progress(event.row, event.requests, event.failures);
  tr.querySelector('.median').textContent = seconds(event.median_process_time);
  tr.querySelector('.p99').textContent = seconds(event.p99_latency);
  const cell = tr.querySelector('.throughput');
  cell.textContent = event.throughput.toFixed(1) + ' r/s';
  cell.dataset.value = event.throughput;
  cell.append(element('span', 'tp'));
  const cells = [...document.querySelectorAll('#race .throughput[data-value]')];
  const best = Math.max(...cells.map(c => Number(c.dataset.value)));
  cells.forEach(c => (c.querySelector('.tp').style.width = (100 * Number(c.dataset.value) / best) + '%'));
  const kind = event.met === null ? 'note' : event.met ? 'met' : 'missed';
  $('#targets').append(element('li', kind, event.target));
}

async function start(submit) {
  submit.preventDefault();
  const form = new FormData($('#race-form'));
  const body = new URLSearchParams({
    clients: form.get('clients'), rounds: form.get('rounds'), threads: form.get('threads'),
    virtual: String(form.get('virtual') === 'on'), warm_up: String(form.get('warm_up') === 'on'),
  });
  const response = await fetch('/race/runs', { method: 'POST', body });
  const answer = await response.json();
  if (!response.ok) return status(answer.detail, true);
  drawRows(answer.plan.rows);
  running(true);
  const began = Date.now();
  status('Starting a copy of the app on ' + answer.plan.threads + '; about ' + Math.round(answer.plan.estimate_seconds) + ' s');
  const events = new EventSource(answer.events);
  race = { id: answer.id, events };
  const end = text => { events.close(); race = null; running(false); if (text) status(text); };
  events.addEventListener('plan', e => status('Racing on ' + JSON.parse(e.data).threads + '…'));
  events.addEventListener('warm_up', e => status('Warming up the JIT (about ' + Math.round(JSON.parse(e.data).seconds) + ' s)…'));
  events.addEventListener('row', e => rowOf(JSON.parse(e.data).index).classList.add('running'));
  events.addEventListener('progress', e => { const p = JSON.parse(e.data); progress(p.row, p.answered, p.failures); });
  events.addEventListener('finished', e => finished(JSON.parse(e.data)));
  events.addEventListener('done', () => end('Done in ' + ((Date.now() - began) / 1000).toFixed(1) + ' s.'));
  events.addEventListener('failed', e => { end(); status('The race failed: ' + JSON.parse(e.data).detail, true); });
  events.addEventListener('gone', e => { end(); status(JSON.parse(e.data).detail, true); });
  events.onerror = () => { if (race && race.events === events) { end(); status('The race stopped.', true); } };
}

async function stop() {
  if (!race) return;
  const { id, events } = race;
  events.close();
  race = null;
  await fetch('/race/runs/' + id, { method: 'DELETE' });
  running(false);
  status('Stopped.');
}

$('#race-form').addEventListener('submit', start);
$('#stop').addEventListener('click', stop);
$('#measure').addEventListener('click', measure);
loadConfig().then(measure);
