#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Runs the browser suite once per engine, one engine after the other, and closes with a line per
// engine and the total:
//
//   node scripts/test/wtr-engines.mjs [chromium] [firefox] [webkit] [wtr arguments…]
//
// Engines default to WTR_BROWSERS or all three; any other argument (test files, --coverage…) goes
// to Web Test Runner. For WebKit this starts a virtual display (Xvfb) and WebKitWebDriver, and
// stops both afterwards, also when the run fails or is interrupted. Exit code 1 when anything
// failed or an engine could not run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, openSync, closeSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ENGINES, selectedEngines } from './wtr-launchers.mjs';
import { formatCounts } from './wtr-summary-reporter.mjs';

const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

// MiniBrowser's toolbar would keep the window at least ~450 px wide; shrinking its GTK widgets lets
// setViewport reach phone widths (290 px minimum). Page content is not styled by GTK.
const MINIBROWSER_GTK_CSS =
  '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; outline-width: 0; font-size: 1px; }\n';

const require = createRequire(import.meta.url);
const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');

function parseArgs(argv) {
  const engines = [];
  const rest = [];
  for (const arg of argv) (ENGINES.includes(arg) ? engines : rest).push(arg);
  return {
    engines: engines.length ? engines : selectedEngines(process.env.WTR_BROWSERS || ENGINES.join(',')),
    wtrArgs: rest,
  };
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Children we must stop however we exit, each in its own process group. */
const running = new Set();

function startGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise(resolve => child.once('exit', resolve));
  const signal = sig => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) return;
  signal('SIGKILL');
  await exited;
}

function stopAllNow() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Xvfb picks a free display itself (-displayfd), so parallel runs cannot collide. */
async function startXvfb(logFd) {
  const xvfb = startGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', logFd, logFd, 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display within 15 s')), 15000);
    xvfb.on('error', error => reject(new Error(`cannot start Xvfb (apt-get install -y xvfb): ${error.message}`)));
    xvfb.on('exit', code => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3].on('data', chunk => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
  });
  return { xvfb, display };
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await response.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('WebKitWebDriver did not become ready within 20 s');
}

/** Starts Xvfb + WebKitWebDriver; returns the driver address and a stop function. */
async function startWebKitDriver(workDir) {
  const configHome = join(workDir, 'config');
  mkdirSync(join(configHome, 'gtk-3.0'), { recursive: true });
  writeFileSync(join(configHome, 'gtk-3.0', 'gtk.css'), MINIBROWSER_GTK_CSS);
  const logPath = join(workDir, 'webkit.log');
  const logFd = openSync(logPath, 'a');
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopGroup(child);
    closeSync(logFd);
  };
  try {
    const { xvfb, display } = await startXvfb(logFd);
    children.push(xvfb);
    const port = await freePort();
    const driver = startGroup('WebKitWebDriver', [`--port=${port}`], {
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configHome },
    });
    children.push(driver);
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', error =>
        reject(new Error(`cannot start WebKitWebDriver (apt-get install -y webkit2gtk-driver): ${error.message}`)),
      );
    });
    await waitForDriver(port, driver);
    return { address: `127.0.0.1:${port}`, stop, logPath };
  } catch (error) {
    await stop();
    error.message += `\n${readFileSync(logPath, 'utf8').trim()}`;
    throw error;
  }
}

/** The Web Test Runner process of the engine running now (it shares our process group). */
let wtr;
/** How it ended: an exit code or a signal (a run that stops without results says which). */
let wtrExit = '';

function runWtr(env, wtrArgs) {
  return new Promise(resolve => {
    wtr = spawn(process.execPath, [wtrBin, ...wtrArgs], { stdio: 'inherit', env });
    wtr.on('exit', (code, signal) => {
      wtr = undefined;
      wtrExit = signal ? `signal ${signal}` : `code ${code}`;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function runEngine(engine, wtrArgs) {
  const workDir = mkdtempSync(join(tmpdir(), `wtr-${engine}-`));
  const summaryFile = join(workDir, 'summary.json');
  const env = { ...process.env, WTR_BROWSERS: engine, WTR_SUMMARY_FILE: summaryFile };
  const started = Date.now();
  let webkit;
  let exitCode = 1;
  let problem = '';
  try {
    if (engine === 'webkit') {
      webkit = await startWebKitDriver(workDir);
      env.WTR_WEBKIT_DRIVER = webkit.address;
    }
    if (!interrupted) exitCode = await runWtr(env, wtrArgs);
  } catch (error) {
    problem = error.message;
    console.error(`${LABELS[engine]} could not run: ${problem}`);
  } finally {
    await webkit?.stop();
  }
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(summaryFile, 'utf8')).total;
  } catch {
    problem ||= `no results (Web Test Runner exited with ${wtrExit || 'no exit status'})`;
  }
  // A failed WebKit run: the driver's log says whether its web process crashed.
  if (exitCode !== 0 && webkit) {
    const log = readFileSync(webkit.logPath, 'utf8').trim().split('\n').slice(-20).join('\n');
    if (log) console.error(`WebKitWebDriver log (last lines):\n${log}`);
  }
  // Kept when the run failed: the whole driver log and the summary (if any) for a closer look.
  if (exitCode === 0) rmSync(workDir, { recursive: true, force: true });
  else console.error(`${LABELS[engine]}: logs kept in ${workDir}`);
  // A crash or a refused start must never read as green.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return { engine, counts, exitCode, problem, seconds: (Date.now() - started) / 1000 };
}

// Interrupted: let Web Test Runner close its browsers (it stops cleanly on SIGINT), stop the
// WebKit driver and display, and give up on the engines still to come.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    wtr?.kill('SIGINT');
    setTimeout(() => {
      wtr?.kill('SIGKILL');
      stopAllNow();
      process.exit(130);
    }, 15000).unref();
  });
}
process.on('exit', stopAllNow);

const { engines, wtrArgs } = parseArgs(process.argv.slice(2));
const results = [];
for (const engine of engines) {
  if (interrupted) break;
  results.push(await runEngine(engine, wtrArgs));
}
if (interrupted) {
  stopAllNow();
  process.exit(130);
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const { engine, counts, exitCode, problem, seconds } of results) {
  for (const key of Object.keys(total)) total[key] += counts[key];
  const note = exitCode !== 0 && problem ? `; ${problem.split('\n')[0]}` : '';
  console.log(`${LABELS[engine]}: ${formatCounts(counts)} (${seconds.toFixed(1)} s${note})`);
}
console.log(formatCounts(total));
process.exitCode = results.some(result => result.exitCode !== 0) || total.failed > 0 ? 1 : 0;
